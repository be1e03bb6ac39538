/* loop-scoped.c -- a variable declared in a loop's body is a new object
   in each iteration.

   per_iteration: a queue declared in the loop body collects the two
   nodes allocated in the same iteration and is read and emptied there.
   The queue lives one iteration, so the nodes it holds do not outlive
   theirs and take reused slots (push is not inlined, so the queue stays
   in memory).  With strict aliasing only: without it, push's integer
   counter may be read as a pointer's bytes (escape.dg/r-no-strict-
   aliasing.c).

   across_goto: a queue declared in the loop body, filled by a backward
   goto inside that body.  The goto is a loop of its own, and the queue
   outlives each of its iterations: one slot per site would make the
   three nodes one, the list a cycle and the sum wrong.  They must stay
   on the heap: three per outer iteration.  */
/* { dg-do run } */
/* { dg-output "per-iteration 49995000 across-goto 74990000(\n|\r\n|\r)" } */
/* escape-levels: -O2 -O3 -Os */
/* escape-heap-allocs: 30000 */

#include <stdio.h>
#include <stdlib.h>

#define N 10000

struct item
{
  struct item *next;
  long v;
};

struct queue
{
  struct item *head, *tail;
  int n;
};

static __attribute__ ((noinline)) void
push (struct queue *q, struct item *it)
{
  it->next = NULL;
  if (q->tail)
    q->tail->next = it;
  else
    q->head = it;
  q->tail = it;
  q->n++;
}

static __attribute__ ((noinline)) long
sum (const struct queue *q)
{
  long s = 0;
  int seen = 0;
  for (const struct item *it = q->head; it && seen <= q->n; it = it->next)
    s += it->v * ++seen;
  return seen == q->n ? s : -1;
}

static long
per_iteration (int n)
{
  long total = 0;
  for (int i = 0; i < n; i++)
    {
      struct queue q = { NULL, NULL, 0 };
      struct item *a = malloc (sizeof *a);	/* { dg-message "moved to stack" } */
      struct item *b = malloc (sizeof *b);	/* { dg-message "moved to stack" } */
      if (!a || !b)
	abort ();
      a->v = i;
      b->v = 0;
      push (&q, a);
      push (&q, b);
      total += sum (&q);
      free (a);
      free (b);
    }
  return total;
}

static long
across_goto (int n)
{
  long total = 0;
  for (int i = 0; i < n; i++)
    {
      struct queue q = { NULL, NULL, 0 };
      struct item *items[3];
      int k = 0;
    again:
      items[k] = malloc (sizeof *items[k]);	/* { dg-message "escapes: outlives its loop iteration" } */
      if (!items[k])
	abort ();
      items[k]->v = i;
      push (&q, items[k]);
      if (++k < 3)
	goto again;
      total += sum (&q) / 4;
      for (k = 0; k < 3; k++)
	free (items[k]);
    }
  return total;
}

int
main (void)
{
  printf ("per-iteration %ld across-goto %ld\n", per_iteration (N),
	  across_goto (N));
  return 0;
}
