/* r-warnings-format.c -- a slot makes no -Wformat-truncation warning
   that the heap object did not: GCC bounds the length of a string in a
   character array by its size, and "%s=%d" from a 64-byte array into 64
   bytes "may be truncated".  Found by an adversarial hunt: with
   -Wall -Werror, such a file no longer compiled.  Slots are now
   structures holding the bytes.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall -Werror -fplugin-arg-escape-report" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
format_pair (const char *name, int value)	/* { dg-message "name does not escape" } */
{
  char *key = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  char *line = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!key || !line)
    return -1;
  snprintf (key, 64, "%s", name);
  snprintf (line, 64, "%s=%d", key, value);
  int n = (int) strlen (line);
  free (key);
  free (line);
  return n;
}
