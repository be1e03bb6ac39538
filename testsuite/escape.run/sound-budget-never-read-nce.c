/* sound-budget-never-read-nce.c -- sound-budget-never-read.c under
   -fnon-call-exceptions, where each store through an object may trap
   and so has a way to a handler: an object never read still goes, with
   that way, as GCC deletes it without the budget, and the recursion
   runs 10^7 deep in constant stack (hunt 42-a F5).  */
/* { dg-do run } */
/* { dg-options "-fnon-call-exceptions" } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "10000000 10000000 0(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int debug;		/* nothing writes it */
static long flagoff;
long glob;

#define PING(name, after, result)				\
  static long ping_##name (long, long);				\
  __attribute__ ((noinline)) static long			\
  relay_##name (long n, long acc)				\
  {								\
    return ping_##name (n, acc + 1);				\
  }								\
  __attribute__ ((noinline)) static long			\
  ping_##name (long n, long acc)				\
  {								\
    if (n == 0)							\
      return acc;						\
    long r = relay_##name (n - 1, acc);				\
    after;							\
    return result;						\
  }

/* Stores through the object, read only behind the flag.  */
PING (stores,
      char *p = malloc (32);
      p[0] = (char) r;
      p[31] = 1;
      if (debug)
	puts (p);
      free (p),
      r + flagoff)

/* A copy of the global's bytes, copied back.  */
PING (copy_back,
      long *q = malloc (sizeof *q);
      memcpy (q, &glob, sizeof *q);
      if (debug)
	*q += 1;
      memcpy (&glob, q, sizeof *q);
      free (q),
      r)

static volatile long depth = 10000000;

int
main (void)
{
  long a = ping_stores (depth, 0);
  long b = ping_copy_back (depth, 0);
  printf ("%ld %ld %ld\n", a, b, glob);
  return 0;
}
