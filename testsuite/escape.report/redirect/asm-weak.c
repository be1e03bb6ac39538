/* asm-weak.c -- top level asm makes foo weak, and the strong foo of an
   archive member pulled in after LTO takes its calls (hunt 39-b F2, as
   hunt 33-d's).  */
#include "lost.h"
__asm__ (".weak foo");
__attribute__ ((noinline)) void foo (char *p) { count += p[0]; }
int
main (void)
{
  __asm__ volatile ("call trigger");
  return report ();
}
