/* sound-budget-target-align.c -- with alloca-budget, aligned_alloc (32,
   n) in a function whose target attribute gives alloca 16-byte
   alignment, in a unit built for AVX (32): the plugin read the unit's
   alignment, budgeted the objects, and they came 16-aligned (an AVX
   store through them faulted; found by an adversarial hunt).  What
   alloca gives is the function's own target's.  Every function here is
   baseline x86-64, so the test runs on any x86-64; the check is also
   given a pointer of no known alignment, so that GCC cannot fold it.  */
/* { dg-do run { target x86_64-*-* } } */
/* { dg-options "-mavx" } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* { dg-output "misaligned 0 sum 780 odd 1(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define BASELINE __attribute__ ((target ("arch=x86-64")))

BASELINE __attribute__ ((noinline)) static int
misaligned (const char *p)
{
  return (uintptr_t) p % 32 != 0;
}

BASELINE __attribute__ ((noinline)) static int
keep_many (int k, int *bad)
{
  char *keep[64];
  int s = 0;
  for (int i = 0; i < k; i++)
    {
      /* Each outlives its iteration: no slot, but the budget.  */
      keep[i] = aligned_alloc (32, 32 * (1 + i % 3));
      if (!keep[i])
	abort ();
      keep[i][31] = (char) i;
      *bad += misaligned (keep[i]);
    }
  for (int i = 0; i < k; i++)
    {
      s += keep[i][31];
      free (keep[i]);
    }
  return s;
}

static volatile int count = 40;
static char text[64];
static volatile int offset = 1;

BASELINE int
main (void)
{
  int bad = 0;
  int s = keep_many (count, &bad);
  int odd = misaligned (text + offset);
  printf ("misaligned %d sum %d odd %d\n", bad, s, odd);
  return 0;
}
