/* sound-budget-self-copy.c -- with the budget, a recursion that GCC runs
   in constant stack through sibling calls must keep its objects off the
   budget (alloca rules sibling calls out).  Here each ping -> relay ->
   ping level, 10^7 deep, ends with a copy or a store into where a
   parameter points, after its call of relay; later passes find the copy
   or store writes what is there already (its source is its destination
   once a static nothing writes, or a constant argument, is known 0) and
   delete it, and the call becomes a sibling call.  The walk took such a
   copy for one that stays (hunt 40-d: a memcpy from a pointer made from
   an integer, after round 28's first rule; from OUT + OFF, and a store
   of out[k] into out[0], since earlier rounds): only a copy from an
   object the function allocates counts, and a store of a value loaded
   from memory it does not allocate does not.  Hunt 40-e: strncpy of
   FLAGOFF bytes, sqrt of a constant whose result goes unused (GCC folds
   builtins away), a copy from OUT into a local array and back.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "170000000 170000000 170000000 170000000 170000000 170000000(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long flagoff;

/* Each level's object, read and freed before the call.  */
#define LEVEL_OBJECT(acc)			\
  do						\
    {						\
      char *p = malloc (32);			\
      if (!p)					\
	abort ();				\
      memset (p, 16, 32);			\
      acc += ((volatile char *) p)[5];		\
      free (p);					\
    }						\
  while (0)

/* A recursion whose levels end with AFTER, which later passes delete.  */
#define PING(name, after)					\
  static long ping_##name (long, long, char *);			\
  __attribute__ ((noinline)) static long			\
  relay_##name (long n, long acc, char *out)			\
  {								\
    return ping_##name (n, acc + 1, out);			\
  }								\
  __attribute__ ((noinline)) static long			\
  ping_##name (long n, long acc, char *out)			\
  {								\
    if (n == 0)							\
      return acc;						\
    LEVEL_OBJECT (acc);						\
    long r = relay_##name (n - 1, acc, out);			\
    after;							\
    return r;							\
  }

PING (int, memcpy (out, (char *) ((uintptr_t) out + flagoff), 24))
PING (store, out[0] = out[flagoff])
PING (strncpy, strncpy (out, "abc", flagoff))
PING (sqrt, sqrt ((double) flagoff))
PING (roundtrip, char t[16]; memcpy (t, out, 16);
		 memcpy (out, t + flagoff, 16))

/* The offset a parameter that IPA-CP finds 0.  */
static long ping_off (long, long, char *, long);
__attribute__ ((noinline)) static long
relay_off (long n, long acc, char *out, long off)
{
  return ping_off (n, acc + 1, out, off);
}
__attribute__ ((noinline)) static long
ping_off (long n, long acc, char *out, long off)
{
  if (n == 0)
    return acc;
  LEVEL_OBJECT (acc);
  long r = relay_off (n - 1, acc, out, off);
  memcpy (out, out + off, 24);
  return r;
}

static volatile long depth = 10000000;
static char buf[64];

int
main (void)
{
  long a = ping_int (depth, 0, buf);
  long b = ping_off (depth, 0, buf, 0);
  long c = ping_store (depth, 0, buf);
  long d = ping_strncpy (depth, 0, buf);
  long e = ping_sqrt (depth, 0, buf);
  long f = ping_roundtrip (depth, 0, buf);
  printf ("%ld %ld %ld %ld %ld %ld\n", a, b, c, d, e, f);
  return 0;
}
