/* r-frame-budget-o0.c -- at -O0 GCC lays out locals in the order of
   their declarations: a 16-aligned slot between a pointer and an array
   pads both, so a 16-byte slot took 32 bytes of the frame (an
   adversarial hunt measured chains at 2.00x max-stack-size).  Each slot
   counts one alignment more there: two 16-byte slots fit
   max-frame-size=64, the third does not.  */
/* { dg-do compile } */
/* { dg-options "-O0 -fplugin-arg-escape-report -fplugin-arg-escape-max-frame-size=64" } */

#include <stdlib.h>

int
three (void)
{
  char *a = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  char *b = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  char *c = malloc (16);	/* { dg-message "does not escape, stays on heap: frame budget: max-frame-size=64 bytes reached" } */
  char array[24];
  if (!a || !b || !c)
    abort ();
  *a = *b = *c = 1;
  array[0] = *a;
  int r = *(volatile char *) array + *b + *c;
  free (a);
  free (b);
  free (c);
  return r;
}
