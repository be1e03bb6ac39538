/* sound-stack-ucontext.c -- coroutines on small heap-allocated stacks.

   A scheduler runs its tasks as ucontext coroutines, each on a 16 KiB
   stack it allocates with malloc; below each stack it keeps a painted
   guard zone, and it checks the paint when the task ends, since a heap
   stack has no guard page to fault.  A task renders file names with
   four path buffers of 4 KiB: without the plugin they are on the heap
   and the task needs a few KiB of stack; as stack slots (within
   max-frame-size) they take the whole 16 KiB and more, and the task runs
   off its stack into the guard zone, or with a smaller guard, into
   whatever the heap holds there.  */
/* { dg-do run } */
/* { dg-output "ucontext /usr/lib/x86_64 in /usr/lib, /var/log/syslog in /var/log, guards intact(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#define STACK (16 * 1024)
#define GUARD (64 * 1024)
#define PATH 4096
#define PAINT 0xa5

struct task
{
  ucontext_t ctx;
  char *memory;			/* guard zone, then the stack */
  const char *dir, *base;
  char result[64];
};

static ucontext_t scheduler;
static struct task tasks[2];
static struct task *current;

/* Joins DIR and BASE, drops "." components; OUT gets the result and
   the directory it is in, at most 63 characters.  */
__attribute__ ((noinline)) static void
render (const char *dir, const char *base, char *out)
{
  char *joined = malloc (PATH), *clean = malloc (PATH);
  char *component = malloc (PATH), *parent = malloc (PATH);
  if (!joined || !clean || !component || !parent)
    abort ();
  snprintf (joined, PATH, "%s/%s", dir, base);
  clean[0] = '\0';
  const char *p = joined;
  while (*p)
    {
      size_t n = strcspn (p, "/");
      memcpy (component, p, n);
      component[n] = '\0';
      if (n && strcmp (component, "."))
	{
	  strcat (clean, "/");
	  strcat (clean, component);
	}
      p = p[n] ? p + n + 1 : p + n;
    }
  snprintf (parent, PATH, "%s", clean);
  char *slash = strrchr (parent, '/');
  if (slash)
    *slash = '\0';
  snprintf (out, 64, "%s in %s", clean, parent);
  free (joined);
  free (clean);
  free (component);
  free (parent);
}

static void
task_main (void)
{
  render (current->dir, current->base, current->result);
}

static void
start (struct task *t, const char *dir, const char *base)
{
  t->memory = malloc (GUARD + STACK);
  if (!t->memory)
    abort ();
  memset (t->memory, PAINT, GUARD);
  t->dir = dir;
  t->base = base;
  if (getcontext (&t->ctx))
    abort ();
  t->ctx.uc_stack.ss_sp = t->memory + GUARD;
  t->ctx.uc_stack.ss_size = STACK;
  t->ctx.uc_link = &scheduler;
  makecontext (&t->ctx, task_main, 0);
}

/* Whether T's guard zone still has its paint.  */
static int
guard_intact (const struct task *t)
{
  for (size_t i = 0; i < GUARD; i++)
    if ((unsigned char) t->memory[i] != PAINT)
      return 0;
  return 1;
}

int
main (void)
{
  start (&tasks[0], "/usr/./lib", "x86_64");
  start (&tasks[1], "/var/log", "./syslog");
  int intact = 1;
  for (int i = 0; i < 2; i++)
    {
      current = &tasks[i];
      if (swapcontext (&scheduler, &tasks[i].ctx))
	abort ();
      intact &= guard_intact (&tasks[i]);
    }
  printf ("ucontext %s, %s, guards %s\n", tasks[0].result, tasks[1].result,
	  intact ? "intact" : "OVERWRITTEN");
  for (int i = 0; i < 2; i++)
    free (tasks[i].memory);
  return 0;
}
