/* loop-lists.c -- linked lists built in loops (for, while and goto).

   Every node is still in use after the iteration that allocated it, so
   none may take a reused per-iteration slot: with one slot per site all
   nodes would be the same memory, the list a cycle of one node, and the
   sums below wrong.  The nodes are freed by the function that built
   them, so the analysis sees them as local: the loop rule alone must keep
   them on the heap.  */
/* { dg-do run } */
/* { dg-options "-fstrict-aliasing" } */
/* { dg-output "for 500500000 goto 833332500 tail 2334332000 ok(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>

struct node
{
  long value;
  struct node *next;
};

static volatile int count = 1000;

/* The weighted sum of the first N + 1 nodes of LIST into SUM, and how
   many there were into SEEN: order matters, and a list that turned into a
   cycle cannot hang the test.  A macro, so that the nodes are read in the
   function that built them at every -O level.  */
#define WEIGH(list, n, sum, seen)					\
  do									\
    {									\
      int i_ = 0;							\
      for (const struct node *p_ = (list); p_ && i_ <= (n);		\
	   p_ = p_->next, i_++)						\
	(sum) += p_->value * (i_ + 1);					\
      *(seen) = i_;							\
    }									\
  while (0)

/* Free a list here, not in a callee: a free in another function would
   keep the nodes on the heap by itself (see callee-free.c).  */
#define RELEASE(list)				\
  while (list)					\
    {						\
      struct node *next_ = (list)->next;	\
      free (list);				\
      (list) = next_;				\
    }

/* Push in a for loop.  */
static long
build_for (int n, int *seen)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *x = malloc (sizeof *x);	/* { dg-message "escapes: outlives its loop iteration" } */
      if (!x)
	abort ();
      x->value = 3L * i + 1;
      x->next = head;
      head = x;
    }
  long sum = 0;
  WEIGH (head, n, sum, seen);
  RELEASE (head);
  return sum;
}

/* The same with a loop made of goto.  */
static long
build_goto (int n, int *seen)
{
  struct node *head = NULL;
  int i = 0;
again:
  if (i < n)
    {
      struct node *x = malloc (sizeof *x);	/* { dg-message "escapes: outlives its loop iteration" } */
      if (!x)
	abort ();
      x->value = 5L * i;
      x->next = head;
      head = x;
      i++;
      goto again;
    }
  long sum = 0;
  WEIGH (head, n, sum, seen);
  RELEASE (head);
  return sum;
}

/* Append through a pointer to the last link, in a while loop.  */
static long
build_tail (int n, int *seen)
{
  struct node *head = NULL, **tail = &head;
  int i = 0;
  while (i < n)
    {
      struct node *x = malloc (sizeof *x);	/* { dg-message "escapes: outlives its loop iteration" } */
      if (!x)
	abort ();
      x->value = 7L * i + 2;
      x->next = NULL;
      *tail = x;
      tail = &x->next;
      i++;
    }
  long sum = 0;
  WEIGH (head, n, sum, seen);
  RELEASE (head);
  return sum;
}

int
main (void)
{
  int n = count, s1, s2, s3;
  long a = build_for (n, &s1);
  long b = build_goto (n, &s2);
  long c = build_tail (n, &s3);
  printf ("for %ld goto %ld tail %ld %s\n", a, b, c,
	  s1 == n && s2 == n && s3 == n ? "ok" : "WRONG LENGTH");
  return 0;
}
