/* alloca-budget-list.c -- with alloca-budget, list nodes built in a loop,
   which outlive their iteration, take stack space while the thread's
   budget lasts: 10000 nodes, the first ones alloca'd and the rest
   malloc'd, freed every other one first, then the rest; each free must
   tell them apart.  Only from -O2: below, the sum of values read from
   the nodes counts as pointer bits that reach the result (no field is
   told apart from the next pointer), so the nodes escape.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "list 12523476129679869040(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdio.h>
#include <stdlib.h>

struct item
{
  struct item *next;
  unsigned long value;
};

static unsigned long
stacked (int n)
{
  struct item *top = NULL;
  for (int i = 0; i < n; i++)
    {
      struct item *it = malloc (sizeof *it);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(16 bytes\\)" } */
      if (!it)
	abort ();
      it->value = (unsigned) i * 2654435761u;
      it->next = top;
      top = it;
    }
  /* Every other node first, then the rest.  */
  unsigned long s = 0;
  for (struct item *it = top; it != NULL && it->next != NULL; it = it->next)
    {
      struct item *odd = it->next;
      s = s * 31 + odd->value;
      it->next = odd->next;
      free (odd);
    }
  while (top)
    {
      struct item *next = top->next;
      s = s * 31 + top->value;
      free (top);
      top = next;
    }
  return s;
}

int
main (void)
{
  printf ("list %lu\n", stacked (10000));
  return 0;
}
