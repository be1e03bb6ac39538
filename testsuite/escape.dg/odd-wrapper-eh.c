/* odd-wrapper-eh.c -- calls of allocation and free wrappers that may
   throw (-fexceptions, with a cleanup to run on the way out, and no
   nothrow found at -O0): the calls end their blocks, with edges to the
   cleanup that deleting them would leave behind, so they stay calls.
   Under -fchecking.  */
/* { dg-options "-O0 -fexceptions -fplugin-arg-escape-report -fchecking" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) void *
xmalloc (size_t n)
{
  void *p = malloc (n);		/* { dg-message "escapes: returned from 'xmalloc'" } */
  if (!p)
    abort ();
  return p;
}

__attribute__ ((noinline)) void
xfree (void *p)			/* { dg-message "frees param: p" } */
{
  if (p)
    free (p);
}

static void
done (int *x)			/* { dg-message "leaking param content: x" } */
{
  printf ("done %d\n", *x);
}

int
work (int k)
{
  int guard __attribute__ ((cleanup (done))) = k;
  int *a = malloc (16 * sizeof *a);	/* { dg-message "escapes: freed by 'xfree'" } */
  if (!a)
    return 0;
  int *b = xmalloc (16 * sizeof *b);	/* { dg-message "does not escape, stays on heap: allocated by 'xmalloc'" } */
  for (int i = 0; i < 16; i++)
    a[i] = b[i] = i * k;
  int s = 0;
  for (int i = 0; i < 16; i++)
    s += a[i] + b[i];
  xfree (a);
  free (b);
  return s;
}
