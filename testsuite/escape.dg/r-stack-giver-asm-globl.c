/* r-stack-giver-asm-globl.c -- top level asm that names a static
   function (`.globl work', `.set', a `.quad work' table) lets other
   files call it, also on a stack this file gives: like one that is not
   static (r-stack-giver-exported.c).  Found by an adversarial hunt: the
   function's slots overflowed an 8 KiB coroutine stack.  An asm in a
   function's body is not read for this (doc/escape.md).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

static ucontext_t task_context, main_context;
static char stack[8192] __attribute__ ((aligned (16)));
extern void entry (void);

__attribute__ ((noinline)) static int
work (int k)
{
  char *a = malloc (4000);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  memset (a, k, 4000);
  int s = a[k];
  free (a);
  return s;
}

__asm__ (".globl work");

int
main (int argc, char **argv)	/* { dg-message "argv does not escape" } */
{
  (void) argv;
  int r = work (argc);
  getcontext (&task_context);
  task_context.uc_stack.ss_sp = stack;
  task_context.uc_stack.ss_size = sizeof stack;
  task_context.uc_link = &main_context;
  makecontext (&task_context, entry, 0);
  swapcontext (&main_context, &task_context);
  return r;
}
