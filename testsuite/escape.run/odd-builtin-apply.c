/* odd-builtin-apply.c -- __builtin_apply_args, __builtin_apply and
   __builtin_return move a function's arguments and results through
   memory blocks the analysis cannot follow.

   forward () hands its arguments to keep () through __builtin_apply, and
   keep () stores p in a global: p leaks although nothing forward () does
   with p directly says so.  The plugin once summarised forward () as "p
   does not escape", moved use ()'s buffer to the stack, and main printed
   a dead frame.  Now a function that uses these builtins is not analysed:
   its own allocations escape, and its callers see unknown code.
   (GCC's own ipa-modref makes the same mistake about forward () at -O1
   and above; -fno-ipa-modref keeps the program well defined.)  */
/* { dg-do run } */
/* { dg-options "-fno-ipa-modref" } */
/* { dg-output "use 97 kept applied twice 7 back 42(\n|\r\n|\r)" } */
/* escape-heap-allocs: 2 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *kept;

__attribute__ ((noinline)) void
keep (char *p, int n)
{
  kept = p;
  (void) n;
}

__attribute__ ((noinline)) void
forward (char *p, int n)
{
  /* Its own buffer escapes too: the function is not analysed.  */
  char *tmp = malloc (8);	/* { dg-message "escapes: not analysed: __builtin_apply_args" } */
  tmp[0] = (char) n;
  __asm__ volatile ("" : : "r" (tmp) : "memory");
  free (tmp);
  void *args = __builtin_apply_args ();
  __builtin_apply ((void (*) ()) keep, args, 64);
}

__attribute__ ((noinline)) int
use (void)
{
  char *p = malloc (16);	/* { dg-message "escapes: passed to unknown function 'forward'" } */
  strcpy (p, "applied");
  forward (p, 16);
  return p[0];
}

/* Overwrites the stack where use ()'s frame was.  */
__attribute__ ((noinline)) void
clobber (void)
{
  char buf[64];
  memset (buf, 'Z', sizeof buf);
  __asm__ volatile ("" : : "r" (buf) : "memory");
}

__attribute__ ((noinline)) long
twice (long x)
{
  return 2 * x;
}

/* __builtin_return returns what __builtin_apply's block holds.  */
__attribute__ ((noinline)) long
relay (long x)
{
  void *args = __builtin_apply_args ();
  void *ret = __builtin_apply ((void (*) ()) twice, args, 64);
  __builtin_return (ret);
}

int
main (void)
{
  int r = use ();
  clobber ();
  printf ("use %d kept %s twice %ld back %d\n", r, kept, relay (3) + 1,
	  42);
  free (kept);
  return 0;
}
