/* r-live-patching.c -- with -flive-patching a function may be replaced
   at run time on its own, by a version that keeps what it is given or
   calls back: no callee's body is trusted (GCC keeps no facts of one
   either), only what was inlined.  The plugin used the callee's summary:
   the object moved while the patched cache kept it, and a function the
   patch made recursive held a slot per level.  Found by an adversarial
   hunt.  r-live-patching-static.c: the other level.  */
/* { dg-options "-O2 -flive-patching=inline-clone -fplugin-arg-escape-report" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Version 1 of the cache never takes the name.  */
__attribute__ ((noinline)) int
cache_offer (char *name)	/* { dg-message "name does not escape" } */
{
  (void) name;
  return 0;
}

__attribute__ ((noinline)) int
handle (int k)
{
  char *name = malloc (32);	/* { dg-message "escapes: passed to unknown function 'cache_offer'" } */
  if (!name)
    return 0;
  snprintf (name, 32, "request-%d", k);
  int n = (int) strlen (name);
  if (!cache_offer (name))
    free (name);
  return n;
}

__attribute__ ((noinline)) int
step (int n)
{
  return n - 1;
}

int
walk (int n)
{
  char *buf = malloc (64);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!buf)
    return 0;
  memset (buf, n, 64);
  int r = buf[n & 63] + step (n);
  free (buf);
  return r;
}
