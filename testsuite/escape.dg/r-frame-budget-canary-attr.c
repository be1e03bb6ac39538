/* r-frame-budget-canary-attr.c -- the stack protector turned on for one
   function (the optimize attribute, #pragma GCC optimize) gives its
   frame the guard word too (r-frame-budget-canary.c); the function
   without it has none.  Found by an adversarial hunt: chains took 2.00x
   max-stack-size.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin-arg-escape-report -fplugin-arg-escape-max-frame-size=128" } */

#include <stdlib.h>

static int __attribute__ ((noinline))
consume (const char *p)	/* { dg-message "p does not escape" } */
{
  return *(const volatile char *) p == 1;
}

__attribute__ ((optimize ("stack-protector-strong"))) int
guarded (void)
{
  char *a = malloc (112);	/* { dg-message "moved to stack \\(112 bytes\\)" } */
  char *b = malloc (16);	/* { dg-message "does not escape, stays on heap: frame budget: max-frame-size=128 bytes reached" } */
  if (!a || !b)
    abort ();
  *a = *b = 1;
  int r = consume (a) + consume (b);
  free (a);
  free (b);
  return r;
}

int
unguarded (void)
{
  char *a = malloc (112);	/* { dg-message "moved to stack \\(112 bytes\\)" } */
  char *b = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!a || !b)
    abort ();
  *a = *b = 2;
  int r = consume (a) + consume (b);
  free (a);
  free (b);
  return r;
}
