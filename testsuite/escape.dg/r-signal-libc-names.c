/* r-signal-libc-names.c -- glibc exports sigaction also as __sigaction
   (and __libc_sigaction to itself): a handler set under that name is
   a handler, and raise may run it, calling the function that raised.
   Found by an adversarial hunt: a 4096-byte slot per level.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <signal.h>
#include <stdlib.h>
#include <string.h>

extern int __sigaction (int, const struct sigaction *, struct sigaction *);

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
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_NODEFER;
  __sigaction (SIGUSR1, &sa, 0);
  depth = n;
  return again (n);
}
