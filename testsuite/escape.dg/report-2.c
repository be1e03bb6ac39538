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

/* An object kept because a callee frees it (and counts: a function that
   only frees is a free): the path to the freeing call's argument, then
   the call.  */
int released;
__attribute__ ((noinline)) void
release (int *p)		/* { dg-message "frees param: p" } */
{
  released++;
  free (p);
}

int
freed_by_callee (void)
{
  int *p = malloc (16);		/* { dg-message "escapes: freed by 'release'" } */
  /* { dg-message "  flow: 'p' = &the allocation at line 32" "" { target *-*-* } 32 } */
  p[0] = 1;
  int v = p[0];
  release (p);			/* { dg-message "  flow: 'release' frees 'p'" } */
  return v;
}
