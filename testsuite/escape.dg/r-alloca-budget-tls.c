/* r-alloca-budget-tls.c -- the budget's mark takes the TLS model a shared
   object needs, whatever -ftls-model says: with local-exec the library
   would not link (found by a hunt).  */
/* { dg-do link } */
/* { dg-options "-O2 -fPIC -shared -ftls-model=local-exec -fplugin-arg-escape-report -fplugin-arg-escape-alloca-budget=65536" } */

#include <stdlib.h>
#include <string.h>

long
down (int n)
{
  char *p = malloc (64);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(64 bytes\\)" } */
  memset (p, n, 64);
  long r = ((volatile char *) p)[10];
  if (n > 0)
    r += down (n - 1);
  free (p);
  return r;
}
