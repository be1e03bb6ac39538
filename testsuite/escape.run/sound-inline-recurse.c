/* sound-inline-recurse.c -- a helper's stack slot, inlined after the
   decision into a recursive function.

   visit recurses over a tree; after a node's children it calls describe,
   a helper that formats the node's line into a heap buffer of the size
   the line needs.  describe does not recurse, so its buffer may take a
   stack slot, a guarded one of 256 bytes: the slot lives only while
   describe runs.  But describe is static and called once, so GCC
   inlines it into visit after the plugin has decided (IPA inlining, from
   -O1 on), and the slot becomes part of visit's frame: one per level of
   the recursion.  The 5000-deep tree is visited on a thread with a 1 MiB
   stack: room for the frames, not for 5000 slots.  The test runs where
   GCC inlines describe into visit: not at -O0, where nothing is inlined
   and a slot in describe is harmless, nor at -O3, where GCC inlines
   visit into itself and calls describe out of line.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-output "inline 12502500 97301(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */
/* escape-levels: -O1 -O2 -Os */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEPTH 5000

struct node
{
  long value;
  const char *name;
  struct node *child;
};

static unsigned long digest;

/* Formats N's line and folds it into the digest.  */
static void
describe (const struct node *n, int depth)
{
  size_t size = strlen (n->name) + 32;
  char *line = malloc (size);
  if (!line)
    abort ();
  int len = snprintf (line, size, "%*s%s = %ld", depth % 8, "", n->name,
		      n->value);
  for (int i = 0; i < len; i++)
    digest += (unsigned char) line[i] * (unsigned long) (i + 1);
  digest %= 100003;
  free (line);
}

static long
visit (const struct node *n, int depth)
{
  if (!n)
    return 0;
  long below = visit (n->child, depth + 1);
  describe (n, depth);
  return n->value + below;
}

static void *
run (void *out)
{
  long *r = out;
  struct node *top = NULL;
  for (int i = DEPTH; i > 0; i--)
    {
      struct node *n = malloc (sizeof *n);
      if (!n)
	abort ();
      n->value = i;
      n->name = i % 2 ? "odd" : "even";
      n->child = top;
      top = n;
    }
  r[0] = visit (top, 0);
  r[1] = (long) digest;
  while (top)
    {
      struct node *next = top->child;
      free (top);
      top = next;
    }
  return NULL;
}

int
main (void)
{
  pthread_attr_t attr;
  pthread_t t;
  long r[2] = { 0, 0 };
  if (pthread_attr_init (&attr)
      || pthread_attr_setstacksize (&attr, 1024 * 1024)
      || pthread_create (&t, &attr, run, r)
      || pthread_join (t, NULL))
    {
      puts ("inline: cannot run the thread");
      return 1;
    }
  printf ("inline %ld %ld\n", r[0], r[1]);
  return 0;
}
