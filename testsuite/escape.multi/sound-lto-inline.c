/* sound-lto-inline.c -- a stack slot in another file's helper, inlined
   by LTO into a recursive function.

   visit recurses over a tree; after a node's children it calls
   describe, defined in sound-lto-inline-describe.c, which formats the
   node's line into a heap buffer of the size the line needs.  describe
   does not recurse, so its buffer may take a guarded stack slot of 256
   bytes, which lives only while describe runs.  With -flto the plugin
   decides when each file is compiled, but GCC inlines describe, called
   once, into visit at link time, and the slot becomes part of visit's
   frame: one per level of the recursion.  The 5000-deep tree is visited
   on a thread with a 1 MiB stack: room for the frames, not for 5000
   slots.  The test runs where GCC inlines describe into visit: not at
   -O0, where nothing is inlined and a slot in describe is harmless, nor
   at -O3, where GCC inlines visit into itself and calls describe out of
   line.  */
/* { dg-options "-flto -pthread" } */
/* { dg-output "lto-inline 12502500 97301(\n|\r\n|\r)" } */
/* escape-sources: sound-lto-inline-describe.c */
/* escape-heap-allocs: same */
/* escape-levels: -O1 -O2 -Os */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define DEPTH 5000

struct node
{
  long value;
  const char *name;
  struct node *child;
};

void describe (const struct node *n, int depth);
unsigned long describe_digest (void);

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
  r[1] = (long) describe_digest ();
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
      puts ("lto-inline: cannot run the thread");
      return 1;
    }
  printf ("lto-inline %ld %ld\n", r[0], r[1]);
  return 0;
}
