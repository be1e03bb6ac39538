/* r-signal-sent-fcntl-pointer.c -- F_SETSIG chosen by fcntl called through a pointer (GCC makes it a direct call after the front end, whose calls the unit's registrations are read from):
   a handler of SIGUSR1 may then run inside write, and call the writer
   again (r-signal-sent-redirected.c).  Found by an adversarial hunt
   against the handlers of signals only sent: a 12 KiB chain of slots
   per level overflowed a 1 MiB stack.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
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
  int (*set) (int, int, ...) = fcntl;
  set (fd, F_SETSIG, SIGUSR1);
  fcntl (fd, F_SETFL, O_ASYNC);
  depth = n;
  return by_write (n);
}
