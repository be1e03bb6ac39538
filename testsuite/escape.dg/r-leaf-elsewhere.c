/* r-leaf-elsewhere.c -- a project's function of another file declared
   `leaf' does not call back into this unit, so calling it is no
   recursion; but it is compiled on its own, with a stack budget of its
   own, and its slots would be live below this function's.  Its caller
   counts a whole max-stack-size below itself and keeps its buffer on
   the heap.  A library function (from a system header, such as glibc's
   own leaf functions) has no slots, and a caller of one moves its
   buffer.  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing" } */

#include <stdlib.h>
#include <string.h>

extern unsigned long next_stage (unsigned) __attribute__ ((leaf));

unsigned long
stage (void)
{
  unsigned char *a = malloc (4096); /* { dg-message "does not escape, stays on heap: stack budget: max-stack-size=65536 bytes reached along a chain of calls" } */
  if (!a)
    abort ();
  for (int i = 0; i < 4096; i++)
    a[i] = (unsigned char) i;
  unsigned long r = next_stage (a[5]);
  free (a);
  return r;
}

unsigned long
library_stage (const char *s)	/* { dg-message "s does not escape" } */
{
  char *a = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
  if (!a)
    abort ();
  strncpy (a, s, 4095);
  a[4095] = 0;
  unsigned long r = strlen (a);
  free (a);
  return r;
}
