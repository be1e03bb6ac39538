/* sound-ptr-halves.c -- a pointer passed to a coroutine in two 32-bit
   halves, as makecontext's int arguments require.

   spawn sets up a coroutine that will run a job later; the job
   description is a heap object, and makecontext can only pass ints, so
   the pointer goes as its high and low halves, and the coroutine glues
   them back together (the portable idiom for makecontext on 64-bit
   targets).  Nothing else keeps the job, so for an analysis that does
   not follow pointers through narrower integers it stays local to
   spawn; on the stack, the coroutine, which runs after spawn returned,
   would read a dead frame.  */
/* { dg-do run } */
/* { dg-output "halves job 7: 1\\+2\\+\\.\\.\\.\\+7 = 28(\n|\r\n|\r)halves job 9: 1\\+2\\+\\.\\.\\.\\+9 = 45(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <ucontext.h>

#define STACK (64 * 1024)

struct job
{
  int id;
  int n;
};

static ucontext_t main_ctx, co_ctx[2];
static char *stacks[2];

static void
co_main (unsigned hi, unsigned lo)
{
  struct job *job = (struct job *) (((uintptr_t) hi << 32) | lo);
  int sum = 0;
  for (int i = 1; i <= job->n; i++)
    sum += i;
  printf ("halves job %d: 1+2+...+%d = %d\n", job->id, job->n, sum);
  free (job);
}

/* A context for coroutine K, on its own stack, returning to main.  (Out
   of spawn: getcontext returns twice, like setjmp, and the plugin keeps
   every allocation of such a function on the heap.)  */
__attribute__ ((noinline)) static ucontext_t *
context (int k)
{
  if (getcontext (&co_ctx[k]))
    abort ();
  co_ctx[k].uc_stack.ss_sp = stacks[k];
  co_ctx[k].uc_stack.ss_size = STACK;
  co_ctx[k].uc_link = &main_ctx;
  return &co_ctx[k];
}

__attribute__ ((noinline)) static void
spawn (int k, int id, int n)
{
  struct job *job = malloc (sizeof *job);
  if (!job)
    abort ();
  job->id = id;
  job->n = n;
  ucontext_t *ctx = context (k);
  uintptr_t p = (uintptr_t) job;
  makecontext (ctx, (void (*) (void)) co_main, 2,
	       (unsigned) (p >> 32), (unsigned) p);
}

int
main (void)
{
  for (int k = 0; k < 2; k++)
    if (!(stacks[k] = malloc (STACK)))
      abort ();
  spawn (0, 7, 7);
  spawn (1, 9, 9);
  for (int k = 0; k < 2; k++)
    if (swapcontext (&main_ctx, &co_ctx[k]))
      abort ();
  for (int k = 0; k < 2; k++)
    free (stacks[k]);
  return 0;
}
