/* r-size-novar.c -- with var-buffer=0 there is no guarded stack buffer:
   a size known only at run time keeps a local buffer on the heap, and
   says why.  Constant sizes are unaffected.  */
/* { dg-options "-fplugin-arg-escape-report -fplugin-arg-escape-var-buffer=0" } */

#include <stdlib.h>
#include <unistd.h>

int
variable (size_t m)
{
  char *p = malloc (m);			/* { dg-message "does not escape, stays on heap: variable size" } */
  int n = read (0, p, m);
  write (1, p, n);
  free (p);
  return n;
}

int
variable_calloc (size_t m)
{
  int *p = calloc (m, sizeof (int));	/* { dg-message "does not escape, stays on heap: variable size" } */
  int n = read (0, p, m);
  write (1, p, n);
  free (p);
  return n;
}

int
constant (void)
{
  char *p = malloc (100);		/* { dg-message "moved to stack \\(100 bytes\\)" } */
  int n = read (0, p, 100);
  write (1, p, n);
  free (p);
  return n;
}

