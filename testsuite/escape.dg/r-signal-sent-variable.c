/* r-signal-sent-variable.c -- a handler set for a signal that is not a
   constant may be one that reads and writes raise (SIGPIPE): write may
   call the writer again (r-signal-io.c).  */
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

static const int handled[] = { SIGINT, SIGTERM, SIGPIPE };

int
start (int n, int out, int count)
{
  for (int i = 0; i < count; i++)
    signal (handled[i], handler);
  fd = out;
  depth = n;
  return by_write (n);
}
