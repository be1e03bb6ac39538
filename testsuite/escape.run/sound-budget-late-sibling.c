/* sound-budget-late-sibling.c -- with the budget, calls that GCC makes
   sibling calls only after the pass count too.  ping -> relay -> ping
   runs 10^7 deep in constant stack at -O2 when ping's call of relay is
   a sibling call; budgeting ping's object makes it a call, a frame per
   level, and overflows.  Two ways the call hid at the pass (hunt 39-e):
   - acc_ping's other self call, `return acc_ping (n + 1, acc) + 1',
     becomes a loop with an accumulator in GCC's early tail recursion
     pass, which relay's result is then added to; later passes find the
     accumulator 0 on relay's path;
   - note_ping calls note after relay; note's body is empty once IPA
     finds `trace' never set, and GCC deletes the call after the pass.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 */
/* { dg-output "acc 10000000 170000000(\n|\r\n|\r)" } */
/* { dg-output "note 10000000 170000000(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long acc_ping (long n, long acc);
static long note_ping (long n, long acc);

__attribute__ ((noinline)) static long
acc_relay (long n, long acc)
{
  return acc_ping (n, acc + 1);
}

__attribute__ ((noinline)) static long
acc_ping (long n, long acc)
{
  if (n == 0)
    return acc;
  if (n < 0)
    return acc_ping (n + 1, acc) + 1;
  char *p = malloc (32);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!p)
    abort ();
  memset (p, 16, 32);
  acc += ((volatile char *) p)[5];
  free (p);
  return acc_relay (n - 1, acc);
}

static int trace;

__attribute__ ((noinline)) static void
note (long n)
{
  if (trace)
    printf ("%ld\n", n);
}

__attribute__ ((noinline)) static long
note_relay (long n, long acc)
{
  return note_ping (n, acc + 1);
}

__attribute__ ((noinline)) static long
note_ping (long n, long acc)
{
  if (n == 0)
    return acc;
  char *p = malloc (32);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!p)
    abort ();
  memset (p, 16, 32);
  acc += ((volatile char *) p)[5];
  free (p);
  long r = note_relay (n - 1, acc);
  note (n);
  return r;
}

static volatile long depth = 10000000;

int
main (void)
{
  printf ("acc %ld %ld\n", depth, acc_ping (depth, 0));
  printf ("note %ld %ld\n", depth, note_ping (depth, 0));
  return 0;
}
