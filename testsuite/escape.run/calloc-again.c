/* calloc-again.c -- calloc'd slots are dirtied and then calloc'd again.

   A calloc moved to the stack must zero its slot every time the call runs,
   not once: the slot of a loop iteration, or of a function called again,
   holds what the last use left there.  scribble () fills the stack below
   main's frame with non-zero bytes between calls, so a slot that is not
   zeroed reads garbage.  The program prints how many non-zero words it
   read where calloc promised zeroes.  */
/* { dg-do run } */
/* { dg-output "calloc-again nonzero 0 sum 1486920(\n|\r\n|\r)" } */
/* escape-heap-allocs: 0 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile int junk = 0xa5;
static unsigned long nonzero;

/* Leave non-zero bytes in the stack where the next call's frame goes.  */
__attribute__ ((noinline)) static void
scribble (void)
{
  volatile unsigned char fill[2048];
  for (int k = 0; k < (int) sizeof fill; k++)
    fill[k] = (unsigned char) (junk + k) | 1;
}

/* One calloc per call; the call leaves it dirty.  */
__attribute__ ((noinline)) static unsigned long
once (int round)
{
  int *p = calloc (64, sizeof *p);	/* { dg-message "moved to stack \\(256 bytes\\)" } */
  if (!p)
    abort ();
  for (int k = 0; k < 64; k++)
    nonzero += p[k] != 0;
  for (int k = 0; k < 64; k++)
    p[k] = junk + k + round;
  unsigned long s = (unsigned) p[round % 64];
  free (p);
  return s;
}

/* Two callocs whose lives do not overlap: GCC may give them one stack
   slot, and the second must still read zeroes.  */
__attribute__ ((noinline)) static unsigned long
twice (int round)
{
  long *a = calloc (32, sizeof *a);	/* { dg-message "moved to stack \\(256 bytes\\)" } */
  if (!a)
    abort ();
  for (int k = 0; k < 32; k++)
    nonzero += a[k] != 0;
  memset (a, junk, 32 * sizeof *a);
  unsigned long s = (unsigned long) a[round % 32] & 0xff;
  free (a);

  long *b = calloc (32, sizeof *b);	/* { dg-message "moved to stack \\(256 bytes\\)" } */
  if (!b)
    abort ();
  for (int k = 0; k < 32; k++)
    nonzero += b[k] != 0;
  b[round % 32] = round;
  s += b[round % 32];
  free (b);
  return s;
}

int
main (void)
{
  unsigned long sum = 0;
  for (int r = 0; r < 1000; r++)
    {
      scribble ();
      sum += once (r);
      scribble ();
      sum += twice (r);
    }

  /* One slot reused by every iteration of a loop.  */
  for (int r = 0; r < 1000; r++)
    {
      unsigned char *q = calloc (100, 1);	/* { dg-message "moved to stack \\(100 bytes\\)" } */
      if (!q)
	abort ();
      for (int k = 0; k < 100; k++)
	nonzero += q[k] != 0;
      memset (q, junk + r, 100);
      sum += q[r % 100];
      free (q);
    }
  printf ("calloc-again nonzero %lu sum %lu\n", nonzero, sum);
  return 0;
}
