/* sound-budget-never-read-no-pta.c -- an object that copies bytes and
   copies them back, never read, in a recursion 10^7 deep that runs in
   constant stack without the plugin, built without GCC's points-to
   (-fno-tree-pta).  The check before the tail-call pass (sibcall.cc)
   undid the budget and deleted the object, but a copy of the global's
   or the parameter's bytes onto themselves stayed after the call back,
   which then was no sibling call: with the budget or the side stack the
   recursion overflowed the stack (hunt 49-a).  Such a function that may
   recurse now gets no budget where GCC may make sibling calls.
   sound-budget-never-read-ipa-pta.c builds this with -fipa-pta.  */
/* { dg-do run } */
/* { dg-options "-fno-tree-pta" } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "10000000 10000000 0 5(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int debug;		/* nothing writes it */
static volatile long depth = 10000000;
long glob;

static long ping_global (long, long);
static long ping_param (long, long, long *);

__attribute__ ((noinline)) static long
relay_global (long n, long acc)
{
  return ping_global (n, acc + 1);
}

__attribute__ ((noinline)) static long
ping_global (long n, long acc)
{
  if (n == 0)
    return acc;
  long r = relay_global (n - 1, acc);
  long *q = malloc (sizeof *q);
  memcpy (q, &glob, sizeof *q);
  if (debug)
    *q += 1;
  memcpy (&glob, q, sizeof *q);
  free (q);
  return r;
}

__attribute__ ((noinline)) static long
relay_param (long n, long acc, long *pp)
{
  return ping_param (n, acc + 1, pp);
}

__attribute__ ((noinline)) static long
ping_param (long n, long acc, long *pp)
{
  if (n == 0)
    return acc;
  long r = relay_param (n - 1, acc, pp);
  long *q = malloc (sizeof *q);
  memcpy (q, pp, sizeof *q);
  if (debug)
    *q += 1;
  memcpy (pp, q, sizeof *q);
  free (q);
  return r;
}

int
main (void)
{
  long x = 5;
  long a = ping_global (depth, 0);
  long b = ping_param (depth, 0, &x);
  printf ("%ld %ld %ld %ld\n", a, b, glob, x);
  return 0;
}
