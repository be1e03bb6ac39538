/* r-thread-stack-off.c -- transform=no rewrites nothing, thread stack
   sizes included (r-thread-stack.c has the rewrite on).  */
/* { dg-options "-fplugin-arg-escape-report -fplugin-arg-escape-transform=no" } */

#include <pthread.h>

int
set_small (pthread_attr_t *a)	/* { dg-message "leaking param: a" } */
{
  return pthread_attr_setstacksize (a, 32768); /* { dg-bogus "raised" } */
}
