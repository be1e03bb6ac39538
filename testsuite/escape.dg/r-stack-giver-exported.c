/* r-stack-giver-exported.c -- in a file that gives stacks, a function
   other files may name may run on one: here spawn runs whatever another
   file passes it on a 16 KiB coroutine stack, and another file may pass
   idle_task, whose address this file never takes.  Found by an
   adversarial hunt: idle_task's four 4 KiB slots overflowed the
   coroutine's stack (likewise for sigaltstack's handlers and
   pthread_attr_setstack's threads).  Here spawn itself runs unknown
   code (the coroutine), which may call any function other files may
   name: every such function, and what it calls, gets no slots.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

static ucontext_t main_context, task_context;
volatile int result;

void
spawn (void (*fn) (void), void *stack, size_t size)
/* { dg-message "leaking param: fn" "" { target *-*-* } 21 } */
/* { dg-message "leaking param: stack" "" { target *-*-* } 21 } */
{
  getcontext (&task_context);
  task_context.uc_stack.ss_sp = stack;
  task_context.uc_stack.ss_size = size;
  task_context.uc_link = &main_context;
  makecontext (&task_context, fn, 0);
  swapcontext (&main_context, &task_context);
}

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

void
idle_task (void)
{
  result = digest (7);
}

