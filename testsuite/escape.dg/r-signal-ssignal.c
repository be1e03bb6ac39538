/* r-signal-ssignal.c -- r-signal-raise.c with the handler set by
   glibc's ssignal, which sets one too (so do SysV's sigset and BSD's
   sigvec).  Found by an adversarial hunt: the 4096-byte slot per level
   overflowed a stack the plain program fit in.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>

static int depth;
static volatile int sink;
static int __attribute__ ((noinline)) again (int x);

static void
handler (int sig)
{
  (void) sig;
  if (depth > 0)
    sink += again (--depth);
}

static int __attribute__ ((noinline))
again (int x)
{
  char *o = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!o)
    abort ();
  memset (o, x, 4096);
  raise (SIGUSR1);
  int r = o[(x * 3) & 4095];
  free (o);
  return r;
}

int
start (int n)
{
  ssignal (SIGUSR1, handler);
  depth = n;
  return again (n);
}
