/* r-thread-stack-shapes.c -- where the unit takes the address of
   pthread_attr_setstacksize, calls through pointers of its shape are
   raised (r-thread-stack.c), and calls through other pointers are left
   alone: one returning void or a struct once made the rewrite compare a
   void value with zero, an internal compiler error (found by a review).  */
/* { dg-options "-fplugin-arg-escape-report" } */

#include <pthread.h>

int (*set) (pthread_attr_t *, size_t) = pthread_attr_setstacksize;
void (*callback) (void *, size_t);
struct big { long a[4]; } (*make) (void *, size_t);
long sum;

void
call_void (void *p, size_t n)	/* { dg-message "leaking param: p" } */
{
  callback (p, n);
}

void
call_struct (void *p, size_t n)	/* { dg-message "leaking param: p" } */
{
  struct big b = make (p, n);
  sum += b.a[1];
}

int
call_setter (pthread_attr_t *a, size_t n)	/* { dg-message "leaking param: a" } */
{
  return set (a, n);	/* { dg-message "thread stack size raised by 65536 bytes" } */
}
