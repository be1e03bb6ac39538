/* r-malloc-attr-unknown.c -- a function declared malloc whose body is
   not here: its result is a fresh object that stays on the heap, and its
   arguments go to unknown code, said as for any such function (the note
   had named a "parameter 0").  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdlib.h>

void *make (int k, void *p) __attribute__ ((malloc));
void other (void *);

int
f (void)
{
  char *a = malloc (8);	/* { dg-message "escapes: passed to unknown function 'make'" } */
  char *b = malloc (8);	/* { dg-message "escapes: passed to unknown function 'other'" } */
  if (!a || !b)
    return 0;
  a[0] = 1;
  b[0] = 2;
  void *r = make (1, a);	/* { dg-message "does not escape, stays on heap: allocated by 'make'" } */
  other (b);
  int v = a[0] + b[0];
  free (r);
  return v;
}
