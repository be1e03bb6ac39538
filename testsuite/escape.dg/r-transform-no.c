/* r-transform-no.c -- transform=no: the analysis runs and reports, but
   nothing is rewritten, so a local site says "does not escape" instead of
   "moved to stack" (and nothing more: (?!,) rules out a "stays on heap"
   reason).  Escaping sites and size limits read as usual.  */
/* { dg-options "-fplugin-arg-escape-report -fplugin-arg-escape-transform=no" } */

#include <stdlib.h>
#include <unistd.h>

char *g;

int
local_sites (void)
{
  char *a = malloc (100);		/* { dg-message "does not escape(?!,)" } */
  char *b = calloc (4, 8);		/* { dg-message "does not escape(?!,)" } */
  int r = read (0, a, 100) + read (0, b, 32);
  free (a);
  free (b);
  return r;
}

void
escaping_site (void)
{
  g = malloc (10);			/* { dg-message "escapes: stored to global 'g'" } */
}

int
too_large (void)
{
  char *a = malloc (10000);		/* { dg-message "does not escape, stays on heap: too large for stack: 10000 bytes > 4096" } */
  int r = read (0, a, 100);
  free (a);
  return r;
}

