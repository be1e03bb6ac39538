/* r-no-stack-attribute.c -- __attribute__ ((escape_no_stack)), which
   doc/escape.md (Small stacks) asks users to put on code that runs on a
   stack the plugin cannot see: the marked function's objects and those of
   every function it calls in the file stay on the heap, and the note says
   why in the user's own terms; a function it does not call keeps its
   slots.  */
/* { dg-options "-fplugin-arg-escape-report" } */
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
helper (int n)
{
  char *b = malloc (32);	/* { dg-message "does not escape, stays on heap: may run on a small stack \\(a coroutine's, a signal handler's, a thread's of set size; or marked escape_no_stack\\)" } */
  if (!b)
    return 0;
  memset (b, n, 32);
  int r = b[n & 31];
  free (b);
  return r;
}

__attribute__ ((escape_no_stack)) int
on_coroutine (int n)
{
  int *v = malloc (sizeof *v);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  if (!v)
    return 0;
  *v = helper (n);
  int r = *v;
  free (v);
  return r;
}

int
elsewhere (int n)
{
  int *v = malloc (sizeof *v);	/* { dg-message "moved to stack \\(4 bytes\\)" } */
  if (!v)
    return 0;
  *v = n;
  int r = *v;
  free (v);
  return r;
}
