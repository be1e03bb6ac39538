/* r-signal-sent-only.c -- a handler of signals that reads and writes do
   not raise (SIGINT, SIGTERM: a command line tool's flag) runs inside
   the calls that send or unblock signals, raise here, and is otherwise
   an interruption (doc/escape.md, Assumptions): write and fputc call no
   user code, and objects live across them move.  sigsetjmp and a
   function of the program whose name starts like signal's set no
   handler.  Found by an adversarial hunt: a word counter with a SIGINT
   flag kept every object on the heap.  r-signal-io.c shows a handler of
   SIGPIPE.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t stop;
static volatile int sink;
static sigjmp_buf restart;
static int __attribute__ ((noinline)) by_raise (int x);

static void
on_int (int sig)
{
  stop = sig;
  sink += by_raise (sig);
}

void
signal_ready (void)
{
  sink++;
}

static int __attribute__ ((noinline))
by_write (int fd, int x)
{
  char *o = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
  if (!o)
    abort ();
  memset (o, x, 4096);
  if (write (fd, o, 1) < 0)
    sink++;
  int r = o[(x * 3) & 4095];
  free (o);
  return r;
}

static int __attribute__ ((noinline))
by_stream (int x)
{
  char *o = malloc (256);	/* { dg-message "moved to stack \\(256 bytes\\)" } */
  if (!o)
    abort ();
  memset (o, x, 256);
  fputc (o[x & 255], stdout);
  fflush (stdout);
  int r = o[(x * 5) & 255];
  free (o);
  return r;
}

static int __attribute__ ((noinline))
by_raise (int x)
{
  char *o = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!o)
    abort ();
  memset (o, x, 4096);
  if (x > 100)
    raise (SIGINT);
  int r = o[(x * 7) & 4095];
  free (o);
  return r;
}

int
start (int fd, int x)
{
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = on_int;
  sigaction (SIGTERM, &sa, 0);
  signal (SIGINT, on_int);
  if (sigsetjmp (restart, 1))
    return 0;
  signal_ready ();
  return by_write (fd, x) + by_stream (x) + by_raise (x);
}
