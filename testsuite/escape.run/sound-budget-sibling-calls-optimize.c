/* sound-budget-sibling-calls-optimize.c -- sound-budget-sibling-calls.c
   in a -O1 unit, whose functions turn sibling calls on themselves
   (optimize attribute): ping's object was budgeted, as the unit makes no
   sibling calls, and the 10^7 deep recursion that runs in constant
   stack overflowed it (found by an adversarial hunt).  What a function
   makes is the function's own options.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=4096 */
/* escape-side-stack-too */
/* escape-levels: -O1 */
/* { dg-output "ping 10000000 160000000(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SIBLING __attribute__ ((noinline, optimize ("optimize-sibling-calls")))

SIBLING long pong (long n, long acc);

SIBLING long
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
  return pong (n - 1, acc);
}

SIBLING long
pong (long n, long acc)
{
  return ping (n, acc);
}

static volatile long depth = 10000000;

int
main (void)
{
  printf ("ping %ld %ld\n", depth, ping (depth, 0));
  return 0;
}
