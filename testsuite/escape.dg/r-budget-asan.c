/* r-budget-asan.c -- under AddressSanitizer, whose instrumentation of
   alloca comes before GCC's tail-call pass, the budget cannot be undone
   where that pass makes a sibling call (sibcall.cc): a function that may
   recurse gets no budget where GCC may make sibling calls at all, even
   one whose calls back are surely no sibling calls (a sum of two).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fsanitize=address -fplugin-arg-escape-report -fplugin-arg-escape-alloca-budget=65536" } */

#include <stdlib.h>
#include <string.h>

struct node
{
  struct node *l, *r;
  long v;
};

long
weigh (const struct node *n)	/* { dg-message "n does not escape" } */
{
  if (!n)
    return 0;
  long *w = malloc (4 * sizeof *w);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!w)
    abort ();
  memset (w, 0, 4 * sizeof *w);
  w[1] = n->v;
  long s = w[1] + weigh (n->l) + weigh (n->r);
  free (w);
  return s;
}
