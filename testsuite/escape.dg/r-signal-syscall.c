/* r-signal-syscall.c -- a handler set with the raw system call,
   syscall (SYS_rt_sigaction, ...), counts as one set with sigaction
   (so does a syscall whose number is not a constant): raise then may
   call back, and a function calling it may recurse.  Found by an
   adversarial hunt: a 4096-byte slot per level, 703 KiB of stack where
   the plain program took 303.  */
/* { dg-do compile { target *-*-linux* } } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

struct kernel_sigaction
{
  void (*handler) (int);
  unsigned long flags;
  void (*restorer) (void);
  unsigned long mask;
};

static int depth;
static volatile int sink;
static int __attribute__ ((noinline)) again (int x);

static void
handler (int sig)
{
  (void) sig;
  if (depth > 0)
    sink += again (--depth);
}

static int __attribute__ ((noinline))
again (int x)
{
  char *o = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!o)
    abort ();
  memset (o, x, 4096);
  raise (SIGUSR1);
  int r = o[(x * 3) & 4095];
  free (o);
  return r;
}

int
start (int n, struct kernel_sigaction *k)	/* { dg-message "leaking param: k" } */
{
  k->handler = handler;
  syscall (SYS_rt_sigaction, SIGUSR1, k, NULL, 8);
  depth = n;
  return again (n);
}
