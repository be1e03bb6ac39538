/* r-signal-dup2.c -- dup2, which closes the descriptor it replaces, and so may send SIGHUP as close does (r-signal-close.c): once a handler of SIGHUP is
   set, it may run inside the call and call the caller again.  Found
   by an adversarial hunt: with close in the library table (it calls no
   code of its own), a chain of slots overflowed a 1 MiB stack.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile int sink;
static int __attribute__ ((noinline)) closing (int fd);

static void
handler (int sig)
{
  sink += closing (sig + 100);
}

static int __attribute__ ((noinline))
closing (int fd)
{
  char *o = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!o)
    abort ();
  memset (o, fd, 4096);
  if (dup2 (1, fd) < 0)
    sink++;
  int r = o[(fd * 3) & 4095];
  free (o);
  return r;
}

int
start (int fd)
{
  signal (SIGHUP, handler);
  return closing (fd);
}
