/* r-strndup-source.c -- strndup reads its source up to its bound, as
   strnlen does: a source whose slot would be smaller than the bound
   stays on the heap.  The rewrite lowers strndup into strnlen, malloc
   and memcpy, and GCC warned about the strnlen's bound against the
   4-byte slot (-Wstringop-overread), a call the program does not have.
   Found by an adversarial hunt.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall -Werror -fplugin-arg-escape-report" } */

#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

int
work (void)
{
  char *p = strdup ("abc");	/* { dg-message "does not escape, stays on heap: its size is read by 'strndup'" } */
  if (!p)
    return 0;
  char *q = strndup (p, 100);	/* { dg-message "moved to stack when size <= 256" } */
  int r = q ? (int) strlen (q) : 0;
  free (q);
  free (p);
  return r;
}
