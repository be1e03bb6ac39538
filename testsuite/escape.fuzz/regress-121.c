/* regress-121.c -- found by tools/fuzz (gen.py seed 121), reduced by hand.
   A callee frees both its parameter and memory reachable from it; the
   buffer stored in the node must stay on the heap, or the callee frees a
   stack address.  Checked by fuzz.exp like a fuzz program: same output
   and status as without the plugin, at every level and under ASan.  */
#include <stdio.h>
#include <stdlib.h>

struct node { struct node *next; unsigned char *buf; };

static __attribute__ ((noinline)) void
release (struct node *n)
{
  free (n->buf);
  free (n);
}

int
main (void)
{
  struct node *nd = malloc (sizeof *nd);
  if (!nd)
    abort ();
  nd->next = NULL;
  nd->buf = malloc (16);
  if (!nd->buf)
    abort ();
  nd->buf[0] = 1;
  int r = nd->buf[0];
  release (nd);
  printf ("%d\n", r);
  return 0;
}
