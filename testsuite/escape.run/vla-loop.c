/* vla-loop.c -- a VLA and converted allocations in the same loop, and
   alloca in the same function.

   A VLA in a loop body saves the stack pointer on entry to its block and
   restores it at the end of each iteration.  The slots that replace the
   mallocs here must live beside that, not on top of the VLA's stack: an
   alloca-style slot would either be released by the restore while still
   in use, or grow the stack by 10^6 iterations and overflow it.  */
/* { dg-do run } */
/* { dg-output "vla-loop 59557534476672 alloca 4950(\n|\r\n|\r)" } */
/* escape-heap-allocs: 0 */

#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>

#define N 1000000

static volatile int width = 50;

int
main (void)
{
  unsigned long sum = 0;
  int w = width;
  for (int i = 0; i < N; i++)
    {
      int n = 1 + i % w;
      int vla[n];
      int *fixed = malloc (32 * sizeof *fixed);	/* { dg-message "moved to stack \\(128 bytes\\)" } */
      /* Run-time size, at most 200 bytes: the guarded slot.  */
      int *var = malloc (n * sizeof *var);	/* { dg-message "moved to stack when size <= 256" } */
      if (!fixed || !var)
	abort ();
      for (int k = 0; k < n; k++)
	{
	  vla[k] = i + k;
	  var[k] = vla[k] * 3;
	}
      for (int k = 0; k < 32; k++)
	fixed[k] = vla[k % n] ^ var[(k * 7) % n];
      for (int k = 0; k < 32; k++)
	sum += (unsigned) fixed[k] + vla[n - 1];
      free (var);
      free (fixed);
    }

  /* alloca once, outside the loop, beside a converted object.  */
  int *a = alloca (100 * sizeof *a);
  int *h = malloc (100 * sizeof *h);	/* { dg-message "moved to stack \\(400 bytes\\)" } */
  if (!h)
    abort ();
  for (int k = 0; k < 100; k++)
    {
      a[k] = k;
      h[k] = a[k];
    }
  unsigned long asum = 0;
  for (int k = 0; k < 100; k++)
    asum += h[k];
  free (h);
  printf ("vla-loop %lu alloca %lu\n", sum, asum);
  return 0;
}
