/* fortify-chk-copies.c -- under _FORTIFY_SOURCE=2 (a distribution's
   default) strncat, stpncpy and the va_list printers become glibc's
   checking forms (__strncat_chk, __stpncpy_chk, __vsnprintf_chk, ...),
   which the library table now models as their plain forms: the source of
   a copy and a buffer a helper prints into with vsnprintf move, where
   they were "passed to unknown function" (hunt 41-b).  */
/* { dg-do run } */
/* { dg-options "-D_FORTIFY_SOURCE=2" } */
/* escape-levels: -O1 -O2 -O3 -Os */
/* { dg-output "xabc abcdefgh 42 -7(\n|\r\n|\r)" } */
/* escape-heap-allocs: 0 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char copied[64];

__attribute__ ((noinline)) static void
copy_parts (const char *text)
{
  char buf[64] = "x";
  char *s = malloc (16);
  if (!s)
    abort ();
  strcpy (s, text);
  strncat (buf, s, 3);
  char *d = malloc (16);
  if (!d)
    abort ();
  memset (d, 0, 16);
  stpncpy (d, s, 8);
  snprintf (copied, sizeof copied, "%s %s", buf, d);
  free (d);
  free (s);
}

__attribute__ ((noinline)) static int
format (char *out, size_t n, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int r = vsnprintf (out, n, fmt, ap);
  va_end (ap);
  return r;
}

__attribute__ ((noinline)) static long
number (int x)
{
  char *b = malloc (32);
  if (!b)
    abort ();
  format (b, 32, "%d", x);
  long r = strtol (b, NULL, 10);
  free (b);
  return r;
}

int
main (void)
{
  copy_parts ("abcdefghij");
  printf ("%s %ld %ld\n", copied, number (42), number (-7));
  return 0;
}
