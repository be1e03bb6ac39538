/* report-2.c -- report=2 reports at least what report=1 does, and other
   arguments given with it are accepted.  */
/* { dg-options "-fplugin-arg-escape-report=2 -fplugin-arg-escape-transform=no" } */

#include <stdlib.h>

extern void use (void *);

void *
g (size_t n)
{
  return malloc (n);	/* { dg-message "escapes: returned from 'g'" } */
  /* Level 2: the flow path, one note per step, at the step.  */
  /* { dg-message "  flow: a temporary = &the allocation at line 12" "" { target *-*-* } 12 } */
  /* { dg-message "  flow: the result = a temporary" "" { target *-*-* } 12 } */
}
