/* slot-sharing.c -- two slots in one loop nest must not share stack space.

   GCC 12 lets variables share a stack place when their live ranges, from
   first mention to clobber, do not meet.  Loop optimizations hoist the
   slot's address out of the loop; a clobber of the slot inside the loop
   then ended its range early, and the inner loop's slot was placed over
   the outer one while the outer one's records were still in use (found
   by the fuzzer, seed 17752).  Both allocations have run-time sizes, so
   both get guarded slots; the program prints a checksum of the outer
   records after the inner loop has written its own bytes.  */
/* { dg-do run } */
/* { dg-output "slot-sharing cf33560a01097cec(\n|\r\n|\r)" } */
/* escape-heap-allocs: 0 */

#include <stdio.h>
#include <stdlib.h>

struct rec { unsigned a, b; };

static volatile unsigned seed = 20526;

static __attribute__ ((noinline)) unsigned long
sum_bytes (const unsigned char *p, size_t n)
{
  unsigned long acc = 0;
  for (size_t i = 0; i < n; i++)
    acc = acc * 31 + p[i];
  return acc;
}

static __attribute__ ((noinline)) unsigned long
rounds (unsigned k)
{
  unsigned long acc = k;
  for (unsigned round = 0; round < 2; round++)
    {
      size_t nrec = round % 29 + 1;
      struct rec *recs = malloc (nrec * sizeof *recs);
      if (!recs)
	abort ();
      for (size_t i = 0; i < nrec; i++)
	recs[i].a = k - 14357 * i, recs[i].b = k + round;
      for (unsigned try = 0; try < 3; try++)
	{
	  size_t nbytes = try + 1;
	  unsigned char *bytes = malloc (nbytes);
	  if (!bytes)
	    abort ();
	  for (size_t i = 0; i < nbytes; i++)
	    bytes[i] = k ^ i;
	  acc += sum_bytes (bytes, nbytes);
	  free (bytes);
	}
      for (size_t i = 0; i < nrec; i++)
	acc = acc * 17 + (recs[i].a ^ recs[i].b);
      free (recs);
    }
  return acc;
}

int
main (void)
{
  unsigned long acc = 0;
  for (unsigned i = 0; i < 8; i++)
    acc = acc * 1000003 + rounds (seed + i);
  printf ("slot-sharing %016lx\n", acc);
  return 0;
}
