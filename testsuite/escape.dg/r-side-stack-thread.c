/* r-side-stack-thread.c -- under -fsanitize=thread the side stack is off
   and its objects stay on the heap, where the sanitizer looks (hunt
   48-a): it does not see the region's system calls: a thread's region
   mapped where an exited thread's had been was reported as racing with it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fsanitize=thread -fplugin-arg-escape-report -fplugin-arg-escape-side-stack=65536" } */

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
