/* r-alloca-budget-mark.c -- a unit that declares the alloca budget's mark
   itself gets a warning, and no budget: the rewrite would define the name
   a second time (the assembler refuses) or use the program's variable.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report -fplugin-arg-escape-alloca-budget=65536" } */

#include <stdlib.h>

long __escape_stack_mark = 42;	/* { dg-warning "escape: '__escape_stack_mark' is the name the alloca budget uses for its mark; the budget is off in this unit" } */

int
down (int n)
{
  if (n == 0)
    return 0;
  char *p = malloc (64);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  ((volatile char *) p)[0] = (char) n;
  int r = ((volatile char *) p)[0] + down (n - 1);
  free (p);
  return r;
}
