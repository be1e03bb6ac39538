/* r-signal-io.c -- a write to a pipe whose reader is gone raises SIGPIPE
   in the writing thread before write returns (past the file size limit,
   SIGXFSZ; on a terminal, from a background job, SIGTTOU or SIGTTIN),
   and the handler may call the writer again.  Once the unit sets a
   handler, reads and writes of descriptors and streams may call back,
   as raise does.  Found by an adversarial hunt: a 4096-byte slot per
   level overflowed a stack the plain program fit in, through write,
   through fputc and fflush, and through a printf GCC made a puts.  A function that does no input or output
   still moves.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int depth, fd;
static FILE *stream;
static volatile int sink;
static int __attribute__ ((noinline)) by_write (int x);
static int __attribute__ ((noinline)) by_stream (int x);
static int __attribute__ ((noinline)) by_printf (int x);

static void
handler (int sig)
{
  (void) sig;
  if (depth > 0)
    sink += by_write (--depth) + by_stream (--depth) + by_printf (--depth);
}

static int __attribute__ ((noinline))
by_write (int x)
{
  char *o = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!o)
    abort ();
  memset (o, x, 4096);
  /* The handler is not given write's arguments: O does not escape.  */
  if (write (fd, o, 1) < 0)
    sink++;
  int r = o[(x * 3) & 4095];
  free (o);
  return r;
}

static int __attribute__ ((noinline))
by_stream (int x)
{
  char *o = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!o)
    abort ();
  memset (o, x, 4096);
  fputc (o[x & 4095], stream);
  fflush (stream);
  int r = o[(x * 5) & 4095];
  free (o);
  return r;
}

/* GCC makes printf ("x\n") a call of puts (of __builtin_puts).  */
static int __attribute__ ((noinline))
by_printf (int x)
{
  char *o = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!o)
    abort ();
  memset (o, x, 4096);
  printf ("x\n");
  int r = o[(x * 7) & 4095];
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
start (int n, int out)
{
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_NODEFER;
  sigaction (SIGPIPE, &sa, 0);
  fd = out;
  stream = fdopen (out, "w");
  depth = n;
  return by_write (n) + by_stream (n) + by_printf (n) + quiet (n);
}
