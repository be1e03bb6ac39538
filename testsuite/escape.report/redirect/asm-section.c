/* asm-section.c -- a section name carries a line `.weak foo' into the
   assembly (hunt 39-e).  */
#include "lost.h"
__attribute__ ((noinline)) void foo (char *p) { count += p[0]; }
__attribute__ ((used, section (".data.x\n\t.weak foo\n\t.section .data.x")))
int marker = 1;
int main (void) { return report (); }
