/* r-signal-weakref.c -- r-signal-raise.c with the handler set through
   a weak reference to signal under another name: a registration, or a
   stack giver (sigaltstack), counts under the name it refers to as
   under its own.  Found by an adversarial hunt: the handler's slots
   overflowed a stack the plain program fit in.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <signal.h>
#include <stdlib.h>
#include <string.h>

typedef void (*handler_t) (int);
static handler_t put (int, handler_t) __attribute__ ((weakref ("signal")));

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
start (int n)
{
  put (SIGUSR1, handler);
  depth = n;
  return again (n);
}
