/* r-asm-call.c -- inline asm that calls code (an ABI shim's `call', a
   function's address among its operands) is a call the analysis does not
   see, to code that may call back: the function holding it may recurse
   (found by an adversarial hunt: walk recursed through the shim with a
   slot per level).  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing" } */

#include <stdlib.h>

int walk (int depth);

#if defined __x86_64__
static int
call_via_asm (int d)
{
  int r;
  __asm__ volatile ("call %P[fn]"
		    : "=a" (r), "+D" (d)
		    : [fn] "i" (walk)
		    : "rcx", "rdx", "rsi", "r8", "r9", "r10", "r11", "memory",
		      "cc");
  return r;
}
#else
static int
call_via_asm (int d)
{
  int r;
  __asm__ volatile ("" : "=r" (r) : "r" (walk), "0" (d));
  return r;
}
#endif

int
walk (int depth)
{
  char *scratch = malloc (4000); /* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  for (int i = 0; i < 4000; i++)
    scratch[i] = (char) (depth & 7);
  int r = scratch[depth % 4000];
  if (depth > 0)
    r += call_via_asm (depth - 1);
  free (scratch);
  return r;
}
