/* alias.c -- the exported foo is an alias of a static function, and
   -Wl,--defsym=foo=keeper binds it to keeper: the link judges the name
   called, not the alias's target (hunt 39-b F3).  */
#include "lost.h"
__attribute__ ((noinline, used)) void keeper (char *p) { mine = p; }
__attribute__ ((noinline)) static void impl (char *p) { count += p[0]; }
void foo (char *p) __attribute__ ((alias ("impl")));
int main (void) { return report (); }
