/* r-signal-ignored.c -- signal (SIGPIPE, SIG_IGN), as servers write,
   sets no handler: reads and writes call nothing back
   (r-signal-io.c), and an object live across a write still moves.
   So does one in a unit that restores a default with SIG_DFL.  A
   handler set through signal's address may be any: the unit
   r-signal-io.c shows what a handler does.  */
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
  char *o = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
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
  signal (SIGPIPE, SIG_IGN);
  int r = send_block (fd, n);
  signal (SIGPIPE, SIG_DFL);
  return r;
}
