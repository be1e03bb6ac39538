/* r-signal-sent-fault.c -- reads and writes raise more than SIGPIPE: a
   buffer in a mapping whose file was truncated raises SIGBUS inside
   fwrite (the library's own copy faults), a seccomp filter's trap
   SIGSYS inside the system call, a descriptor set to signal its owner
   SIGIO.  A handler of one of them may run inside the call and call the
   writer again; so may one of a signal that is not a constant (a
   handler set in a loop over signals).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int depth;
static volatile int sink;
static int __attribute__ ((noinline)) by_stream (int x);

static void
handler (int sig)
{
  (void) sig;
  if (depth > 0)
    sink += by_stream (--depth);
}

static int __attribute__ ((noinline))
by_stream (int x)
{
  char *o = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!o)
    abort ();
  memset (o, x, 4096);
  fwrite (o, 1, 16, stdout);
  int r = o[(x * 3) & 4095];
  free (o);
  return r;
}

int
start (int n)
{
  signal (SIGBUS, handler);
  depth = n;
  return by_stream (n);
}
