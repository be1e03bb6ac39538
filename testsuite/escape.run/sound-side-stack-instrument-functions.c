/* sound-side-stack-instrument-functions.c -- -finstrument-functions with
   the program's own hooks: the side stack's run-time functions are the
   plugin's, not the program's, and call no hook.  When they were
   instrumented, every push and pop called the enter and exit hooks
   (more entries counted than the plain build's), and the enter hook,
   whose helper pushes, recursed without end (hunt 49-a).  MIX may
   recurse, so its scratch array is pushed; at -O0 and -Os the pushes
   and pops stay calls.  */
/* { dg-do run } */
/* { dg-options "-finstrument-functions" } */
/* escape-plugin-args: -fplugin-arg-escape-side-stack=65536 */
/* escape-levels: -O0 -O2 -Os */
/* { dg-output "55 enters 178 exits 177 acc 6763822(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdio.h>
#include <stdlib.h>

#define UNTRACED __attribute__ ((no_instrument_function))

static unsigned long enters, exits, acc;

UNTRACED static unsigned long
mix (int d)
{
  if (d == 0)
    return 1;
  unsigned long *t = malloc (4 * sizeof *t);
  if (!t)
    abort ();
  for (int i = 0; i < 4; i++)
    t[i] = d * 7 + i;
  unsigned long r = mix (d - 1) * 31 + t[d % 4];
  free (t);
  return r;
}

UNTRACED void
__cyg_profile_func_enter (void *fn, void *site)
{
  (void) fn;
  (void) site;
  enters++;
  acc += mix (3);
}

UNTRACED void
__cyg_profile_func_exit (void *fn, void *site)
{
  (void) fn;
  (void) site;
  exits++;
}

__attribute__ ((noinline)) static int
work (int n)
{
  return n < 2 ? n : work (n - 1) + work (n - 2);
}

int
main (void)
{
  int w = work (10);
  printf ("%d enters %lu exits %lu acc %lu\n", w, enters, exits, acc);
  return 0;
}
