/* r-warnings-larger-than.c -- -Wlarger-than=N warns about the program's
   objects larger than N bytes; a slot is none of them (the object was
   malloc'd), so it makes no warning.  Found by an adversarial hunt: the
   warning named the slot's internal variable, an error under -Werror.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wlarger-than=1024 -Werror -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

int
sum_page (const unsigned char *src)	/* { dg-message "src does not escape" } */
{
  unsigned char *page = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
  if (!page)
    return -1;
  memcpy (page, src, 4096);
  int s = 0;
  for (int i = 0; i < 4096; i++)
    s += page[i];
  free (page);
  return s;
}
