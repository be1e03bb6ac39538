/* sound-openmp-taskwait.c -- task bodies run where a function waits.

   rec creates a task running rec (n - 1), then calls a helper chain
   w0 -> w1 -> w2 -> w3 -> waitit, each holding four 4 KiB heap buffers
   (64 KiB in all) across the call, and waitit waits at `#pragma omp
   taskwait'.  libgomp runs the pending child task there, on the waiting
   thread's stack below the chain, so the chain nests once per task
   level: 300 levels.  As slots the buffers would take 64 KiB a level,
   more than 8 MiB.  GOMP_taskwait is a builtin given no function: the
   plugin took it for one that runs no code of the unit, so w0..w3 were
   not seen to recurse and their buffers moved (a segfault at every
   level).  Found by an adversarial hunt.  */
/* { dg-do run } */
/* { dg-options "-fopenmp" } */
/* { dg-output "726622(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>

#define LEVEL(name, next)						\
  static long __attribute__ ((noinline))				\
  name (int k)								\
  {									\
    volatile char *a = malloc (4096), *b = malloc (4096);		\
    volatile char *c = malloc (4096), *d = malloc (4096);		\
    if (!a || !b || !c || !d)						\
      abort ();								\
    for (int i = 0; i < 4096; i += 64)					\
      {									\
	a[i] = (char) k;						\
	b[i] = 1;							\
	c[i] = 2;							\
	d[i] = 3;							\
      }									\
    long s = next (k);							\
    for (int i = 0; i < 4096; i += 64)					\
      s += a[i] + b[i] + c[i] + d[i];					\
    free ((void *) a);							\
    free ((void *) b);							\
    free ((void *) c);							\
    free ((void *) d);							\
    return s;								\
  }

static long __attribute__ ((noinline))
waitit (int k)
{
#pragma omp taskwait
  return k;
}

LEVEL (w3, waitit)
LEVEL (w2, w3)
LEVEL (w1, w2)
LEVEL (w0, w1)

static long total;

static void
rec (int n)
{
  if (n == 0)
    return;
#pragma omp task firstprivate(n)
  rec (n - 1);
  long v = w0 (n);
#pragma omp atomic
  total += v;
}

int
main (void)
{
#pragma omp parallel num_threads(4)
#pragma omp single
  rec (300);
  printf ("%ld\n", total);
  return 0;
}
