/* sound-stack-sigaltstack.c -- a signal handler on a small alternate
   stack.

   A program dumps its state when it gets SIGUSR1 (here raised by the
   program itself, so the handler may call any function).  The handler
   runs on a 16 KiB alternate signal stack allocated with malloc, with a
   painted guard zone below it, checked after the signal: a heap stack
   has no guard page to fault.  The dump formats its lines in four 4 KiB
   buffers: without the plugin they are on the heap and the handler needs
   a few KiB of stack; as stack slots (within max-frame-size) they take
   the whole 16 KiB and more, and the handler runs off its stack into
   the guard zone, or with a smaller guard, into whatever the heap holds
   there.  */
/* { dg-do run } */
/* { dg-output "sigaltstack requests=3 errors=1 \\\[requests=3 errors=1 uptime=5\\\] guard intact(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STACK (16 * 1024)
#define GUARD (64 * 1024)
#define LINE 4096
#define PAINT 0xa5

static volatile sig_atomic_t requests, errors;
static char dump[128];

/* Formats the counters into DUMP.  */
__attribute__ ((noinline)) static void
dump_state (int uptime)
{
  char *line = malloc (LINE), *counters = malloc (LINE);
  char *timing = malloc (LINE), *all = malloc (LINE);
  if (!line || !counters || !timing || !all)
    abort ();
  snprintf (counters, LINE, "requests=%d errors=%d", (int) requests,
	    (int) errors);
  snprintf (timing, LINE, "uptime=%d", uptime);
  snprintf (line, LINE, "%s %s", counters, timing);
  snprintf (all, LINE, "[%s]", line);
  snprintf (dump, sizeof dump, "%s %s", counters, all);
  free (line);
  free (counters);
  free (timing);
  free (all);
}

static void
on_usr1 (int sig)
{
  (void) sig;
  dump_state (5);
}

int
main (void)
{
  char *memory = malloc (GUARD + STACK);
  if (!memory)
    abort ();
  memset (memory, PAINT, GUARD);
  stack_t ss = { .ss_sp = memory + GUARD, .ss_size = STACK, .ss_flags = 0 };
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sa.sa_flags = SA_ONSTACK;
  sigemptyset (&sa.sa_mask);
  if (sigaltstack (&ss, NULL) || sigaction (SIGUSR1, &sa, NULL))
    {
      puts ("sigaltstack: cannot set up the handler");
      return 1;
    }
  requests = 3;
  errors = 1;
  raise (SIGUSR1);
  int intact = 1;
  for (size_t i = 0; i < GUARD; i++)
    if ((unsigned char) memory[i] != PAINT)
      intact = 0;
  /* Done with the alternate stack: disable it before freeing it.  */
  stack_t off = { .ss_flags = SS_DISABLE };
  if (sigaltstack (&off, NULL))
    abort ();
  free (memory);
  printf ("sigaltstack %s guard %s\n", dump, intact ? "intact" : "OVERWRITTEN");
  return 0;
}
