/* buf.c -- example project of report.exp: buffers that move to the
   stack, one that is too large, one given away.  */
#include <stdio.h>
#include "util.h"

/* Größe: a comment with UTF-8 before a site, for the columns.  */
int
buf_count (const char *s, char c)
{
  /* ü */ char *scratch = malloc (64);
  int n = 0;
  snprintf (scratch, 64, "%s", s);
  for (size_t i = 0; scratch[i]; i++)
    n += scratch[i] == c;
  free (scratch);
  return n;
}

int
big_buffer (int k)
{
  int *big = calloc (10000, sizeof *big);
  big[k] = k;
  int r = big[0] + big[k / 2];
  free (big);
  return r;
}

void
give_away (void)
{
  char *p = malloc (16);
  take (p);
}

int
sized (const char *s)
{
  size_t n = strlen (s) + 1;
  char *v = malloc (n);
  memcpy (v, s, n);
  int r = puts (v);
  free (v);
  return r;
}
