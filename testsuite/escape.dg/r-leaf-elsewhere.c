/* r-leaf-elsewhere.c -- a project's function of another file declared
   `leaf' does not call back into this unit, so calling it is no
   recursion; but it is compiled on its own, with a stack budget of its
   own, and its slots would be live below this function's.  Its caller
   counts a whole max-stack-size below itself and keeps its buffer on
   the heap.  So does a leaf function declared in a system header (found
   by an adversarial hunt: a library built with the plugin, its header
   reached with -isystem, went uncounted).  A C library function of the
   plugin's table has no slots, and a caller of one moves its buffer.  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing" } */

#include <stdlib.h>
#include <string.h>
#include "r-leaf-elsewhere.h"

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

unsigned long
system_header_stage (void)
{
  unsigned char *a = malloc (4096); /* { dg-message "does not escape, stays on heap: stack budget: max-stack-size=65536 bytes reached along a chain of calls" } */
  if (!a)
    abort ();
  for (int i = 0; i < 4096; i++)
    a[i] = (unsigned char) i;
  unsigned long r = library_digest (a[7]);
  free (a);
  return r;
}
