/* thread-stack-size.c -- the plugin raises a thread stack size the
   program sets by max-stack-size (escape.dg/r-thread-stack.c), but never
   wraps: a size so large that the sum would pass SIZE_MAX stays as it is,
   and so does what pthread_attr_getstacksize reads back.  A size below
   PTHREAD_STACK_MIN is still refused (an adversarial hunt found it
   accepted once raised).  A raised size still runs threads.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-output "huge size kept: yes(\n|\r\n|\r)too small refused: yes(\n|\r\n|\r)small size at least as asked: yes(\n|\r\n|\r)thread ran: 42(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static void *
answer (void *arg)
{
  *(int *) arg = 42;
  return NULL;
}

int
main (void)
{
  pthread_attr_t a;
  size_t got = 0;
  size_t volatile huge = SIZE_MAX - 10;
  if (pthread_attr_init (&a) != 0)
    abort ();
  /* glibc accepts any size over PTHREAD_STACK_MIN here; a wrapped sum
     would be a small one.  */
  int r = pthread_attr_setstacksize (&a, huge);
  printf ("huge size kept: %s\n",
	  r != 0 || (pthread_attr_getstacksize (&a, &got) == 0 && got == huge)
	  ? "yes" : "no");
  size_t volatile tiny = 1000;
  printf ("too small refused: %s\n",
	  pthread_attr_setstacksize (&a, tiny) != 0 ? "yes" : "no");
  if (pthread_attr_setstacksize (&a, 32 * 1024) != 0
      || pthread_attr_getstacksize (&a, &got) != 0)
    abort ();
  printf ("small size at least as asked: %s\n", got >= 32 * 1024 ? "yes" : "no");
  int v = 0;
  pthread_t t;
  if (pthread_create (&t, &a, answer, &v) != 0 || pthread_join (t, NULL) != 0)
    abort ();
  printf ("thread ran: %d\n", v);
  pthread_attr_destroy (&a);
  return 0;
}
