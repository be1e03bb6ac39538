/* asm-macro.c -- a gas macro pastes foo's name together: no word of the
   asm is foo (hunt 39-e).  */
#include "lost.h"
__asm__ (".macro mkweak a, b\n .weak \\a\\()\\b\n .endm\n mkweak fo, o");
__attribute__ ((noinline)) void foo (char *p) { count += p[0]; }
int main (void) { return report (); }
