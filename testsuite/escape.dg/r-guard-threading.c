/* r-guard-threading.c -- two guarded sizes in a loop, n and n + 1, whose
   guards (n > 256, n + 1 > 256) differ only for n == SIZE_MAX: GCC's
   jump threading at -O3 isolated that path, heap for one and slot for
   the other, copied the next iteration onto it, and warned about
   malloc (SIZE_MAX) and a SIZE_MAX memset and snprintf bound, a size
   only a failed malloc could have (hunt 44-d; an error under -Werror,
   plain gcc is silent).  The guards now test the size through an empty
   asm, which no pass ties to another test.  */
/* { dg-do compile } */
/* { dg-options "-O3 -Wall -fplugin-arg-escape-report" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char src[64] = "the quick brown fox";

__attribute__ ((noinline)) int
use (const char *p, size_t n)	/* { dg-message "p does not escape" } */
{
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  return s;
}

__attribute__ ((noinline)) int
f (size_t n, int k)
{
  int s = 0;
  for (int it = 0; it < k; it++)
    {
      char *p = malloc (n);	/* { dg-message "moved to stack when size <= 256" } */
      if (!p)
	abort ();
      memset (p, 0, n);
      snprintf (p, n, "%d-%s", k, src);
      s += use (p, n);
      free (p);
      char *z = malloc (n + 1);	/* { dg-message "moved to stack when size <= 256" } */
      if (!z)
	abort ();
      z[0] = 1;
      s += z[0];
      free (z);
    }
  return s;
}
