/* r-asm-stack-register.c -- a stack switch whose asm text does not name
   the stack pointer, but an operand does: a register variable of rsp.
   Like a switch named in the text (r-asm-stack-switch.c, and RSP in
   capitals, r-asm-stack-upper.c), it gives code a stack of its own, and a
   function whose address is taken gets no slots (found by a review).  */
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
  register void *sp __asm__ ("rsp");
  __asm__ volatile ("xchg %0, %1" : "+r" (sp), "+m" (*other));
}
#endif
