/* r-asm-stack-switch.c -- a unit that switches stacks in asm, at top
   level here (a coroutine library's switch function), gives code a
   stack of its own: a function whose address is taken, or that other
   files may name (not static), and what it calls, may run there and
   gets no slots.  What only main calls keeps its slot.
   escape.run/sound-asm-stack-switch.c runs the same with the switch in
   a function's inline asm.  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing" } */

#include <stdlib.h>

void co_switch (void **save_sp, void *new_sp);
__asm__ (".text\n.globl co_switch\nco_switch:\n"
	 "\tmovq %rsp, (%rdi)\n\tmovq %rsi, %rsp\n\tret\n");

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

int
named (void)
{
  char *b = malloc (64);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  for (int i = 0; i < 64; i++)
    b[i] = (char) (i - result);
  int r = b[result & 63];
  free (b);
  return r;
}

static __attribute__ ((noinline)) int
plain (void)
{
  char *b = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  for (int i = 0; i < 64; i++)
    b[i] = (char) (i * result);
  int r = b[result & 63];
  free (b);
  return r;
}

int
main (void)
{
  install ();
  return plain ();
}
