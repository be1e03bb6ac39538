/* thread-stack.c -- 40 live 4 KiB buffers in one function, on a thread
   whose stack is 128 KiB.

   All 40 buffers are local and fit max-object-size, but together they are
   160 KiB, more than the thread's stack: converted, they would crash the
   program.  The program sets its threads' stack size, so what runs on a
   thread it starts may run on a small stack, and gets no slots: all 40
   mallocs remain (the count says so; the notes' line is the macro's
   here and the expansion's under -flto, so no directive names it).  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-output "thread-stack 9588(\n|\r\n|\r)" } */
/* escape-heap-allocs: 40 */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define SIZE 4096

#define TEN(X, a) X (a##0) X (a##1) X (a##2) X (a##3) X (a##4)	\
		  X (a##5) X (a##6) X (a##7) X (a##8) X (a##9)
#define FORTY(X) TEN (X, 0) TEN (X, 1) TEN (X, 2) TEN (X, 3)

static volatile unsigned char salt = 3;

/* Out of line, so that the buffers are real memory at every -O level: a
   buffer that is only memset and read back could be folded away, and
   then a missing frame budget would not show.  Neither keeps P.  */
__attribute__ ((noinline)) static void
fill (unsigned char *p, int seed)
{
  for (int k = 0; k < SIZE; k++)
    p[k] = (unsigned char) (seed + k * salt);
}

__attribute__ ((noinline)) static unsigned long
weigh (const unsigned char *p, int seed)
{
  return p[(seed * 37) % SIZE] + p[SIZE - 1];
}

/* Straight-line code, not a loop over an array of pointers: every buffer
   has a site of its own and all are live at once.  */
#define ALLOC(i)				\
  unsigned char *b##i = malloc (SIZE);		\
  if (!b##i)					\
    abort ();					\
  fill (b##i, 1##i);
#define SUM(i) sum += weigh (b##i, 1##i);
#define FREE(i) free (b##i);

__attribute__ ((noinline)) static unsigned long
forty_buffers (void)
{
  unsigned long sum = 0;
  FORTY (ALLOC)
  FORTY (SUM)
  FORTY (FREE)
  return sum;
}

static void *
thread (void *out)
{
  *(unsigned long *) out = forty_buffers ();
  return NULL;
}

int
main (void)
{
  pthread_attr_t attr;
  pthread_t t;
  unsigned long sum = 0;
  if (pthread_attr_init (&attr)
      || pthread_attr_setstacksize (&attr, 128 * 1024)
      || pthread_create (&t, &attr, thread, &sum)
      || pthread_join (t, NULL))
    {
      puts ("thread-stack: cannot run the thread");
      return 1;
    }
  printf ("thread-stack %lu\n", sum);
  return 0;
}
