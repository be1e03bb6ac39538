/* sound-budget-sibling-calls-dead-store-2.c -- more stores after the
   recursive call that later passes delete, as in
   sound-budget-sibling-calls-dead-store.c, each hiding the sibling call
   GCC then makes: through a pointer loaded from a local array
   (ping_loaded), through the pointer memset returns (ping_returned),
   and a memset of a member reached through a pointer to a local
   (ping_member).  Found by an adversarial hunt of the first rule, which
   followed pointers into the function's own memory and missed these;
   now only a store surely outside it (globals, where parameters point)
   or a call given no pointer into it counts as an obstacle.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=4096 */
/* escape-levels: -O2 -O3 */
/* { dg-output "ping 10000000 160000000 160000000 160000000(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct trace
{
  long v[4];
};

__attribute__ ((noinline)) static void
show (const void *t)
{
  printf ("%ld\n", *(const long *) t);
}

/* One step's work: a malloc'd buffer, used and freed.  */
static inline long
step (long acc)
{
  char *p = malloc (32);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!p)
    abort ();
  memset (p, 16, 32);
  acc += ((volatile char *) p)[5];
  free (p);
  return acc;
}

__attribute__ ((noinline)) static long pong_loaded (long, long, int);

__attribute__ ((noinline)) static long
ping_loaded (long n, long acc, int verbose)
{
  if (n == 0)
    return acc;
  acc = step (acc);
  struct trace t, u;
  struct trace *which[2] = { &t, &u };
  long r = pong_loaded (n - 1, acc, verbose);
  which[n & 1]->v[0] = r;
  if (verbose)
    show (which[n & 1]);
  return r;
}

__attribute__ ((noinline)) static long
pong_loaded (long n, long acc, int verbose)
{
  return ping_loaded (n, acc, verbose);
}

__attribute__ ((noinline)) static long pong_returned (long, long, int);

__attribute__ ((noinline)) static long
ping_returned (long n, long acc, int verbose)
{
  if (n == 0)
    return acc;
  acc = step (acc);
  char buf[32];
  long r = pong_returned (n - 1, acc, verbose);
  char *q = memset (buf, 0, 16);
  q[1] = (char) r;
  if (verbose)
    show (buf);
  return r;
}

__attribute__ ((noinline)) static long
pong_returned (long n, long acc, int verbose)
{
  return ping_returned (n, acc, verbose);
}

__attribute__ ((noinline)) static long pong_member (long, long, int);

__attribute__ ((noinline)) static long
ping_member (long n, long acc, int verbose)
{
  if (n == 0)
    return acc;
  acc = step (acc);
  struct trace t, u;
  struct trace *which = n & 1 ? &t : &u;
  long r = pong_member (n - 1, acc, verbose);
  memset (&which->v[n & 3], 0, sizeof (long));
  if (verbose)
    show (which);
  return r;
}

__attribute__ ((noinline)) static long
pong_member (long n, long acc, int verbose)
{
  return ping_member (n, acc, verbose);
}

static volatile long depth = 10000000;

int
main (void)
{
  long n = depth;
  long a = ping_loaded (n, 0, 0);
  long b = ping_returned (n, 0, 0);
  long c = ping_member (n, 0, 0);
  printf ("ping %ld %ld %ld %ld\n", n, a, b, c);
  return 0;
}
