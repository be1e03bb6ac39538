/* r-signal-sent-redirected.c -- fcntl's F_SETSIG chooses the signal a
   descriptor raises when it is ready (with O_ASYNC, in the thread whose
   write makes it so): then a handler of SIGUSR1 may run inside write,
   as one of SIGPIPE does (r-signal-io.c), and may call the writer
   again.  So may one of SIGIO, the signal F_SETSIG replaces, and one of
   a signal that is not a constant.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#define _GNU_SOURCE
#include <fcntl.h>
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
  sigaction (SIGUSR1, &sa, 0);
  fd = out;
  fcntl (fd, F_SETOWN, getpid ());
  fcntl (fd, F_SETSIG, SIGUSR1);
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) | O_ASYNC);
  depth = n;
  return by_write (n);
}
