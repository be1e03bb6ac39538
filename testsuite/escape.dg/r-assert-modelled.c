/* r-assert-modelled.c -- assert's __assert_fail is the C library's,
   modelled: a function that asserts, and its callers, still move their
   objects.  Its row prints all four arguments (the strings as bytes out,
   the line number as a kept integer); a row letter that the declaration's
   parameter type does not allow (bytes out on the unsigned line number,
   hunt 44-d) made the row not fit, so __assert_fail counted as code
   compiled elsewhere that may take a whole max-stack-size, and every
   object of the chain stayed on the heap ("stack budget").  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report -UNDEBUG" } */

#include <assert.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
check (int k)
{
  int *c = malloc (4 * sizeof *c);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!c)
    abort ();
  c[0] = k;
  int r = c[0] * 2;
  free (c);
  assert (r != 10);
  return r;
}

__attribute__ ((noinline)) int
caller (int k)
{
  char *b = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!b)
    abort ();
  memset (b, k, 64);
  int r = b[7] + check (k);
  free (b);
  return r;
}
