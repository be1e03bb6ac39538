/* r-interproc.c -- callers use their callees' summaries, computed
   bottom-up over the call graph.  A buffer passed down three helpers that
   do not keep it stays local; one passed to a helper that stores it in a
   global escapes.  Mutually recursive helpers are one component and
   iterate to a fixed point.  A call through a local table whose entries
   are all functions of this unit uses the union of their summaries; a
   call through a pointer from outside sends its arguments to the heap.
   A variadic argument of a unit function is not tracked through va_arg.  */
/* { dg-options "-fplugin-arg-escape-report" } */
#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

extern void use (void *);

static __attribute__ ((noinline)) int
depth3 (char *p, int n)			/* { dg-message "p does not escape" } */
{
  return read (0, p, n);
}

static __attribute__ ((noinline)) int
depth2 (char *p, int n)			/* { dg-message "p does not escape" } */
{
  return depth3 (p, n) + 1;
}

/* Passes an interior pointer on: still the same object.  */
static __attribute__ ((noinline)) int
depth1 (char *p, int n)			/* { dg-message "p does not escape" } */
{
  return depth2 (p + 1, n - 1);
}

int
down_three_helpers (void)
{
  char *b = malloc (64);		/* { dg-message "moved to stack \\(64 bytes\\)" } */
  int r = depth1 (b, 64);
  write (1, b, r);
  free (b);
  return r;
}

char *kept;

static __attribute__ ((noinline)) void
keep (char *p)				/* { dg-message "leaking param: p" } */
{
  kept = p;
}

void
to_keeper (void)
{
  keep (malloc (64));			/* { dg-message "escapes: passed to 'keep' \\(parameter 1 leaks\\)" } */
}

/* ping and pong call each other and keep nothing.  */
static int pong (char *, int);

static __attribute__ ((noinline)) int
ping (char *p, int k)			/* { dg-message "leaking param content: p" } */
{
  return k ? pong (p, k - 1) : read (0, p, 1);
}

static __attribute__ ((noinline)) int
pong (char *p, int k)			/* { dg-message "leaking param content: p" } */
{
  return k ? ping (p, k - 1) : write (1, p, 1);
}

int
mutual_local (int k)
{
  char *b = malloc (8);			/* { dg-message "moved to stack \\(8 bytes\\)" } */
  int r = ping (b, k);
  free (b);
  return r;
}

/* Only tock stores, but the leak reaches tick through the cycle.  */
static int tock (char *, int);

static __attribute__ ((noinline)) int
tick (char *p, int k)			/* { dg-message "leaking param: p" } */
{
  return k ? tock (p, k - 1) : 0;
}

static __attribute__ ((noinline)) int
tock (char *p, int k)			/* { dg-message "leaking param: p" } */
{
  if (k == 1)
    kept = p;
  return k ? tick (p, k - 1) : 1;
}

int
mutual_leak (int k)
{
  return tick (malloc (8), k);		/* { dg-message "escapes: passed to 'tick' \\(parameter 1 leaks\\)" } */
}

static __attribute__ ((noinline)) int
fill (char *p)				/* { dg-message "p does not escape" } */
{
  return read (0, p, 8);
}

static __attribute__ ((noinline)) int
show (char *p)				/* { dg-message "leaking param content: p" } */
{
  return write (1, p, 8);
}

static __attribute__ ((noinline)) int
stash (char *p)				/* { dg-message "leaking param: p" } */
{
  kept = p;
  return 0;
}

int
local_table_known (int i)
{
  int (*const tab[2]) (char *) = { fill, show };
  char *b = malloc (8);			/* { dg-message "moved to stack \\(8 bytes\\)" } */
  int r = tab[i & 1] (b);
  free (b);
  return r;
}

/* One entry of the table keeps its argument: the union leaks.  */
int
local_table_one_leaks (int i)
{
  int (*const tab[3]) (char *) = { fill, show, stash };
  char *b = malloc (8);			/* { dg-message "escapes: " } */
  return tab[i % 3] (b);
}

extern int (*hook) (char *);

int
through_unknown_pointer (void)
{
  char *b = malloc (8);			/* { dg-message "escapes: passed to an unknown function through a pointer" } */
  int r = hook (b);
  free (b);
  return r;
}

static void
vkeep (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  use (va_arg (ap, void *));
  va_end (ap);
}

void
via_variadic (void)
{
  vkeep (1, malloc (8));		/* { dg-message "escapes: passed to variadic 'vkeep'" } */
}

