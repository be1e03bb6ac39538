/* loop-buffers.c -- per-iteration buffers in a loop of 10^6 iterations.

   Each iteration's malloc, calloc and run-time-sized malloc must reuse
   one stack slot each.  A rewrite that grew the stack every iteration
   (an alloca) would need more than 10^6 * 300 bytes and overflow the
   stack; one that let two of the buffers share a slot, or that zeroed the
   calloc'd one only once, would change the checksum.  */
/* { dg-do run } */
/* { dg-output "loop-buffers 767999504766738(\n|\r\n|\r)" } */
/* escape-heap-allocs: 0 */

#include <stdio.h>
#include <stdlib.h>

#define N 1000000

/* Not a constant: the optimizers must not fold the loop away.  */
static volatile unsigned seed = 12345;

int
main (void)
{
  unsigned long sum = 0;
  unsigned s = seed;
  for (int i = 0; i < N; i++)
    {
      unsigned char *a = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
      unsigned *z = calloc (12, sizeof *z);	/* { dg-message "moved to stack \\(48 bytes\\)" } */
      /* 1..200 bytes: always the guarded slot's small case.  */
      size_t n = 1 + (s >> 16) % 200;
      unsigned char *v = malloc (n);	/* { dg-message "moved to stack when size <= 256" } */
      if (!a || !z || !v)
	abort ();
      for (int k = 0; k < 64; k++)
	a[k] = (unsigned char) (s + k * i);
      for (size_t k = 0; k < n; k++)
	v[k] = (unsigned char) (a[k % 64] ^ k);
      /* z must read as zeroes although last iteration dirtied it.  */
      for (int k = 0; k < 12; k++)
	{
	  sum += z[k];
	  z[k] = a[k * 5] ^ (unsigned) i;
	}
      for (int k = 0; k < 12; k++)
	sum += z[k] * a[63 - k] + v[(k * 17) % n];
      s = s * 1103515245u + 12345u;
      free (v);
      free (z);
      free (a);
    }
  printf ("loop-buffers %lu\n", sum);
  return 0;
}
