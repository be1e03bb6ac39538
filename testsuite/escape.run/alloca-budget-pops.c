/* alloca-budget-pops.c -- with alloca-budget, a loop whose budgeted
   objects are all dead when an iteration ends gives their stack space
   back each iteration (the stack pointer saved where the iteration
   starts, restored on the way back to it): 2000 rounds of 100 list
   nodes, far past the 64 KiB budget in all, take no heap at all.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "rounds 16869186471981366624(\n|\r\n|\r)" } */
/* escape-heap-allocs: 0 */

#include <stdio.h>
#include <stdlib.h>

struct item
{
  struct item *next;
  unsigned long value;
};

static unsigned long __attribute__ ((noinline))
rounds (int n, int len)
{
  unsigned long s = 0;
  for (int r = 0; r < n; r++)
    {
      struct item *top = NULL;
      for (int i = 0; i < len; i++)
	{
	  struct item *it = malloc (sizeof *it);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(16 bytes\\)" } */
	  if (!it)
	    abort ();
	  it->value = (unsigned long) r * 1000 + i;
	  it->next = top;
	  top = it;
	}
      for (struct item *it = top; it; it = it->next)
	s = s * 31 + it->value;
      while (top)
	{
	  struct item *next = top->next;
	  free (top);
	  top = next;
	}
    }
  return s;
}

int
main (void)
{
  printf ("rounds %lu\n", rounds (2000, 100));
  return 0;
}
