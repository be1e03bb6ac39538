/* r-setjmp.c -- a function that calls setjmp is not rewritten: a longjmp
   back into it could find a stack slot in any state, so its local
   allocations stay on the heap and say why.  */
/* { dg-options "-fplugin-arg-escape-report" } */
#include <setjmp.h>
#include <stdlib.h>
#include <unistd.h>

jmp_buf env;

int
calls_setjmp (void)
{
  char *p = malloc (8);			/* { dg-message "does not escape, stays on heap: function calls setjmp" } */
  if (setjmp (env))
    return 0;
  int r = read (0, p, 8);
  write (1, p, r);
  free (p);
  return r;
}

