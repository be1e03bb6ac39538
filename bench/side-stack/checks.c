/* checks.c -- tries to make side-stack.h's model hand out live memory
   twice, in the ways a C program leaves plain call nesting:
   - coroutines (ucontext): several contexts, on malloc'd stacks and on
     stacks carved out of main's frame, each running a recursion that
     takes objects and yields to a scheduler at random points;
   - longjmp out of a recursion that took objects, many times, then
     recursions at every depth;
   - a signal handler, run by a fast timer, whose recursion takes objects
     while the interrupted code is in the middle of its own;
   - a signal handler that leaves the code it interrupts by siglongjmp;
   - threads, each with its own region, started and ended many times.
   The recursions also run loops that give back their iterations'
   objects (ss_mark, ss_rewind), and yield, recurse, jump out or are
   interrupted inside them.
   Every object is filled with a pattern naming its owner and checked
   before it is freed; a mismatch is a model that gave a live object's
   memory away.  Each check also requires that some objects came from the
   region, so that a model that always took the heap fails.  Prints OK.  */

#define _GNU_SOURCE
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <ucontext.h>

#include "side-stack.h"

static __thread unsigned long from_region, from_heap;
static unsigned long total_region;

static int
in_region (const void *p)
{
  return (uintptr_t) p - (uintptr_t) ss_thread.base < SS_REGION;
}

static void
fill (unsigned char *p, size_t n, unsigned tag)
{
  for (size_t i = 0; i < n; i++)
    p[i] = (unsigned char) (tag * 131 + i);
}

static void
check (const unsigned char *p, size_t n, unsigned tag, const char *where)
{
  for (size_t i = 0; i < n; i++)
    if (p[i] != (unsigned char) (tag * 131 + i))
      {
	printf ("FAIL: %s: object of tag %u overwritten at byte %zu\n", where,
		tag, i);
	exit (1);
      }
}

static unsigned
rnd (unsigned *s)
{
  *s = *s * 1103515245u + 12345u;
  return *s >> 16;
}

/* ---- coroutines ---- */

#define NCO 6
static ucontext_t sched_ctx, co_ctx[NCO];
static int co_done[NCO];
static unsigned co_seed[NCO];
static int current;

static void
yield (void)
{
  swapcontext (&co_ctx[current], &sched_ctx);
}

/* A recursion that takes one or two objects per level and yields.  */
static void
co_work (int id, int depth, unsigned *seed)
{
  size_t n1 = 8 + rnd (seed) % 200, n2 = 8 + rnd (seed) % 64;
  unsigned tag = (unsigned) (id * 1000 + depth);
  unsigned char *a = ss_push (n1, SS_TOKEN);
  if (in_region (a))
    from_region++;
  else
    from_heap++;
  fill (a, n1, tag);
  if (rnd (seed) % 3 == 0)
    yield ();
  unsigned char *b = NULL;
  if (rnd (seed) % 2)
    {
      b = ss_push (n2, SS_TOKEN);
      fill (b, n2, tag + 7);
    }
  int iterations = (int) (rnd (seed) % 3);
  for (int i = 0; i < iterations; i++)
    {
      uintptr_t mark = ss_mark ();
      size_t n3 = 8 + rnd (seed) % 48;
      unsigned char *c = ss_push (n3, SS_TOKEN);
      fill (c, n3, tag + 11 + (unsigned) i);
      if (rnd (seed) % 2)
	yield ();
      if (depth > 1 && rnd (seed) % 2)
	co_work (id, depth - 2, seed);
      check (c, n3, tag + 11 + (unsigned) i, "coroutine loop");
      ss_free (c);
      ss_rewind (SS_TOKEN, mark);
    }
  if (depth > 0)
    co_work (id, depth - 1 - (int) (rnd (seed) % 2), seed);
  if (rnd (seed) % 3 == 0)
    yield ();
  check (a, n1, tag, "coroutine");
  if (b)
    {
      check (b, n2, tag + 7, "coroutine");
      ss_free (b);
    }
  ss_free (a);
  ss_pop (SS_TOKEN);
}

static void
co_main (int id)
{
  for (int r = 0; r < 200; r++)
    co_work (id, 3 + (int) (rnd (&co_seed[id]) % 12), &co_seed[id]);
  co_done[id] = 1;
  swapcontext (&co_ctx[id], &sched_ctx);
}

static void
check_coroutines (void)
{
  char carved[2][64 * 1024];	/* stacks in main's frame, above the rest */
  void *heap_stacks[NCO];
  for (int i = 0; i < NCO; i++)
    {
      getcontext (&co_ctx[i]);
      heap_stacks[i] = i < 2 ? NULL : malloc (64 * 1024);
      co_ctx[i].uc_stack.ss_sp = i < 2 ? carved[i] : heap_stacks[i];
      co_ctx[i].uc_stack.ss_size = 64 * 1024;
      co_ctx[i].uc_link = &sched_ctx;
      co_seed[i] = 77 + i;
      makecontext (&co_ctx[i], (void (*) (void)) co_main, 1, i);
    }
  unsigned s = 5;
  int left = NCO;
  while (left)
    {
      current = (int) (rnd (&s) % NCO);
      if (co_done[current])
	continue;
      /* The scheduler's own frames take objects too, between switches.  */
      unsigned char *mine = ss_push (40, SS_TOKEN);
      fill (mine, 40, 999);
      swapcontext (&sched_ctx, &co_ctx[current]);
      check (mine, 40, 999, "scheduler");
      ss_free (mine);
      if (co_done[current])
	left--;
    }
  ss_pop (SS_TOKEN);
  for (int i = 0; i < NCO; i++)
    free (heap_stacks[i]);
  printf ("coroutines: %lu objects from the region, %lu from the heap\n",
	  from_region, from_heap);
  if (!from_region)
    {
      printf ("FAIL: coroutines took nothing from the region\n");
      exit (1);
    }
}

/* ---- longjmp ---- */

static jmp_buf out;

static void
jump_work (int depth, int jump_at, unsigned tag)
{
  size_t n = 16 + (size_t) depth * 8;
  unsigned char *a = ss_push (n, SS_TOKEN);
  if (in_region (a))
    from_region++;
  fill (a, n, tag + (unsigned) depth);
  for (int i = 0; i < 2; i++)
    {
      uintptr_t mark = ss_mark ();
      unsigned char *c = ss_push (24, SS_TOKEN);
      fill (c, 24, tag + 50 + (unsigned) i);
      if (depth == jump_at && i == 1)
	longjmp (out, 1);
      check (c, 24, tag + 50 + (unsigned) i, "longjmp loop");
      ss_free (c);
      ss_rewind (SS_TOKEN, mark);
    }
  if (depth == jump_at)
    longjmp (out, 1);
  if (depth > 0)
    jump_work (depth - 1, jump_at, tag);
  check (a, n, tag + (unsigned) depth, "longjmp");
  ss_free (a);
  ss_pop (SS_TOKEN);
}

static void
check_longjmp (void)
{
  static unsigned s = 9;
  from_region = 0;
  for (volatile int r = 0; r < 3000; r++)
    {
      unsigned char *volatile mine = ss_push (24, SS_TOKEN);
      fill (mine, 24, 4242);
      volatile int depth = (int) (rnd (&s) % 20);
      volatile int jump_at
	= rnd (&s) % 2 ? (int) (rnd (&s) % (unsigned) (depth + 1)) : -1;
      if (setjmp (out) == 0)
	jump_work (depth, jump_at, (unsigned) r);
      check (mine, 24, 4242, "longjmp caller");
      ss_free (mine);
    }
  ss_pop (SS_TOKEN);
  printf ("longjmp: %lu objects from the region\n", from_region);
  if (!from_region)
    {
      printf ("FAIL: longjmp took nothing from the region\n");
      exit (1);
    }
}

/* ---- signals ---- */

static volatile sig_atomic_t handled;
static unsigned long handler_region;

static void
sig_work (int depth, unsigned tag)
{
  unsigned char *a = ss_push (32, SS_TOKEN);
  if (in_region (a))
    handler_region++;
  fill (a, 32, tag);
  for (int i = 0; i < 2; i++)
    {
      uintptr_t mark = ss_mark ();
      unsigned char *c = ss_push (16, SS_TOKEN);
      fill (c, 16, tag + 100);
      check (c, 16, tag + 100, "signal handler loop");
      ss_free (c);
      ss_rewind (SS_TOKEN, mark);
    }
  if (depth > 0)
    sig_work (depth - 1, tag + 1);
  check (a, 32, tag, "signal handler");
  ss_free (a);
  ss_pop (SS_TOKEN);
}

static void
on_alarm (int sig)
{
  (void) sig;
  sig_work (6, 5000 + (unsigned) handled);
  handled++;
}

static void
main_work (int depth, unsigned *seed)
{
  /* The loop first: its iterations open the frame's segment.  */
  for (int i = 0; i < 3; i++)
    {
      uintptr_t mark = ss_mark ();
      size_t n2 = 8 + rnd (seed) % 40;
      unsigned tag2 = rnd (seed);
      unsigned char *c = ss_push (n2, SS_TOKEN);
      fill (c, n2, tag2);
      if (depth > 2 && i == 1)
	main_work (depth - 3, seed);
      check (c, n2, tag2, "interrupted loop");
      ss_free (c);
      ss_rewind (SS_TOKEN, mark);
    }
  size_t n = 8 + rnd (seed) % 100;
  unsigned tag = rnd (seed);
  unsigned char *a = ss_push (n, SS_TOKEN);
  fill (a, n, tag);
  if (depth > 0)
    main_work (depth - 1, seed);
  check (a, n, tag, "interrupted code");
  ss_free (a);
  ss_pop (SS_TOKEN);
}

/* The calling thread's mask of SIGALRM: main blocks it, so that the
   process's timer signals go to the check that asks for them.  */
static void
mask_alarms (int how)
{
  sigset_t alarm;
  sigemptyset (&alarm);
  sigaddset (&alarm, SIGALRM);
  pthread_sigmask (how, &alarm, NULL);
}

/* HANDLER on SIGALRM every USEC microseconds, in this thread.  */
static void
start_alarms (void (*handler) (int), long usec)
{
  mask_alarms (SIG_UNBLOCK);
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sigaction (SIGALRM, &sa, NULL);
  struct itimerval it = { { 0, usec }, { 0, usec } };
  setitimer (ITIMER_REAL, &it, NULL);
}

static void
stop_alarms (void)
{
  struct itimerval off = { { 0, 0 }, { 0, 0 } };
  setitimer (ITIMER_REAL, &off, NULL);
  signal (SIGALRM, SIG_DFL);
}

static void
check_signals (void)
{
  start_alarms (on_alarm, 50);
  unsigned s = 3;
  while (handled < 2000)
    main_work (8, &s);
  stop_alarms ();
  printf ("signals: %d handlers ran, %lu of their objects from the region\n",
	  (int) handled, handler_region);
  if (!handler_region)
    {
      printf ("FAIL: the handlers took nothing from the region\n");
      exit (1);
    }
}

/* ---- a handler that jumps out (a timeout) ---- */

static sigjmp_buf timeout;
static volatile sig_atomic_t in_heap, armed, jumps;
static unsigned long timeout_region;

static void
on_timeout (int sig)
{
  (void) sig;
  /* Not while the code is in malloc or free, which are not
     async-signal-safe: the plain program is correct.  */
  if (in_heap || !armed)
    return;
  armed = 0;
  jumps++;
  siglongjmp (timeout, 1);
}

static void
timed_work (int depth)
{
  in_heap = 1;
  unsigned char *x = ss_push (16, SS_TOKEN);
  in_heap = 0;
  if (in_region (x))
    timeout_region++;
  fill (x, 16, 7000 + (unsigned) depth);
  if (depth > 0)
    timed_work (depth - 1);
  check (x, 16, 7000 + (unsigned) depth, "timed out code");
  in_heap = 1;
  ss_free (x);
  in_heap = 0;
  ss_pop (SS_TOKEN);
}

static void
time_out (const unsigned char *held)
{
  sigsetjmp (timeout, 1);
  check (held, 64, 6000, "code around the timeout");
  while (jumps < 2000)
    {
      armed = 1;
      timed_work (2);
      check (held, 64, 6000, "code around the timeout");
    }
  armed = 0;
}

static void
hold (int depth)
{
  in_heap = 1;
  unsigned char *a = ss_push (64, SS_TOKEN);
  in_heap = 0;
  fill (a, 64, 6000);
  if (depth > 0)
    hold (depth - 1);
  else
    time_out (a);
  check (a, 64, 6000, "code around the timeout");
  in_heap = 1;
  ss_free (a);
  in_heap = 0;
  ss_pop (SS_TOKEN);
}

/* A handler that leaves the code it interrupted by siglongjmp (a
   timeout): when it lands inside a push, pop or rewind, the state must
   not be left half written for the frames that run after the jump.  */
static void
check_timeouts (void)
{
  start_alarms (on_timeout, 20);
  hold (2);
  stop_alarms ();
  printf ("timeouts: %d jumps, %lu objects from the region\n", (int) jumps,
	  timeout_region);
  if (!timeout_region)
    {
      printf ("FAIL: the timed out code took nothing from the region\n");
      exit (1);
    }
}

/* ---- threads ---- */

static void *
thread_main (void *arg)
{
  unsigned s = (unsigned) (uintptr_t) arg;
  for (int r = 0; r < 50; r++)
    main_work (10, &s);
  unsigned char *p = ss_push (64, SS_TOKEN);
  unsigned long mine = in_region (p);
  ss_free (p);
  ss_pop (SS_TOKEN);
  __atomic_add_fetch (&total_region, mine, __ATOMIC_RELAXED);
  return NULL;
}

static void
check_threads (void)
{
  for (int r = 0; r < 200; r++)
    {
      pthread_t t[4];
      for (int i = 0; i < 4; i++)
	pthread_create (&t[i], NULL, thread_main,
			(void *) (uintptr_t) (r * 4 + i));
      for (int i = 0; i < 4; i++)
	pthread_join (t[i], NULL);
    }
  printf ("threads: %lu of 800 threads took from their region\n",
	  total_region);
  if (total_region != 800)
    {
      printf ("FAIL: a thread did not get a region\n");
      exit (1);
    }
}

/* Each check in a thread of its own, with a region of its own: what one
   leaves on the region (a longjmp's segments, a coroutine's) does not
   decide what the next one can take.  */
static void *
run_check (void *check)
{
  ((void (*) (void)) check) ();
  return NULL;
}

int
main (void)
{
  void (*checks[]) (void) = { check_coroutines, check_longjmp, check_signals,
			      check_timeouts, check_threads };
  mask_alarms (SIG_BLOCK);
  pthread_attr_t attr;
  pthread_attr_init (&attr);
  pthread_attr_setstacksize (&attr, 1 << 20);
  for (size_t i = 0; i < sizeof checks / sizeof *checks; i++)
    {
      pthread_t t;
      if (pthread_create (&t, &attr, run_check, (void *) checks[i]) != 0)
	{
	  printf ("FAIL: no thread\n");
	  return 1;
	}
      pthread_join (t, NULL);
    }
  printf ("OK\n");
  return 0;
}
