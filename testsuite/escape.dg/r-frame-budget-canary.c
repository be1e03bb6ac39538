/* r-frame-budget-canary.c -- a slot is an array, so
   -fstack-protector-strong (most distributions' default) gives its
   frame a guard word, which the plain frame did not have: 16 bytes on
   x86-64, counted once per frame.  An adversarial hunt measured a chain
   of four frames of slots 61 bytes past max-stack-size, past the room
   the raised thread stack had.  Within max-frame-size=128: one 112-byte
   slot and the guard fit, a second 16-byte slot does not.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fstack-protector-strong -fplugin-arg-escape-report -fplugin-arg-escape-max-frame-size=128" } */

#include <stdlib.h>

static int __attribute__ ((noinline))
consume (const char *p)	/* { dg-message "p does not escape" } */
{
  return *(const volatile char *) p == 1;
}

int
two (void)
{
  char *a = malloc (112);	/* { dg-message "moved to stack \\(112 bytes\\)" } */
  char *b = malloc (16);	/* { dg-message "does not escape, stays on heap: frame budget: max-frame-size=128 bytes reached" } */
  if (!a || !b)
    abort ();
  *a = *b = 1;
  int r = consume (a) + consume (b);
  free (a);
  free (b);
  return r;
}
