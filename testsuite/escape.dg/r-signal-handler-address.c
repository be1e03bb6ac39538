/* r-signal-handler-address.c -- a constant given to signal is no
   handler only when it is SIG_DFL, SIG_IGN or SIG_HOLD: another is an
   address, a handler's in an executable linked at a fixed one, and
   write may call it (r-signal-io.c; r-signal-ignored.c shows SIG_IGN).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile int sink;

static int __attribute__ ((noinline))
send_block (int fd, int x)
{
  char *o = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!o)
    abort ();
  memset (o, x, 4096);
  if (write (fd, o, 4096) < 0)
    sink++;
  int r = o[(x * 3) & 4095];
  free (o);
  return r;
}

int
serve (int fd, int n)
{
  signal (SIGPIPE, (void (*) (int)) 0x401136);
  return send_block (fd, n);
}
