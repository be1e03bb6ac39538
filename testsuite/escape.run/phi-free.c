/* phi-free.c -- a small and a huge allocation meet in one pointer and share
   one free.

   The 1 MiB object is too large for the stack, so the free after the join
   may see heap memory: it must stay, and it must skip the 16-byte object,
   which moves to a slot: free (p == &slot ? NULL : p).  Freeing the slot
   would abort; removing the free would leak the big one (the
   heap-allocation count would drop below the 1000 big ones).  Both arms
   run, alternately.  */
/* { dg-do run } */
/* { dg-output "phi-free 250032 1498500(\n|\r\n|\r)" } */
/* escape-heap-allocs: 1000 */

#include <stdio.h>
#include <stdlib.h>

static volatile int big_every = 2;

static unsigned long
one (int i)
{
  unsigned char *p;
  size_t n;
  if (i % big_every == 0)
    {
      /* Constant sizes in the calls: at -O0, malloc (n) would be a
	 run-time size and take a guarded slot.  */
      p = malloc (1 << 20);	/* { dg-message "does not escape, stays on heap: too large for stack: 1048576 bytes > 4096" } */
      n = 1 << 20;
    }
  else
    {
      p = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
      n = 16;
    }
  if (!p)
    abort ();
  p[0] = (unsigned char) i;
  p[n - 1] = (unsigned char) (i * 3);
  unsigned long s = p[0] + p[n - 1];
  free (p);
  return s;
}

/* The same through a conditional expression, the free in a loop.  */
static unsigned long
two (int rounds)
{
  unsigned long s = 0;
  for (int i = 0; i < rounds; i++)
    {
      int *q = (i % big_every
		? malloc (4 * sizeof *q)	/* { dg-message "moved to stack \\(16 bytes\\)" } */
		: malloc (300000));	/* { dg-message "does not escape, stays on heap: too large for stack: 300000 bytes > 4096" } */
      if (!q)
	abort ();
      q[0] = i;
      q[3] = 2 * i;
      s += q[0] + q[3];
      free (q);
    }
  return s;
}

int
main (void)
{
  unsigned long a = 0;
  for (int i = 0; i < 1000; i++)
    a += one (i);
  printf ("phi-free %lu %lu\n", a, two (1000));
  return 0;
}
