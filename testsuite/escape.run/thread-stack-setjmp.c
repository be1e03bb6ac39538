/* thread-stack-setjmp.c -- a stack size set through a pointer in a
   function that calls setjmp: the call may return to the setjmp, so it
   ends its block, and the raise goes on its normal edge.  Found by a
   review: the size was raised in place there, and a size below
   PTHREAD_STACK_MIN that the C library refuses was accepted.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-output "too small: refused, default kept(\n|\r\n|\r)large enough: set, at least as asked(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>

int (*volatile set_size) (pthread_attr_t *, size_t) = pthread_attr_setstacksize;
jmp_buf retry;

int
main (void)
{
  pthread_attr_t a;
  size_t before, after;
  if (pthread_attr_init (&a) != 0
      || pthread_attr_getstacksize (&a, &before) != 0)
    return 1;
  if (setjmp (retry))
    return 1;
  int r = set_size (&a, 1000);
  pthread_attr_getstacksize (&a, &after);
  printf ("too small: %s, %s\n", r != 0 ? "refused" : "accepted",
	  after == before ? "default kept" : "changed");
  r = set_size (&a, 20000);
  pthread_attr_getstacksize (&a, &after);
  printf ("large enough: %s, %s\n", r == 0 ? "set" : "refused",
	  after >= 20000 ? "at least as asked" : "smaller");
  return 0;
}
