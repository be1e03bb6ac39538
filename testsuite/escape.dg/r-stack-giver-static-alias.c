/* r-stack-giver-static-alias.c -- a static function another file may
   name through a public alias (here `alias'; #pragma weak likewise) may
   be started on a stack this file gives (r-stack-giver-exported.c).
   Found by an adversarial hunt: the task's slots overflowed a 32 KiB
   coroutine stack.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

static ucontext_t main_context, task_context;
volatile int result;

/* Another file's: returns task_entry.  */
extern void (*entry_from_other_file (void)) (void);

int
main (void)
{
  static char stack[32768];
  getcontext (&task_context);
  task_context.uc_stack.ss_sp = stack;
  task_context.uc_stack.ss_size = sizeof stack;
  task_context.uc_link = &main_context;
  makecontext (&task_context, entry_from_other_file (), 0);
  swapcontext (&main_context, &task_context);
  return result;
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

static void
task (void)
{
  result = digest (7);
}

extern void task_entry (void) __attribute__ ((alias ("task")));
