/* r-warnings-uninit-slot.c -- a slot makes no uninitialized-use warning
   that the heap object did not: an object passed unwritten to a const
   (access read_only) parameter, which reads it only when n > 0.  On the
   heap GCC says 'p' "may be used uninitialized" (-Wmaybe-uninitialized,
   often turned off); the slot, a declared variable, was "used
   uninitialized" under -Wuninitialized, named 'escape_slot.N'.  Found by
   an adversarial hunt: such a file no longer compiled with
   -Werror=uninitialized.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall -Wno-maybe-uninitialized -Werror=uninitialized -fplugin-arg-escape-report" } */

#include <stdlib.h>

static int __attribute__ ((noinline, access (read_only, 1)))
peek (const int *p, int n)	/* { dg-message "p does not escape" } */
{
  return n > 0 ? p[0] : -1;
}

int
work (int n)
{
  int *p = malloc (4 * sizeof *p);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!p)
    return 0;
  int r = peek (p, n);
  free (p);
  return r;
}
