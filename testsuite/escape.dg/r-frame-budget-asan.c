/* r-frame-budget-asan.c -- under -fsanitize=address each slot gets
   AddressSanitizer's redzones, by its size, and its frame a redzone of
   its own: a 16-byte slot takes 96 bytes, and the budgets count that.
   They had counted 16: an adversarial hunt's chain of 4096 such slots
   took about 393 KiB where the budget allows 64.  Two fit 200 bytes,
   the third stays on the heap.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fsanitize=address -fplugin-arg-escape-report -fplugin-arg-escape-max-frame-size=200" } */

#include <stdlib.h>

static int __attribute__ ((noinline))
consume (const char *p)	/* { dg-message "p does not escape" } */
{
  return *(const volatile char *) p == 1;
}

int
three (void)
{
  char *a = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  char *b = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  char *c = malloc (16);	/* { dg-message "does not escape, stays on heap: frame budget: max-frame-size=200 bytes reached" } */
  if (!a || !b || !c)
    abort ();
  *a = *b = *c = 1;
  int r = consume (a) + consume (b) + consume (c);
  free (a);
  free (b);
  free (c);
  return r;
}
