/* r-signal-setter-comma.c -- a setter named other than as a direct
   call's callee, `(0, sigaction) (...)' here, which GCC makes a direct
   call after the front end's body is read for the calls' signals: what
   it sets is not known, any handler (r-signal-io.c shows SIGPIPE's).
   Found by an adversarial hunt against the handlers of signals only
   sent: the handler was not counted at all, and a chain of slots
   overflowed the stack.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int depth, fd;
static volatile int sink;
static int __attribute__ ((noinline)) by_write (int x);

static void
handler (int sig)
{
  (void) sig;
  if (depth > 0)
    sink += by_write (--depth);
}

static int __attribute__ ((noinline))
by_write (int x)
{
  char *o = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!o)
    abort ();
  memset (o, x, 4096);
  if (write (fd, o, 1) < 0)
    sink++;
  int r = o[(x * 3) & 4095];
  free (o);
  return r;
}

int
start (int n, int out)
{
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_NODEFER;
  (0, sigaction) (SIGPIPE, &sa, 0);
  fd = out;
  depth = n;
  return by_write (n);
}
