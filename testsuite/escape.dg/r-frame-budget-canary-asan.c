/* r-frame-budget-canary-asan.c -- under -fsanitize=address the stack
   protector's guard word takes a block of 32 bytes (r-frame-budget-asan.c,
   r-frame-budget-canary.c): a 16-byte slot takes 96 bytes and the guard
   32, past max-frame-size=120.  An adversarial hunt measured chains at
   1.14x max-stack-size when the guard counted 16.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fsanitize=address -fstack-protector-strong -fplugin-arg-escape-report -fplugin-arg-escape-max-frame-size=120" } */

#include <stdlib.h>

static int __attribute__ ((noinline))
consume (const char *p)	/* { dg-message "p does not escape" } */
{
  return *(const volatile char *) p == 1;
}

int
one (void)
{
  char *a = malloc (16);	/* { dg-message "does not escape, stays on heap: frame budget: max-frame-size=120 bytes reached" } */
  if (!a)
    abort ();
  *a = 1;
  int r = consume (a);
  free (a);
  return r;
}
