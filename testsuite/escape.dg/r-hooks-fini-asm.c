/* r-hooks-fini-asm.c -- a destructor placed in .fini_array by top level
   asm: exit runs it on top of its caller's frames, as it runs one the
   attribute or a section attribute places, so exit may call back and a
   function calling it may recurse.  Found by an adversarial hunt: the
   destructor called the exiting function again, 112 KiB of slots live
   where max-stack-size promised 64.  A destructor the linker names
   (-Wl,-fini=) is not seen (doc/escape.md).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

static volatile int again = 1;
static volatile long sum;

void __attribute__ ((noinline))
work (int exiting)
{
  char *p = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!p)
    abort ();
  memset (p, exiting, 4096);
  sum += ((volatile char *) p)[100];
  if (exiting)
    exit (0);
  free (p);
}

void
at_end (void)
{
  if (again)
    {
      again = 0;
      work (0);
    }
}

__asm__ (".section .fini_array,\"aw\"\n\t.balign 8\n\t.quad at_end\n\t.previous");
