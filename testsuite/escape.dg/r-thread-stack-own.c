/* r-thread-stack-own.c -- a project's own function named like the C
   library's pthread_attr_setstacksize, declared outside a system header:
   its arguments are its own business and stay as they are
   (r-thread-stack.c raises the library's).  */
/* { dg-options "-fplugin-arg-escape-report" } */

struct pool;
int pthread_attr_setstacksize (struct pool *p, unsigned long n);

int
size_pool (struct pool *p)	/* { dg-message "leaking param: p" } */
{
  return pthread_attr_setstacksize (p, 32768); /* { dg-bogus "raised" } */
}
