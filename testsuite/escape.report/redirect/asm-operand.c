/* asm-operand.c -- asm prints foo's name from an operand: `.weak %c0'
   makes foo weak, and the strong foo of weak-keeps.c takes its calls
   (hunt 39-e).  */
#include "lost.h"
__attribute__ ((noinline)) void foo (char *p) { count += p[0]; }
int
main (void)
{
  __asm__ (".weak %c0" : : "i" (foo));
  return report ();
}
