/* sound-budget-slack.c -- with alloca-budget, a callee's free skips the
   objects its callers budgeted: all of them, even the last one that fit,
   which alloca's rounding (8 bytes asked, 16 taken) places a little more
   than the budget below the thread's mark.  With a budget of 4104 bytes
   (16 k + 8), lists of 8-byte nodes end exactly there; a free of that
   node went to the C library, which aborted.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=4104 */
/* escape-side-stack-too */
/* { dg-output "nodes 59900(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdio.h>
#include <stdlib.h>

struct node
{
  struct node *next;
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

static int __attribute__ ((noinline))
chain (int n)
{
  struct node *head = NULL;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *x = malloc (sizeof *x);
      if (!x)
	abort ();
      x->next = head;
      head = x;
      k++;
    }
  release (head);
  return k;
}

int
main (void)
{
  int s = 0;
  for (int n = 200; n < 400; n++)
    s += chain (n);
  printf ("nodes %d\n", s);
  return 0;
}
