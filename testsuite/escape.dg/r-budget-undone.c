/* r-budget-undone.c -- the budget checked again where GCC makes sibling
   calls (sibcall.cc): a recursion whose call back becomes a sibling call
   only once later passes fold what followed it (a static nothing
   writes, added to the result) has its budget undone, and the report
   says so at the call, as for a last call of qsort, whose comparator
   calls back (hunt 41-c F4); a last call that cannot lead back keeps
   the budget.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report -fplugin-arg-escape-alloca-budget=65536" } */

#include <stdlib.h>
#include <string.h>

static long addend;
static long pong (long n);

__attribute__ ((noinline)) static long
ping (long n)
{
  if (n == 0)
    return 0;
  char *p = malloc (16);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(16 bytes\\)" } */
  if (!p)
    abort ();
  memset (p, 1, 16);
  long k = ((volatile char *) p)[3];
  free (p);
  long r = pong (n - 1 + k - 1);	/* { dg-message "alloca budget of 'ping' undone: this call became a sibling call that may lead back to it; its budgeted objects stay on the heap" } */
  return r + addend;
}

__attribute__ ((noinline)) static long
pong (long n)
{
  return ping (n);
}

__attribute__ ((noinline)) static long
total (const char *p)		/* { dg-message "leaking param: p to result" } */
{
  long s = 0;
  for (int i = 0; i < 16; i++)
    s += p[i];
  return s;
}

long
walk (long n)
{
  char *p = malloc (16);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(16 bytes\\)" } */
  if (!p)
    abort ();
  memset (p, (int) n, 16);
  if (n > 0)
    p[0] += (char) walk (n - 1);
  return total (p);		/* { dg-bogus "undone" } */
}

static long depth;
static long pair[2];
void sort_level (long);

static int
compare (const void *a,		/* { dg-message "leaking param content: a" } */
	 const void *b)		/* { dg-message "leaking param content: b" } */
{
  long x = *(const long *) a, y = *(const long *) b;
  if (depth > 0)
    {
      depth--;
      sort_level (x + y);
    }
  return (x > y) - (x < y);
}

void
sort_level (long n)
{
  char *p = malloc (16);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(16 bytes\\)" } */
  if (!p)
    abort ();
  memset (p, (int) n, 16);
  pair[0] = ((volatile char *) p)[5];
  free (p);
  pair[1] = 1;
  qsort (pair, 2, sizeof pair[0], compare);	/* { dg-message "alloca budget of 'sort_level' undone" } */
}

long
start (long n)
{
  depth = n;
  sort_level (n);
  return ping (n) + walk (n);
}
