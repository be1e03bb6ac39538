/* r-attribute-copy.c -- the plugin's internal marks on functions (a unit
   that switches or gives stacks) are attributes GCC knows: a declaration
   that copies a marked function's attributes, as libgomp's strong_alias
   does with __attribute__ ((copy (f))), draws no "attribute directive
   ignored" warning, which -Werror made an error (libgomp's lock.c).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -Werror=attributes -fplugin-arg-escape-report" } */

#include <stdlib.h>

int
local (int i)
{
  char *p = malloc (8);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  ((volatile char *) p)[0] = (char) i;
  int r = ((volatile char *) p)[0];
  free (p);
  return r;
}

void
g (void)
{
  __asm__ volatile ("mov %%rsp, %%rax" ::: "rax");
}

extern __typeof (g) h __attribute__ ((alias ("g"), copy (g)));
