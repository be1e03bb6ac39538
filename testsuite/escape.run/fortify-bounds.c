/* fortify-bounds.c -- _FORTIFY_SOURCE=2's checks of buffers that moved:
   GCC bounds each __*_chk builtin by the smaller of the object's size
   and what it knows of the allocation (escape.dg/r-fortify-min.c); the
   copies, the formatted text and its truncation are what they were on
   the heap.  */
/* { dg-do run } */
/* { dg-options "-D_FORTIFY_SOURCE=2" } */
/* escape-levels: -O1 -O2 -O3 -Os */
/* { dg-output "6 abcdef 5 12345 10 a-b-c-d-e- 63(\n|\r\n|\r)" } */
/* escape-heap-allocs: 0 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int __attribute__ ((noinline))
joined (const char *a, const char *b, char *out)
{
  char *p = malloc (64);
  if (!p)
    abort ();
  strcpy (p, a);
  strcat (p, b);
  int r = strlen (p);
  memcpy (out, p, r + 1);
  free (p);
  return r;
}

static int __attribute__ ((noinline))
truncated (long v, char *out)
{
  char *p = malloc (6);
  if (!p)
    abort ();
  snprintf (p, 6, "%ld", v);
  int r = strlen (p);
  memcpy (out, p, r + 1);
  free (p);
  return r;
}

static int __attribute__ ((noinline))
built (int n, char *out)
{
  char *p = malloc (16);
  if (!p)
    abort ();
  p[0] = 0;
  for (int i = 0; i < n; i++)
    {
      char piece[3] = { (char) ('a' + i), '-', 0 };
      strcat (p, piece);
    }
  int r = strlen (p);
  memcpy (out, p, r + 1);
  free (p);
  return r;
}

static int __attribute__ ((noinline))
filled (int c)
{
  char *p = malloc (64);
  if (!p)
    abort ();
  memset (p, c, 63);
  p[63] = 0;
  int r = strlen (p);
  free (p);
  return r;
}

int
main (void)
{
  char a[64], b[64], c[64];
  int n1 = joined ("abc", "def", a);
  int n2 = truncated (123456789L, b);
  int n3 = built (5, c);
  printf ("%d %s %d %s %d %s %d\n", n1, a, n2, b, n3, c, filled ('x'));
  return 0;
}
