/* r-size-huge-constant.c -- a constant size of 2^63 or more (malloc
   (SIZE_MAX), a calloc whose product is past it) is too large for a
   slot, like any size above max-object-size.  Found by a review of the
   report: it was taken for a size not known until run time and reported
   "moved to stack when size <= 256", though GCC folded the guard away
   and the call stayed; a calloc past it read "variable size".  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wno-alloc-size-larger-than -fplugin-arg-escape-report" } */

#include <stdlib.h>

int
huge (int i)
{
  char *p = malloc (0x8000000000000000UL);	/* { dg-message "does not escape, stays on heap: too large for stack: at least 9223372036854775807 bytes > 4096" } */
  if (!p)
    return -1;
  p[i] = 1;
  int r = p[i ^ 1];
  free (p);
  return r;
}

int
huge_product (int i)
{
  char *p = calloc (1UL << 33, 1UL << 32);	/* { dg-message "does not escape, stays on heap: too large for stack: at least 9223372036854775807 bytes > 4096" } */
  if (!p)
    return -1;
  p[i] = 1;
  int r = p[i ^ 1];
  free (p);
  return r;
}

int
largest (int i)
{
  char *p = malloc (0x7fffffffffffffffUL - 1);	/* { dg-message "does not escape, stays on heap: too large for stack: 9223372036854775806 bytes > 4096" } */
  if (!p)
    return -1;
  p[i] = 1;
  int r = p[i ^ 1];
  free (p);
  return r;
}
