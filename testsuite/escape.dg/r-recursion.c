/* r-recursion.c -- a function that may recurse keeps its local
   allocations on the heap (C stacks do not grow): directly recursive,
   and mutually recursive through a second function.  The recursive call
   is not a tail call, so -O2 cannot turn it into a loop.  A caller of the
   recursive component is not itself recursive.  */
/* { dg-options "-fplugin-arg-escape-report" } */
#include <stdlib.h>
#include <unistd.h>

int
self_recursive (int n)
{
  char *p = malloc (16);		/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  int r = read (0, p, 16);
  if (n > 0)
    r += self_recursive (n - 1);
  write (1, p, r);
  free (p);
  return r;
}

static int odd (int);

static __attribute__ ((noinline)) int
even (int n)
{
  char *p = malloc (8);			/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  int r = read (0, p, 8);
  if (n > 0)
    r += odd (n - 1);
  write (1, p, r);
  free (p);
  return r;
}

static __attribute__ ((noinline)) int
odd (int n)
{
  return n > 0 ? even (n - 1) + 1 : 0;
}

int
calls_recursion (int n)
{
  char *p = malloc (8);			/* { dg-message "moved to stack \\(8 bytes\\)" } */
  int r = read (0, p, 8) + even (n);
  write (1, p, r);
  free (p);
  return r;
}

