/* sound-budget-sibling-calls-dead-store.c -- sound-budget-sibling-calls.c
   with a store between the recursive call and the return into the
   function's own memory, which only a debugging dump reads, behind a
   flag IPA-CP makes a constant 0: into a local (ping), through a pointer
   to one of two locals (ping_ptr), by strncpy (ping_copy), into a
   temporary malloc'd object (ping_temp), through a pointer loaded from
   a local array (ping_loaded), through the pointer memset returns
   (ping_returned), and a memset of a member reached through a pointer
   to a local (ping_member).  Later passes delete the dump and the store
   (and the temporary), and the call becomes a sibling call; the plugin,
   which took the store for an obstacle, budgeted the object and the
   recursion overflowed the stack (found by two adversarial hunts, the
   second against rules that followed pointers into the function's own
   memory).  Only a store surely outside it (a global, where a parameter
   points) or a call given no pointer into it is an obstacle.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=4096 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 */
/* { dg-output "ping 10000000 160000000 160000000 160000000 160000000 160000000 160000000 160000000(\n|\r\n|\r)" } */
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

__attribute__ ((noinline)) static long pong (long n, long acc, int verbose);

__attribute__ ((noinline)) static long
ping (long n, long acc, int verbose)
{
  if (n == 0)
    return acc;
  acc = step (acc);
  struct trace t;
  long r = pong (n - 1, acc, verbose);
  t.v[0] = r;
  if (verbose)
    show (&t);
  return r;
}

__attribute__ ((noinline)) static long
pong (long n, long acc, int verbose)
{
  return ping (n, acc, verbose);
}

__attribute__ ((noinline)) static long pong_ptr (long n, long acc,
						 int verbose);

__attribute__ ((noinline)) static long
ping_ptr (long n, long acc, int verbose)
{
  if (n == 0)
    return acc;
  acc = step (acc);
  struct trace t, u;
  struct trace *which = n & 1 ? &t : &u;
  long r = pong_ptr (n - 1, acc, verbose);
  which->v[0] = r;
  if (verbose)
    show (which);
  return r;
}

__attribute__ ((noinline)) static long
pong_ptr (long n, long acc, int verbose)
{
  return ping_ptr (n, acc, verbose);
}

__attribute__ ((noinline)) static long pong_copy (long n, long acc,
						  int verbose);

__attribute__ ((noinline)) static long
ping_copy (long n, long acc, int verbose)
{
  if (n == 0)
    return acc;
  acc = step (acc);
  struct trace t;
  long r = pong_copy (n - 1, acc, verbose);
  strncpy ((char *) &t, "abcdef", (size_t) (n & 31));
  if (verbose)
    show (&t);
  return r;
}

__attribute__ ((noinline)) static long
pong_copy (long n, long acc, int verbose)
{
  return ping_copy (n, acc, verbose);
}

__attribute__ ((noinline)) static long pong_temp (long n, long acc,
						  int verbose);

__attribute__ ((noinline)) static long
ping_temp (long n, long acc, int verbose)
{
  if (n == 0)
    return acc;
  acc = step (acc);
  long r = pong_temp (n - 1, acc, verbose);
  struct trace *t = malloc (sizeof *t);	/* unchecked: a test of t would keep it */
  t->v[0] = r;
  if (verbose)
    show (t);
  free (t);
  return r;
}

__attribute__ ((noinline)) static long
pong_temp (long n, long acc, int verbose)
{
  return ping_temp (n, acc, verbose);
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
  long a = ping (n, 0, 0);
  long b = ping_ptr (n, 0, 0);
  long c = ping_copy (n, 0, 0);
  long d = ping_temp (n, 0, 0);
  long e = ping_loaded (n, 0, 0);
  long f = ping_returned (n, 0, 0);
  long g = ping_member (n, 0, 0);
  printf ("ping %ld %ld %ld %ld %ld %ld %ld %ld\n", n, a, b, c, d, e, f, g);
  return 0;
}
