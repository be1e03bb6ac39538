/* r-budget-never-read.c -- an object budgeted after a call that may lead
   back, which later passes find is never read, has its function's
   budget undone before GCC's tail-call pass, and is deleted as GCC
   deletes it without the budget (sibcall.cc); the report says so at the
   object.  (The result's addend, a static nothing writes, hides the call
   from the analysis's own judgement of sibling calls.)  One that is read
   keeps the budget.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report -fplugin-arg-escape-alloca-budget=65536" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int debug;
static long zero;
static long pong (long n);
static long pang (long n);

__attribute__ ((noinline)) static long
ping (long n)
{
  if (n == 0)
    return 0;
  long r = pong (n - 1);
  char *p = malloc (32);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(32 bytes\\)" } */
  /* { dg-message "alloca budget of 'ping' undone: this object is never read, and is deleted as without the budget, so that a call that may lead back to it can become a sibling call; its budgeted objects stay on the heap" "" { target *-*-* } 26 } */
  memset (p, (int) r, 32);
  if (debug)
    puts (p);
  free (p);
  return r + zero;
}

__attribute__ ((noinline)) static long
pong (long n)
{
  return ping (n);
}

/* Read after the call: no sibling call either way.  */
__attribute__ ((noinline)) static long
pung (long n)
{
  if (n == 0)
    return 0;
  long r = pang (n - 1);
  char *p = malloc (32);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(32 bytes\\)" } */
  /* { dg-bogus "undone" "" { target *-*-* } 48 } */
  memset (p, (int) r, 32);
  r += ((volatile char *) p)[7];
  free (p);
  return r;
}

__attribute__ ((noinline)) static long
pang (long n)
{
  return pung (n);
}

long
run (long n)
{
  return ping (n) + pung (n);
}
