/* r-alloca-budget-sibling.c -- a function that may recurse and has a
   call GCC may turn into a sibling call gets no alloca budget: alloca
   rules sibling calls out, and a recursion through them that ran in
   constant stack would take a frame per call (a hunt overflowed each of
   these at depth 10^7).  The call is a candidate when a return is
   reachable after it through statements that store nothing: here a
   scope's clobber, a conversion, and a branch on a static that IPA
   finds never set.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report -fplugin-arg-escape-alloca-budget=65536" } */

#include <stdio.h>
#include <stdlib.h>

long back (long n, long acc);
int back_int (unsigned n, unsigned acc);

__attribute__ ((noinline)) static long
use (char *p, long n)
{
  for (int i = 0; i < 32; i++)
    p[i] = (char) (n + i);
  return p[n & 31];
}

long
clobbered (long n, long acc)
{
  if (n <= 0)
    return acc;
  long t[4] = { n, acc, 1, 2 };
  char *p = malloc (32);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  acc += use (p, n);
  free (p);
  return back (n - 1, acc + t[n & 3]);
}

unsigned
converted (unsigned n, unsigned acc)
{
  if (n == 0)
    return acc;
  char *p = malloc (32);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  acc += use (p, n);
  free (p);
  return (unsigned) back_int (n - 1, acc);
}

static int debug;

long
traced (long n, long acc)
{
  if (n <= 0)
    return acc;
  char *p = malloc (32);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  acc += use (p, n);
  free (p);
  long r = back (n - 1, acc);
  if (debug)
    fprintf (stderr, "%ld\n", r);
  return r;
}

/* Not a candidate: the call's result is stored before the return.  */
long kept;

long
stored (long n, long acc)
{
  if (n <= 0)
    return acc;
  char *p = malloc (32);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(32 bytes\\)" } */
  acc += use (p, n);
  free (p);
  kept = back (n - 1, acc);
  return kept + 1;
}

/* use returns one of p's bytes as a long: a byte widened stays the byte.
   { dg-message "leaking param: p to result ~r0 level=1" "" { target *-*-* } 19 } */
