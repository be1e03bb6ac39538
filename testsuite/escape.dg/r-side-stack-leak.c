/* r-side-stack-leak.c -- under -fsanitize=leak the side stack is off
   and its objects stay on the heap, where the sanitizer looks (hunt
   48-a): it does not scan the region: a heap block that only a pushed
   object pointed to was reported leaked.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fsanitize=leak -fplugin-arg-escape-report -fplugin-arg-escape-side-stack=65536" } */

#include <stdlib.h>

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
