/* r-asm-stack-register-number.c -- r-asm-stack-register.c with the
   register variable named by GCC's number for the stack pointer, "7" on
   x86-64 (also "%7", "spl"): any name GCC reads as the stack pointer.
   Found by an adversarial hunt: a coroutine's slots overflowed its
   8 KiB stack.  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing" } */

#include <stdlib.h>

void (*start) (void);
int result;

static void
entry (void)
{
  char *b = malloc (64);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  for (int i = 0; i < 64; i++)
    b[i] = (char) (i + result);
  result = b[result & 63];
  free (b);
}

void
install (void)
{
  start = entry;
}

#if defined __x86_64__
void
swap_stack (void **other)	/* { dg-message "leaking param: other" } */
{
  register void *sp __asm__ ("7");
  __asm__ volatile ("xchg %0, %1" : "+r" (sp), "+m" (*other));
}
#endif
