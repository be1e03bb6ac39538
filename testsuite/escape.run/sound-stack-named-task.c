/* sound-stack-named-task.c -- a coroutine started from a name.

   The program looks its task up by name with dlsym and runs it as a
   makecontext coroutine on a 16 KiB stack with a guard page below.  No
   code takes the task's address, but it is exported, and unknown code
   (dlsym here; another file passing it back to this file's spawn, a
   shared library calling back) may name it: in a file that gives
   stacks, such a function may run on one.  The task's four 4 KiB
   buffers as slots took the whole stack and faulted on the guard page
   (found by an adversarial hunt; so did the same task started from
   another file).  */
/* { dg-do run } */
/* { dg-options "-rdynamic -ldl" } */
/* { dg-output "ok -508(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <ucontext.h>

#define STACK (16 * 1024)

static ucontext_t main_context, task_context;
volatile int result;

static __attribute__ ((noinline)) int
digest (int n)
{
  char *a = malloc (4096), *b = malloc (4096);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  char *c = malloc (4096), *d = malloc (4096);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  if (!a || !b || !c || !d)
    abort ();
  for (int i = 0; i < 4096; i++)
    {
      a[i] = (char) (n + i);
      b[i] = a[i] ^ 1;
      c[i] = b[i] + 2;
      d[i] = c[i] * 3;
    }
  int r = 0;
  for (int i = 0; i < 4096; i += 13)
    r += a[i] + b[i] + c[i] + d[i];
  free (a);
  free (b);
  free (c);
  free (d);
  return r;
}

void
task_checksum (void)
{
  result = digest (7);
}

/* A stack of SIZE bytes with an inaccessible page below it.  */
static void *
guarded_stack (size_t size)
{
  size_t page = 4096;
  char *m = mmap (NULL, size + page, PROT_READ | PROT_WRITE,
		  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (m == MAP_FAILED || mprotect (m, page, PROT_NONE))
    abort ();
  return m + page;
}

int
main (int argc, char **argv)
{
  const char *name = argc > 1 ? argv[1] : "task_checksum";
  void (*task) (void) = (void (*) (void)) dlsym (RTLD_DEFAULT, name);
  if (!task)
    {
      printf ("no task %s\n", name);
      return 1;
    }
  getcontext (&task_context);
  task_context.uc_stack.ss_sp = guarded_stack (STACK);
  task_context.uc_stack.ss_size = STACK;
  task_context.uc_link = &main_context;
  makecontext (&task_context, task, 0);
  swapcontext (&main_context, &task_context);
  printf ("ok %d\n", result);
  return 0;
}
