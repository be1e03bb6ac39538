/* r-frame-budget.c -- max-frame-size bounds the bytes moved to the stack
   per function: the first two 3000-byte buffers fit in 8000 bytes, the
   third does not and stays on the heap with the budget as its reason.
   The budget is per function: another function starts again from 0.  */
/* { dg-options "-fplugin-arg-escape-report -fplugin-arg-escape-max-frame-size=8000" } */

#include <stdlib.h>
#include <unistd.h>

int
three_buffers (void)
{
  char *a = malloc (3000);		/* { dg-message "moved to stack \\(3000 bytes\\)" } */
  char *b = malloc (3000);		/* { dg-message "moved to stack \\(3000 bytes\\)" } */
  char *c = malloc (3000);		/* { dg-message "does not escape, stays on heap: frame budget: max-frame-size=8000 bytes reached" } */
  int r = read (0, a, 3000) + read (0, b, 3000) + read (0, c, 3000);
  free (a);
  free (b);
  free (c);
  return r;
}

int
fresh_budget (void)
{
  char *a = malloc (4000);		/* { dg-message "moved to stack \\(4000 bytes\\)" } */
  int r = read (0, a, 4000);
  free (a);
  return r;
}

