/* sound-simd-loop.c -- a slot of an omp simd loop: GCC runs the loop's
   iterations at once, as the pragma lets it, and vectorized lanes all
   used the one slot, each reading another lane's value (63 lanes of 64
   with AVX-512's scatter stores).  A function with such a loop keeps its
   objects on the heap (escape.dg/r-simd-clones.c).  The loop's function
   is built for AVX-512 and runs only where the machine has it.  */
/* { dg-do run } */
/* { dg-options "-fopenmp-simd" } */
/* { dg-output "wrong 0(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdio.h>
#include <stdlib.h>

int a[64], b[64];

__attribute__ ((noinline, target ("avx512f"))) static void
lanes (int n)
{
#pragma omp simd
  for (int i = 0; i < n; i++)
    {
      int *p = malloc (8 * sizeof (int));
      if (!p)
	abort ();
      p[a[i] & 7] = a[i];
      p[(a[i] + 3) & 7] = 5;
      b[i] = p[a[i] & 7];	/* the lane's own object: always a[i] */
      free (p);
    }
}

int
main (void)
{
  for (int i = 0; i < 64; i++)
    a[i] = b[i] = i;
  if (__builtin_cpu_supports ("avx512f"))
    lanes (64);
  int wrong = 0;
  for (int i = 0; i < 64; i++)
    wrong += b[i] != a[i];
  printf ("wrong %d\n", wrong);
  return 0;
}
