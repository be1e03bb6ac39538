/* r-sibling-call.c -- a slot is never dead once mentioned, and its
   address is taken: GCC's tail-call pass keeps a call at which it is
   live, and which may use it, a call, and the function's frame stays
   below the callee's.  An object after whose allocation a call the
   program's own build may make a sibling call can come stays on the
   heap (escape.multi/sound-sibling-chain.c: a pipeline of stages that
   ran in one frame took one per stage).  */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A callee that uses memory the caller's slot may be, as far as GCC's
   tail-call pass can tell.  */
__attribute__ ((noinline)) static long
next (long x)
{
  char *b = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!b)
    return -1;
  snprintf (b, 16, "%ld", x);
  x += b[0];
  free (b);
  return x;
}

/* Freed, then a tail call: the program's build makes it a sibling
   call.  */
long
before_tail_call (long x)
{
  char *b = malloc (16);	/* { dg-message "does not escape, stays on heap: a slot would keep a later call from being a sibling call" } */
  if (!b)
    return -1;
  snprintf (b, 16, "%ld", x);
  x += b[0];
  free (b);
  return next (x);
}

/* Freed after the call: no sibling call to keep.  */
long
after_call (long x)
{
  char *b = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!b)
    return -1;
  snprintf (b, 16, "%ld", x);
  long r = next (x + b[0]);
  free (b);
  return r;
}

/* The tail call comes only on a path the allocation is not on.  */
long
other_path (long x)
{
  if (x < 0)
    return next (-x);
  char *b = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!b)
    return -1;
  snprintf (b, 16, "%ld", x);
  x += b[0];
  free (b);
  return x;
}

/* A call whose result is not returned as it is becomes no sibling
   call.  */
long
result_used (long x)
{
  char *b = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!b)
    return -1;
  snprintf (b, 16, "%ld", x);
  x += b[0];
  free (b);
  return next (x) + 1;
}

/* A builtin calls none of the program's code: a chain does not grow.  */
void
builtin_tail (long x)
{
  char *b = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!b)
    return;
  snprintf (b, 16, "%ld", x);
  x += b[0];
  free (b);
  printf ("%ld\n", x);
}

/* An unused temporary after the call: GCC deletes its malloc and free,
   and the call becomes a sibling call.  */
long
temporary_after (long x)
{
  char *b = malloc (16);	/* { dg-message "does not escape, stays on heap: a slot would keep a later call from being a sibling call" } */
  if (!b)
    return -1;
  snprintf (b, 16, "%ld", x);
  x += b[0];
  free (b);
  long r = next (x + 2);
  char *t = malloc (32);
  free (t);
  return r;
}
