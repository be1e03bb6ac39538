/* r-nested-chain-note.c -- a GNU nested function reaches its parent's
   variables through its static chain, an argument the source does not
   write: a note names it so, not by a number past the function's
   parameters.  Found by a review of the report: "passed to 'get'
   (parameter 2 leaks)" for a function of one parameter.  */
/* { dg-do compile } */
/* { dg-options "-O0 -fplugin-arg-escape-report" } */

#include <stdlib.h>

int
outer (int n, int i)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-message "escapes: passed to 'get' \\(its static chain leaks\\)" } */
  int get (int i) { return p[i & 3]; }
  for (int k = 0; k < 4; k++)
    p[k] = n + k;
  int r = get (i);
  free (p);
  return r;
}
