/* sound-recurse-qsort.c -- recursion through a qsort comparator.

   Nested lists are put in a canonical order: a list's items are sorted
   with qsort, and the comparator compares two lists by their canonical
   text, so it first canonicalizes each of them, which calls qsort with
   the same comparator: compare -> canonicalize -> qsort -> compare, a
   cycle through the C library that the call graph does not show
   (canonicalize's address is never taken, and the comparator calls
   qsort only through canonicalize).  The comparator renders both lists
   into 4 KiB heap buffers; as stack slots they are multiplied by the
   nesting depth.  The 400-deep lists are sorted on a thread with a
   2 MiB stack: room for the frames, not for 400 pairs of slots.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-output "qsort \\({12}\\.\\.\\. 1602(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEPTH 400
#define TEXT 4096

struct list
{
  int sorted;
  int n;
  struct list *items[4];
};

static int compare (const void *pa, const void *pb);

static void
canonicalize (struct list *l)
{
  if (l->sorted)
    return;
  l->sorted = 1;
  qsort (l->items, l->n, sizeof l->items[0], compare);
}

/* The canonical text of L into OUT: "(" items ")".  */
static size_t
render (struct list *l, char *out, size_t room)
{
  size_t len = 0;
  if (room < 3)
    return 0;
  out[len++] = '(';
  for (int i = 0; i < l->n && len + 2 < room; i++)
    len += render (l->items[i], out + len, room - len - 1);
  out[len++] = ')';
  out[len] = '\0';
  return len;
}

static int
compare (const void *pa, const void *pb)
{
  struct list *a = *(struct list *const *) pa;
  struct list *b = *(struct list *const *) pb;
  canonicalize (a);
  canonicalize (b);
  char *ta = malloc (TEXT), *tb = malloc (TEXT);
  if (!ta || !tb)
    abort ();
  render (a, ta, TEXT);
  render (b, tb, TEXT);
  int r = strcmp (ta, tb);
  free (ta);
  free (tb);
  return r;
}

static struct list *
list (void)
{
  struct list *l = calloc (1, sizeof *l);
  if (!l)
    abort ();
  return l;
}

static void
release (struct list *l)
{
  for (int i = 0; i < l->n; i++)
    release (l->items[i]);
  free (l);
}

/* Each level holds an empty list and the next level: (() (() (...))).  */
static struct list *
nest (int depth)
{
  struct list *top = list (), *l = top;
  for (int i = 0; i < depth; i++)
    {
      struct list *next = list ();
      l->items[l->n++] = next;
      l->items[l->n++] = list ();
      l = next;
    }
  return top;
}

static void *
run (void *out)
{
  char *text = out;
  struct list *l = nest (DEPTH);
  canonicalize (l);
  render (l, text, TEXT);
  release (l);
  return NULL;
}

int
main (void)
{
  pthread_attr_t attr;
  pthread_t t;
  static char text[TEXT];
  if (pthread_attr_init (&attr)
      || pthread_attr_setstacksize (&attr, 2 * 1024 * 1024)
      || pthread_create (&t, &attr, run, text)
      || pthread_join (t, NULL))
    {
      puts ("qsort: cannot run the thread");
      return 1;
    }
  printf ("qsort %.12s... %zu\n", text, strlen (text));
  return 0;
}
