/* r-realloc-nullderef.c -- a realloc of a moved object takes a new block
   for the slot and copies the slot when the block is not null; GCC's
   path isolation, seeing the block null on the other way, warned about
   the program's unchecked use of the result there
   (-Wnull-dereference, plugin-only; hunt 44-d).  The test reads the
   block through an empty asm.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wnull-dereference -fplugin-arg-escape-report" } */

#include <stdlib.h>

int
grow (int k)
{
  int *arr = malloc (2 * sizeof *arr);	/* { dg-message "moved to stack \\(8 bytes\\)" } */
  if (!arr)
    abort ();
  arr[0] = k;
  arr[1] = k + 1;
  arr = realloc (arr, 4 * sizeof *arr);	/* { dg-message "does not escape, stays on heap: allocated by 'realloc'" } */
  int r = arr[0] + arr[1];
  free (arr);
  return r;
}
