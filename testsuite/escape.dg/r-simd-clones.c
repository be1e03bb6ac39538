/* r-simd-clones.c -- GCC makes a function's SIMD clones after the
   plugin's pass, from the rewritten body, and vectorizes the clone's
   loop over lanes, taking the lanes for independent: all would use the
   one slot (hunt 37-c: with -mavx512f, 63 lanes of 64 read another
   lane's value).  A function with SIMD clones keeps its objects on the
   heap.  */
/* { dg-options "-O2 -fopenmp-simd -fplugin-arg-escape-report" } */

#include <stdlib.h>

__attribute__ ((simd ("notinbranch"), noinline)) int
by_attribute (int x)
{
  int *p = malloc (8 * sizeof (int));	/* { dg-message "does not escape, stays on heap: function has SIMD clones" } */
  p[x & 7] = x;
  p[(x + 3) & 7] = 5;
  int r = p[x & 7];
  free (p);
  return r;
}

#pragma omp declare simd notinbranch
__attribute__ ((noinline)) int
by_pragma (int x)
{
  int *p = malloc (8 * sizeof (int));	/* { dg-message "does not escape, stays on heap: function has SIMD clones" } */
  p[x & 7] = x;
  p[(x + 3) & 7] = 5;
  int r = p[x & 7];
  free (p);
  return r;
}

/* No clones: the slot is the call's own.  */
__attribute__ ((noinline)) int
plain (int x)
{
  int *p = malloc (8 * sizeof (int));	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  p[x & 7] = x;
  p[(x + 3) & 7] = 5;
  int r = p[x & 7];
  free (p);
  return r;
}
