/* sound-side-stack-coroutines-switch.c -- part of
   sound-side-stack-coroutines.c: the coroutines' switching, in a file of
   its own, which the main file's compile per unit does not see.  */

#include <stdlib.h>
#include <ucontext.h>

#define NCO 3
static ucontext_t sched, co[NCO];
static char carved[2][65536];
static void (*bodies[NCO]) (int);
static int finished[NCO], current;

static void
trampoline (int id)
{
  bodies[id] (id);
  finished[id] = 1;
  swapcontext (&co[id], &sched);
}

/* Coroutine ID runs BODY (ID): on a stack in this file's data for the
   first two, on one from malloc for the third.  */
void
co_start (int id, void (*body) (int))
{
  getcontext (&co[id]);
  co[id].uc_stack.ss_sp = id < 2 ? carved[id] : malloc (65536);
  if (!co[id].uc_stack.ss_sp)
    abort ();
  co[id].uc_stack.ss_size = 65536;
  co[id].uc_link = &sched;
  bodies[id] = body;
  makecontext (&co[id], (void (*) (void)) trampoline, 1, id);
}

/* Runs coroutine ID until it yields or ends; whether it has ended.  */
int
co_resume (int id)
{
  current = id;
  swapcontext (&sched, &co[id]);
  return finished[id];
}

void
co_yield (void)
{
  swapcontext (&co[current], &sched);
}
