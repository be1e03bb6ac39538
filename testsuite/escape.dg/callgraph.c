/* callgraph.c -- the pass visits every function with a body: static ones,
   ones only called from others, mutually recursive ones (one strongly
   connected component), and ones never called.  */

#include <stdlib.h>

extern void use (void *);

/* noinline: the note must not depend on -O2 inlining it into root.  Its
   body is only malloc's call, so its calls are allocation sites.  */
static __attribute__ ((noinline)) void *leaf (size_t n)
{
  return malloc (n);		/* { dg-message "escapes: returned from 'leaf'" } */
}

static int odd (int);

static int
even (int k)
{
  use (calloc (1, 8));		/* { dg-message "escapes: passed to unknown function 'use'" } */
  return k == 0 ? 1 : odd (k - 1);
}

static int
odd (int k)
{
  use (malloc (4));		/* { dg-message "escapes: passed to unknown function 'use'" } */
  return k == 0 ? 0 : even (k - 1);
}

int
root (int k)
{
  use (leaf (k));		/* { dg-message "escapes: passed to unknown function 'use'" } */
  return even (k);
}

void
never_called (void)
{
  use (malloc (1));		/* { dg-message "escapes: passed to unknown function 'use'" } */
}
