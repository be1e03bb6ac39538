/* sound-budget-never-read.c -- with the budget, an object that later
   passes find is never read must not keep a recursion from running in
   constant stack.  Each ping -> relay -> ping level, 10^7 deep, has an
   object that is only written and freed once IPA folds what read it (a
   use behind a static flag nothing writes, a copy back of bytes to where
   they came from).  Without the plugin GCC deletes it with its malloc
   and free, and the call back becomes a sibling call.  Budgeted, its
   free goes through the budget's frame test and its allocation through
   the budget's branches, which GCC cannot delete, and each level kept a
   frame (hunt 41-c F3, F3b, F5: a stack overflow).  So the check before
   the tail-call pass (sibcall.cc) undoes such a function's budget and
   deletes the object as GCC would, with what only it needed (hunt 42-a:
   a null test, a branch with a write in each arm, a length, a loop's
   stack restores, the pointer memset returns, an object only stored into
   another that goes, a loop that walks it with an integer induction
   variable, vectorized; hunt 42-c: a part of it written, a copy of a
   length GCC cannot bound, which _FORTIFY_SOURCE checks).  */
/* { dg-do run } */
/* { dg-options "-D_FORTIFY_SOURCE=2" } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 0(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int debug;		/* nothing writes it */
static long flagoff;
static void
nolog (long n)
{
  (void) n;
}
static void (*log_fn) (long) = nolog;	/* nothing changes it */
long glob;

/* A recursion whose levels do BEFORE, call back, do AFTER and return
   RESULT, which later passes find to be the call's result.  */
#define PING(name, before, after, result)			\
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
    before;							\
    long r = relay_##name (n - 1, acc);				\
    after;							\
    return result;						\
  }

/* Allocated after the call, read only behind the flag.  */
#define FLAGGED_OBJECT						\
  char *p = malloc (32);					\
  memset (p, (int) r, 32);					\
  if (debug)							\
    puts (p);							\
  free (p)

PING (flag, (void) 0, FLAGGED_OBJECT, r + flagoff)
/* No identity to fold: the call through a pointer nothing changes is
   the last.  */
PING (fnptr, (void) 0, FLAGGED_OBJECT; log_fn (n), r)

/* A copy of the global's bytes, copied back.  */
PING (copy_back, (void) 0,
      long *q = malloc (sizeof *q);
      memcpy (q, &glob, sizeof *q);
      if (debug)
	*q += 1;
      memcpy (&glob, q, sizeof *q);
      free (q),
      r)

/* Allocated and written before the call, freed after it: the analysis
   keeps this one off the budget (its free stands after a call that may
   become a sibling call).  */
PING (across, char *s = malloc (16); memset (s, (int) n, 16),
      if (debug)
	puts (s);
      free (s),
      r)

/* calloc, stored into through an offset.  */
PING (zeroed, (void) 0,
      int *c = calloc (4, sizeof *c);
      c[2] = (int) r;
      if (debug)
	printf ("%d\n", c[1]);
      free (c),
      r + flagoff)

/* The writes behind the program's null test.  */
PING (null_test, (void) 0,
      char *p = malloc (32);
      if (p)
	{
	  memset (p, (int) r, 32);
	  if (debug)
	    puts (p);
	}
      free (p),
      r + flagoff)

/* A write in each arm: the branch decides nothing once they go.  */
PING (both_arms, (void) 0,
      char *p = malloc (32);
      if (r & 1)
	p[0] = 1;
      else
	memset (p, 2, 32);
      if (debug)
	puts (p);
      free (p),
      r + flagoff)

/* A length computed only for the write.  */
static char text[64] = "a line of text";
PING (length, (void) 0,
      size_t len = strlen (text);
      char *p = malloc (64);
      memset (p, (int) r, len);
      if (debug)
	puts (p);
      free (p),
      r + flagoff)

/* Objects of a loop, whose space each iteration gives back.  */
PING (loop, (void) 0,
      for (int i = 0; i < 3; i++)
	{
	  char *p = malloc (32);
	  memset (p, (int) r + i, 32);
	  if (debug)
	    puts (p);
	  free (p);
	},
      r + flagoff)

/* Written through what memset and strncpy return.  */
PING (returned, (void) 0,
      char *p = malloc (64);
      char *q = memset (p, 0, 32);
      q[1] = (char) r;
      strncpy (p + 32, text, 32);
      if (debug)
	puts (p);
      free (p),
      r + flagoff)

/* Stored only into another object never read.  */
PING (chain, (void) 0,
      char *p = malloc (32);
      memset (p, 1, 32);
      char **q = malloc (16);
      q[0] = p;
      if (debug)
	puts (q[0]);
      free (q);
      free (p),
      r + flagoff)

/* Filled in a loop: GCC walks it with an integer induction variable,
   stores bytes computed from it, and ends the loop on its address.  */
PING (walked, (void) 0,
      char *p = malloc (32);
      for (int i = 0; i < 32; i += 4)
	p[i] = (char) (r + i);
      if (debug)
	puts (p);
      free (p),
      r + flagoff)

/* Filled by a loop of a length known at run time (vectorized at -O3).  */
PING (vector, (void) 0,
      int m = (int) strlen (text) + (int) (n & 7);
      int *p = malloc (sizeof (int) * 64);
      for (int i = 0; i < m; i++)
	p[i] = i * (int) r;
      if (debug)
	printf ("%d\n", p[3]);
      free (p),
      r + flagoff)

/* A field written through its address.  */
PING (field, (void) 0,
      struct named { long id; char name[24]; } *p = malloc (sizeof *p);
      p->id = r;
      memset (p->name, (int) r, (size_t) (r & 15));
      if (debug)
	puts (p->name);
      free (p),
      r + flagoff)

/* A copy whose length GCC cannot bound: __memcpy_chk.  */
PING (checked, (void) 0,
      char *p = malloc (32);
      memcpy (p, text, (size_t) glob + 20);
      if (debug)
	puts (p);
      free (p),
      r + flagoff)

static volatile long depth = 10000000;

int
main (void)
{
  long a = ping_flag (depth, 0);
  long b = ping_fnptr (depth, 0);
  long c = ping_copy_back (depth, 0);
  long d = ping_across (depth, 0);
  long e = ping_zeroed (depth, 0);
  long f = ping_null_test (depth, 0);
  long g = ping_both_arms (depth, 0);
  long h = ping_length (depth, 0);
  long i = ping_loop (depth, 0);
  long j = ping_returned (depth, 0);
  long k = ping_chain (depth, 0);
  long l = ping_walked (depth, 0);
  long m = ping_vector (depth, 0);
  long o = ping_field (depth, 0);
  long q = ping_checked (depth, 0);
  printf ("%ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld\n",
	  a, b, c, d, e, f, g, h, i, j, k, l, m, o, q, glob);
  return 0;
}
