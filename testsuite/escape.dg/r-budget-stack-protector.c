/* r-budget-stack-protector.c -- a build that asks for the stack
   protector's warnings (-Wstack-protector with -fstack-protector*) gets
   no alloca budget: GCC warns that a function calling alloca has a
   variable length buffer it does not protect, and the budget's alloca
   drew "stack protector not protecting local variables" at the
   program's malloc, an error under -Werror (hunt 38-b F1).  The object
   of a recursive function stays on the heap instead.  */
/* { dg-options "-O2 -fplugin-arg-escape-report -fplugin-arg-escape-alloca-budget=65536 -fstack-protector-all -Wstack-protector" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long
depth_sum (int d)
{
  if (d == 0)
    return 0;
  char *scratch = malloc (64);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!scratch)
    return -1;
  snprintf (scratch, 64, "level %d", d);
  long r = depth_sum (d - 1) + (long) strlen (scratch);
  free (scratch);
  return r;
}
