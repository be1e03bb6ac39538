/* r-budget-sibling-reentry.c -- with the budget, a function that may
   recurse keeps its objects off it for a possible sibling call only
   when the call may lead back to the function: alloca makes every call
   a call, which costs a frame per level only along a cycle.  A last call
   of a helper that returns without calling back costs one frame at
   most (hunt 38-b's observation: a recursion's temporaries kept on the
   heap for a call after their free).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report -fplugin-arg-escape-alloca-budget=65536" } */

#include <stdlib.h>

__attribute__ ((noinline)) static long
use (char *p, long n)
{
  for (int i = 0; i < 32; i++)
    p[i] = (char) (n + i);
  return p[n & 31];
}

static long total;

__attribute__ ((noinline)) static void
note (long s)
{
  total += s;
}

/* note calls nothing: its call leads nowhere back.  The recursive calls
   are no candidates: a store where a parameter points comes after them
   (a call of the program's own note would not do: IPA may empty it).  */
void
walk_note (long n, long *out)
{
  if (n <= 0)
    return;
  char *p = malloc (32);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(32 bytes\\)" } */
  long r = use (p, n);
  walk_note (n - 1, out);
  walk_note (n - 2, out);
  free (p);
  *out += r;
  note (r);
}

/* relay calls through a pointer, which may lead to walk_relay.  */
static void (*volatile again) (long);

__attribute__ ((noinline)) static void
relay (long n)
{
  again (n);
}

void
walk_relay (long n)
{
  if (n <= 0)
    return;
  char *p = malloc (32);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  long r = use (p, n);
  walk_relay (n - 1);
  free (p);
  relay (r & 7);
}

/* An exported function of another file may call walk_back back.  */
void elsewhere (long);

void
walk_back (long n)
{
  if (n <= 0)
    return;
  char *p = malloc (32);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  long r = use (p, n);
  walk_back (n - 1);
  free (p);
  elsewhere (r);
}

/* { dg-message "leaking param: p to result ~r0 level=1" "" { target *-*-* } 14 }
   { dg-message "out does not escape" "" { target *-*-* } 33 } */
