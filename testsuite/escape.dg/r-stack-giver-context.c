/* r-stack-giver-context.c -- swapcontext and setcontext switch to the
   stack a context holds, which need not come from makecontext: here
   getcontext fills one and the program points its stack and
   instruction pointers at a 16 KiB stack and an entry.  A unit that
   calls them gives stacks.  Found by an adversarial hunt: entry's
   slots overflowed the 16 KiB stack.  */
/* { dg-do compile { target x86_64-*-linux* } } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

static ucontext_t main_context, task_context;
static volatile int result;

static __attribute__ ((noinline)) int
digest (int n)
{
  char *a = malloc (4096);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  if (!a)
    abort ();
  memset (a, n, 4096);
  int r = ((volatile char *) a)[n & 4095];
  free (a);
  return r;
}

static void
entry (void)
{
  result = digest (7);
  setcontext (&main_context);
}

static void
start (char *stack, size_t size)	/* { dg-message "leaking param: stack" } */
{
  getcontext (&task_context);
  task_context.uc_mcontext.gregs[REG_RSP]
    = (greg_t) (uintptr_t) (stack + size - 8);
  task_context.uc_mcontext.gregs[REG_RIP] = (greg_t) (uintptr_t) entry;
  swapcontext (&main_context, &task_context);
}

int
run (char *stack, size_t size)	/* { dg-message "leaking param: stack" } */
{
  start (stack, size);
  return result;
}
