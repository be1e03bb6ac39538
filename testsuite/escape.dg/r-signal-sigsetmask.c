/* r-signal-sigsetmask.c -- BSD's sigsetmask unblocks a pending signal,
   whose handler runs inside it, as it does inside sigprocmask: once a
   handler is set, it may call the function that unblocked it again.
   glibc declares it leaf, which said it calls no code of the program.
   Found by an adversarial hunt's list of ways to deliver a signal.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wno-deprecated-declarations -fplugin-arg-escape-report" } */

#define _DEFAULT_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>

static volatile int sink;
static int __attribute__ ((noinline)) unblocking (int x);

static void
handler (int sig)
{
  sink += unblocking (sig);
}

static int __attribute__ ((noinline))
unblocking (int x)
{
  char *o = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!o)
    abort ();
  memset (o, x, 4096);
  int old = sigsetmask (0);
  int r = o[(x * 3) & 4095] + old;
  free (o);
  return r;
}

int
start (int x)
{
  signal (SIGINT, handler);
  return unblocking (x);
}
