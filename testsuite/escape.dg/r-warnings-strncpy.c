/* r-warnings-strncpy.c -- a slot makes no -Wstringop-truncation (in
   -Wall) that the heap object did not: strncpy (d, s, N) followed by
   d[N - 1] = 0, an idiom GCC recognises on a heap pointer but not on a
   slot's address; and a bound computed from strlen (s), which GCC
   accepts when it finds the destination's size in the malloc call, and
   a slot has no such call.  Found by an adversarial hunt: with -Wall
   -Werror, such files no longer compiled.  The first object still
   moves; the second stays on the heap.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall -Werror -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

int __attribute__ ((noinline))
use (const char *p)	/* { dg-message "p does not escape" } */
{
  return p[0] == 'x';
}

int
fixed_bound (const char *s)	/* { dg-message "s does not escape" } */
{
  char *d = malloc (8);	/* { dg-message "moved to stack \\(8 bytes\\)" } */
  if (!d)
    return 0;
  strncpy (d, s, 8);
  d[7] = 0;
  int r = use (d) + (int) strlen (d);
  free (d);
  return r;
}

int
length_bound (const char *s)	/* { dg-message "s does not escape" } */
{
  char *d = malloc (8);	/* { dg-message "does not escape, stays on heap: its size is read by 'strncpy'" } */
  if (!d)
    return 0;
  size_t n = strlen (s);
  if (n > 7)
    n = 7;
  strncpy (d, s, n);
  d[n] = 0;
  int r = use (d) + (int) strlen (d);
  free (d);
  return r;
}
