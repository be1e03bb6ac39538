/* r-asm-stack-upper.c -- a stack switch whose asm text names the stack
   pointer in capitals, RSP (GAS takes it, and Intel syntax writes it
   so).  Like r-asm-stack-switch.c's, it gives code a stack of its own,
   and a function whose address is taken gets no slots (found by a
   review: the name was matched in lower case only).  */
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
run_on (void *top, void (*fn) (void))	/* { dg-message "leaking param: top" } */
/* { dg-message "leaking param: fn" "" { target *-*-* } 31 } */
{
  __asm__ volatile ("mov %%RSP, %%rbx\n\tmov %0, %%RSP\n\tcall *%1\n\t"
		    "mov %%rbx, %%RSP"
		    : : "r" (top), "r" (fn)
		    : "rbx", "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9",
		      "r10", "r11", "memory", "cc");
}
#endif
