/* defsym.c -- -Wl,--defsym=foo=keeper given before the inputs, or a
   script's `foo = keeper;', with keeper compiled without -flto: the
   linker's resolution says foo is the program's own (hunt 39-b F1).  */
#include "lost.h"
__attribute__ ((noinline)) void foo (char *p) { count += p[0]; }
int main (void) { return report (); }
