/* sound-budget-sibling-calls.c -- a mutual recursion 10^7 deep through
   sibling calls runs in constant stack at -O2.  alloca rules sibling
   calls out (tree-tailcall.cc), so budgeting ping's object would give
   every call a frame and overflow the stack (found by a review): ping
   keeps it on the heap.  From -O2, where GCC makes sibling calls; below,
   the plain program overflows too.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "ping 10000000 160000000(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long pong (long n, long acc);

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
  return pong (n - 1, acc);
}

__attribute__ ((noinline)) long
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
