/* r-clone-param-number.c -- a callee that IPA-CP clones without an
   unused parameter (keep.constprop.0 (b, k)) or IPA-SRA splits
   (keep2.isra.0): the note names the parameter by its number in the
   source, not in the clone.  */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */
#include <stdlib.h>

int *G;
struct pair
{
  int *a, *b;
};

__attribute__ ((noinline)) static void
keep (int *x, int *b, int k)	/* { dg-message "leaking param: b" } */
{
  if (k > 0)
    G = b;
}

__attribute__ ((noinline)) static void
keep2 (int *unused, struct pair *s)
{
  G = s->b;
}

int
make (int k)
{
  int *a = malloc (16);		/* { dg-message "moved to stack \\(16 bytes\\)" } */
  int *b = malloc (16);		/* { dg-message "escapes: passed to 'keep' \\(parameter 2 leaks\\)" } */
  a[0] = 1;
  b[0] = k;
  keep (a, b, k);
  int r = a[0];
  free (a);
  return r;
}

int
make2 (int k)
{
  int *a = malloc (16);		/* { dg-message "moved to stack \\(16 bytes\\)" } */
  int *b = malloc (16);		/* { dg-message "escapes: passed to 'keep2' \\(parameter 2 leaks\\)" } */
  a[0] = k;
  b[0] = k;
  struct pair s = { a, b };
  keep2 (a, &s);
  int r = a[0];
  free (a);
  return r;
}
