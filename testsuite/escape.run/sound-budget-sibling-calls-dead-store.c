/* sound-budget-sibling-calls-dead-store.c -- sound-budget-sibling-calls.c
   with a store between the recursive call and the return: into a local
   that only a debugging dump reads, behind a flag IPA-CP makes a
   constant 0.  Later passes delete the dump and the store, and the call
   becomes a sibling call; the plugin, which took the store for an
   obstacle, budgeted ping's object and the recursion overflowed the
   stack (found by an adversarial hunt).  Stores into the function's own
   variables are no obstacle.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=4096 */
/* escape-levels: -O2 -O3 */
/* { dg-output "ping 10000000 160000000(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct trace
{
  long v[4];
};

__attribute__ ((noinline)) static void
show (struct trace *t)
{
  printf ("%ld\n", t->v[0]);
}

__attribute__ ((noinline)) static long pong (long n, long acc, int verbose);

__attribute__ ((noinline)) static long
ping (long n, long acc, int verbose)
{
  if (n == 0)
    return acc;
  char *p = malloc (32);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!p)
    abort ();
  memset (p, 16, 32);
  acc += ((volatile char *) p)[5];
  free (p);
  struct trace t;
  long r = pong (n - 1, acc, verbose);
  t.v[0] = r;
  if (verbose)
    show (&t);
  return r;
}

__attribute__ ((noinline)) static long
pong (long n, long acc, int verbose)
{
  return ping (n, acc, verbose);
}

static volatile long depth = 10000000;

int
main (void)
{
  printf ("ping %ld %ld\n", depth, ping (depth, 0, 0));
  return 0;
}
