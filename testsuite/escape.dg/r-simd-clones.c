/* r-simd-clones.c -- GCC makes a function's SIMD clones after the
   plugin's pass, from the rewritten body, and vectorizes the clone's
   loop over lanes, taking the lanes for independent: all would use the
   one slot (hunt 37-c: with -mavx512f, 63 lanes of 64 read another
   lane's value).  The same in a loop whose iterations GCC may run at
   once (omp simd, ivdep) for a slot of the loop.  A function with SIMD
   clones or loops keeps its objects on the heap.  */
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

int in[64], out[64];

/* An omp simd loop: a slot of the loop would be every lane's (with
   -mavx512f, 63 of 64 wrong).  */
__attribute__ ((noinline)) void
simd_loop (int n)
{
#pragma omp simd
  for (int i = 0; i < n; i++)
    {
      int *p = malloc (8 * sizeof (int));	/* { dg-message "does not escape, stays on heap: function has SIMD loops" } */
      p[in[i] & 7] = in[i];
      p[(in[i] + 3) & 7] = 5;
      out[i] = p[in[i] & 7];
      free (p);
    }
}

/* ivdep says the same of the iterations.  */
__attribute__ ((noinline)) void
ivdep_loop (int n)
{
#pragma GCC ivdep
  for (int i = 0; i < n; i++)
    {
      int *p = malloc (8 * sizeof (int));	/* { dg-message "does not escape, stays on heap: function has SIMD loops" } */
      p[in[i] & 7] = in[i];
      out[i] = p[in[i] & 7];
      free (p);
    }
}
