/* r-side-stack-address.c -- under -fsanitize=address the side stack is off
   and its objects stay on the heap, where the sanitizer looks (hunt
   48-a): LeakSanitizer, part of it, does not scan the region: a heap block
   that only a pushed object pointed to was reported leaked.  At -O1: at
   -O2 the budget's rule for AddressSanitizer and sibling calls keeps a
   function that may recurse off the side stack anyway.  */
/* { dg-do compile } */
/* { dg-options "-O1 -fsanitize=address -fplugin-arg-escape-report -fplugin-arg-escape-side-stack=65536" } */

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
