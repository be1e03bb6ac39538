/* sound-budget-callee-free.c -- with alloca-budget, a callee's free skips
   what its callers budgeted, and only that: the same release () also
   frees heap nodes (a list kept in a global, built by another function),
   nodes a callee reallocs stay on the heap, and a thread frees heap
   nodes through it.  The heap the main thread's arena holds must come
   back to where it started, but for the few freed blocks that glibc's
   thread cache keeps counted as in use; a skipped free would leave
   megabytes.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* { dg-output "local 481950000 global 780150000 grown 200010000 thread 1604000 balanced 1(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node
{
  struct node *next;
  unsigned long value;
  char tag[16];
};

static void __attribute__ ((noinline))
release (struct node *n)
{
  while (n)
    {
      struct node *next = n->next;
      free (n);
      n = next;
    }
}

static unsigned long
total (const struct node *n)
{
  unsigned long s = 0;
  for (; n; n = n->next)
    s += n->value + (unsigned char) n->tag[0];
  return s;
}

/* Budgeted: built and released here.  */
static unsigned long __attribute__ ((noinline))
local (int n)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *x = malloc (sizeof *x);
      if (!x)
	abort ();
      x->value = (unsigned long) i * 3;
      strcpy (x->tag, "local");
      x->next = head;
      head = x;
    }
  unsigned long s = total (head);
  release (head);
  return s;
}

/* On the heap: kept in a global until the caller releases it.  */
static struct node *kept;

static void __attribute__ ((noinline))
keep (int n)
{
  for (int i = 0; i < n; i++)
    {
      struct node *x = malloc (sizeof *x);
      if (!x)
	abort ();
      x->value = (unsigned long) i * 5;
      strcpy (x->tag, "global");
      x->next = kept;
      kept = x;
    }
}

static unsigned long __attribute__ ((noinline))
global (int n)
{
  keep (n);
  struct node *l = kept;
  kept = NULL;
  unsigned long s = total (l);
  release (l);
  return s;
}

/* A callee that reallocs what it is given: the object must be heap.  */
static struct node * __attribute__ ((noinline))
widen (struct node *x)
{
  struct node *y = realloc (x, sizeof *x * 4);
  if (!y)
    abort ();
  y[3].value = x == y ? 1 : 2;
  return y;
}

static unsigned long __attribute__ ((noinline))
grown (int n)
{
  unsigned long s = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *x = malloc (sizeof *x);
      if (!x)
	abort ();
      x->value = (unsigned long) i;
      x->next = NULL;
      x->tag[0] = 'g';
      x = widen (x);
      s += x->value + (x[3].value != 0);
      release (x);
    }
  return s;
}

static void *
worker (void *arg)
{
  unsigned long s = 0;
  for (int r = 0; r < 200; r++)
    {
      keep (40);
      struct node *l = kept;
      kept = NULL;
      s += total (l);
      release (l);
    }
  *(unsigned long *) arg = s;
  return NULL;
}

int
main (void)
{
  size_t before = mallinfo2 ().uordblks;
  unsigned long l = 0, g = 0, w = 0;
  for (int r = 0; r < 300; r++)
    l += local (1000);
  for (int r = 0; r < 300; r++)
    g += global (1000);
  unsigned long gr = grown (20000);
  size_t after = mallinfo2 ().uordblks;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &w) != 0)
    abort ();
  pthread_join (t, NULL);
  printf ("local %lu global %lu grown %lu thread %lu balanced %d\n", l, g, gr,
	  w, after < before + 65536);
  return 0;
}
