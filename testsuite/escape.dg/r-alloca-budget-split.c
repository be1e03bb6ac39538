/* r-alloca-budget-split.c -- no alloca budget with -fsplit-stack: a short
   stack segment's alloca comes from a block libgcc malloc'd and frees
   itself, which the free guard would take for heap memory and free
   (a double free, found by a hunt).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fsplit-stack -fplugin-arg-escape-report -fplugin-arg-escape-alloca-budget=65536" } */

#include <stdlib.h>
#include <string.h>

long
down (int n)
{
  char *p = malloc (2048);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  memset (p, n, 2048);
  long r = ((volatile char *) p)[100];
  if (n > 0)
    r += down (n - 1);
  free (p);
  return r;
}
