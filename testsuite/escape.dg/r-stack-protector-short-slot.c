/* r-stack-protector-short-slot.c -- -fstack-protector guards character
   arrays of ssp-buffer-size bytes or more and, with -Wstack-protector,
   warns about a function whose arrays are all shorter.  A slot held a
   character array: the 4-byte object's slot drew "not protecting
   function: all local arrays are less than 8 bytes long", an error
   under -Werror (hunt 39-d F4).  Its bytes are no characters now.  */
/* { dg-options "-O2 -fplugin-arg-escape-report -fstack-protector -Wstack-protector" } */

#include <stdlib.h>
#include <string.h>

int
short_buffer (const char *s)	/* { dg-message "s does not escape" } */
{
  char *p = malloc (4);	/* { dg-message "moved to stack \\(4 bytes\\)" } */
  if (!p)
    return -1;
  strncpy (p, s, 3);
  p[3] = 0;
  int r = strlen (p);
  free (p);
  return r;
}

__attribute__ ((stack_protect)) int
explicit_guard (const char *s)	/* { dg-message "s does not escape" } */
{
  char *p = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  if (!p)
    return -1;
  strncpy (p, s, 31);
  p[31] = 0;
  int r = strlen (p);
  free (p);
  return r;
}
