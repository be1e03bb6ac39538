/* r-signal-raise.c -- raise runs the handler before it returns, and C
   lets a handler run by raise call anything: here the function that
   raised, again, as deep as a counter says.  Once the unit sets a
   handler, raise (and kill, sigprocmask, ...) may call back,
   and a function calling it may recurse.  Found by an adversarial hunt:
   a 4096-byte slot per level overflowed a stack the plain program fit
   in.  A function that raises nothing still moves.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

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

static int __attribute__ ((noinline))
quiet (int x)
{
  char *o = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!o)
    abort ();
  memset (o, x, 64);
  int r = o[x & 63];
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
  sigaction (SIGUSR1, &sa, 0);
  depth = n;
  return again (n) + quiet (n);
}
