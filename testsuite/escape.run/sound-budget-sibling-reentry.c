/* sound-budget-sibling-reentry.c -- with the budget, only a function's
   calls that may lead back to it keep its objects off the budget.  Here
   the call that does is to a helper that calls through a pointer:
   ping -> relay -> *next == ping, 10^7 deep, all sibling calls at -O2,
   constant stack.  Budgeting ping's object would make ping's call of
   relay a call, a frame per level, and overflow.  relay reaches ping
   through the pointer, so ping's object stays on the heap.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "ping 10000000 160000000(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long (*volatile next) (long, long);

__attribute__ ((noinline)) static long
relay (long n, long acc)
{
  return next (n, acc);
}

__attribute__ ((noinline)) long
ping (long n, long acc)
{
  if (n == 0)
    return acc;
  char *p = malloc (32);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!p)
    abort ();
  memset (p, 16, 32);
  acc += ((volatile char *) p)[5];
  free (p);
  return relay (n - 1, acc);
}

static volatile long depth = 10000000;

int
main (void)
{
  next = ping;
  printf ("ping %ld %ld\n", depth, ping (depth, 0));
  return 0;
}
