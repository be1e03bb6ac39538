/* r-frame-budget-alignment.c -- each slot is a variable of its own,
   aligned like malloc's memory, so a 1-byte object takes 16 bytes of the
   frame on x86-64, and of max-frame-size and max-stack-size too.  The
   budgets had counted the objects' bytes: an adversarial hunt's chain of
   8192 1-byte slots took twice max-stack-size and overflowed a stack the
   plain program fit in.  Here three 16-byte places fit 48 bytes, the
   fourth object stays on the heap.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin-arg-escape-report -fplugin-arg-escape-max-frame-size=48" } */

#include <stdlib.h>

static int __attribute__ ((noinline))
consume (const char *p)	/* { dg-message "p does not escape" } */
{
  return *(const volatile char *) p == 1;
}

int
four (void)
{
  int r = 0;
  char *a = malloc (1);	/* { dg-message "moved to stack \\(1 byte\\)" } */
  char *b = malloc (1);	/* { dg-message "moved to stack \\(1 byte\\)" } */
  char *c = malloc (1);	/* { dg-message "moved to stack \\(1 byte\\)" } */
  char *d = malloc (1);	/* { dg-message "does not escape, stays on heap: frame budget: max-frame-size=48 bytes reached" } */
  if (!a || !b || !c || !d)
    abort ();
  *a = *b = *c = *d = 1;
  r = consume (a) + consume (b) + consume (c) + consume (d);
  free (a);
  free (b);
  free (c);
  free (d);
  return r;
}
