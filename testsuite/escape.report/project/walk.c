/* walk.c -- example project of report.exp, the unit compiled with an
   alloca budget: ping's budget is undone where GCC makes its call back
   a sibling call, so its budgeted object stays on the heap; walk keeps
   its budget.  escape-report counts ping's site as staying on the heap
   (doc/escape.md, "Report files").  */
#include <stdlib.h>
#include <string.h>

static long addend;
static long pong (long n);

__attribute__ ((noinline)) static long
ping (long n)
{
  if (n == 0)
    return 0;
  char *p = malloc (16);
  if (!p)
    abort ();
  memset (p, 1, 16);
  long k = ((volatile char *) p)[3];
  free (p);
  long r = pong (n - 1 + k - 1);
  return r + addend;
}

__attribute__ ((noinline)) static long
pong (long n)
{
  return ping (n);
}

long
walk (long n)
{
  char *p = malloc (16);
  if (!p)
    abort ();
  memset (p, (int) n, 16);
  if (n > 0)
    p[0] += (char) walk (n - 1);
  long s = ping (n);
  for (int i = 0; i < 16; i++)
    s += p[i];
  free (p);
  return s;
}
