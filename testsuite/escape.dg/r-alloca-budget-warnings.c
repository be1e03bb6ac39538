/* r-alloca-budget-warnings.c -- a build that asks GCC to warn about
   alloca (-Walloca) gets no alloca budget: the budget's alloca would be
   warned about at the program's malloc, an error under -Werror.  The
   same holds for -Walloca-larger-than=N and -Wstack-usage=N.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Walloca -fplugin-arg-escape-report -fplugin-arg-escape-alloca-budget=65536" } */

#include <stdlib.h>

long
down (int n)
{
  if (n == 0)
    return 0;
  char *p = malloc (64);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  ((volatile char *) p)[0] = (char) n;
  long r = ((volatile char *) p)[0] + down (n - 1);
  free (p);
  return r;
}
