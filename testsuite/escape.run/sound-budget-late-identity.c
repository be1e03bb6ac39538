/* sound-budget-late-identity.c -- with the budget, a recursion that GCC
   runs in constant stack through sibling calls must keep its objects off
   the budget (alloca rules sibling calls out).  Each ping -> relay ->
   ping level, 10^7 deep, ends with a result or a stored value combined
   with one that later passes find to be the operation's identity: a
   static nothing writes (0, or 1 for a product), or a parameter IPA-CP
   finds always 0.  The analysis takes the sum for a statement that stays
   (hunt 40-e F3, F6); GCC's tail-call pass then finds the call a sibling
   call, and the check after it (sibcall.cc) undoes the budget of the
   function: its objects take the heap, and the recursion runs in
   constant stack as it does without the plugin.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "100000000 100000000 100000000 100000000(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long flagoff;
static long flagone = 1;

/* Each level's object, read and freed before the call.  */
#define LEVEL_OBJECT(acc)			\
  do						\
    {						\
      char *p = malloc (32);			\
      if (!p)					\
	abort ();				\
      memset (p, 9, 32);			\
      acc += ((volatile char *) p)[5];		\
      free (p);					\
    }						\
  while (0)

/* A recursion whose levels end with AFTER and return RESULT, which later
   passes find to be r.  */
#define PING(name, after, result)				\
  static long ping_##name (long, long, long *);			\
  __attribute__ ((noinline)) static long			\
  relay_##name (long n, long acc, long *out)			\
  {								\
    return ping_##name (n, acc + 1, out);			\
  }								\
  __attribute__ ((noinline)) static long			\
  ping_##name (long n, long acc, long *out)			\
  {								\
    if (n == 0)							\
      return acc;						\
    LEVEL_OBJECT (acc);						\
    long r = relay_##name (n - 1, acc, out);			\
    after;							\
    return result;						\
  }

PING (sum, (void) 0, r + flagoff)
PING (product, (void) 0, r * flagone)
PING (store, out[0] = out[0] + flagoff, r)

/* The addend a parameter that IPA-CP finds 0.  */
static long ping_param (long, long, long *, long);
__attribute__ ((noinline)) static long
relay_param (long n, long acc, long *out, long k)
{
  return ping_param (n, acc + 1, out, k);
}
__attribute__ ((noinline)) static long
ping_param (long n, long acc, long *out, long k)
{
  if (n == 0)
    return acc;
  LEVEL_OBJECT (acc);
  long r = relay_param (n - 1, acc, out, k);
  return r + k;
}

static volatile long depth = 10000000;
static long cell;

int
main (void)
{
  long a = ping_sum (depth, 0, &cell);
  long b = ping_product (depth, 0, &cell);
  long c = ping_store (depth, 0, &cell);
  long d = ping_param (depth, 0, &cell, 0);
  printf ("%ld %ld %ld %ld\n", a, b, c, d);
  return 0;
}
