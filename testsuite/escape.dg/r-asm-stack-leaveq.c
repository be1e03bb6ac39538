/* r-asm-stack-leaveq.c -- r-asm-stack-leave.c spelled with AT&T's size
   suffixes, enterq and leaveq (lssq, iretq likewise).  Found by an
   adversarial hunt of the first fix, which knew only the bare names.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

static volatile int result;

static void
task (void)
{
  char *a = malloc (4096);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  if (!a)
    abort ();
  memset (a, 7, 4096);
  result = ((volatile char *) a)[result & 4095];
  free (a);
}

/* Runs FN with its stack ending at END.  */
static __attribute__ ((noinline)) void
run_on (void (*fn) (void), char *end)	/* { dg-message "leaking param: end" } */
{
  char *top = end - 24;
  __asm__ volatile ("enterq $0, $0\n\t"
		    "movq %%rbp, %%r12\n\t"
		    "movq %1, %%rbp\n\t"
		    "leaveq\n\t"
		    "call *%0\n\t"
		    "movq %%r12, %%rbp\n\t"
		    "leaveq"
		    : "+a" (fn), "+c" (top)
		    :
		    : "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12",
		      "memory", "cc");
}

int
run (char *stack, size_t size)	/* { dg-message "leaking param: stack" } */
{
  run_on (task, stack + size);
  return result;
}
