/* sound-budget-syscall-sigaltstack.c -- a signal stack installed with the
   raw system call, syscall (SYS_sigaltstack, ...), is a small stack too.

   The handler recurses through objects the alloca budget would put on
   the 16 KiB signal stack, 48 KiB of them, over the bytes below it
   (stack smashing, found by a hunt).  syscall may give a stack whatever
   its number, so a unit that calls it is a unit that gives stacks: the
   handler's objects stay on the heap.  (At -O3 a clone of rec for
   run's call, which runs on the main stack only, may take the budget.)  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* { dg-output "sink=-377 bad=0(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static volatile int sink;

__attribute__ ((noinline)) static int
rec (int n)
{
  char *p = malloc (4000);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  if (!p)
    return 0;
  for (int i = 0; i < 4000; i++)
    p[i] = (char) (n + i);
  int r = 0;
  for (int i = 0; i < 4000; i += 97)
    r += p[(i * 7 + n) % 4000];
  if (n > 0)
    r += rec (n - 1);
  free (p);
  return r;
}

static void
handler (int sig)
{
  (void) sig;
  sink = rec (12);
}

__attribute__ ((noinline)) static void
run (void)
{
  char below[256];
  memset (below, 'B', sizeof below);
  char stack[16384];
  stack_t ss = { .ss_sp = stack, .ss_size = sizeof stack, .ss_flags = 0 };
  rec (1);			/* the mark, on the main stack */
  if (syscall (SYS_sigaltstack, &ss, NULL) != 0)
    {
      perror ("sigaltstack");
      exit (1);
    }
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_ONSTACK;
  sigaction (SIGUSR1, &sa, NULL);
  raise (SIGUSR1);
  int bad = 0;
  for (int i = 0; i < 256; i++)
    bad += below[i] != 'B';
  stack_t off = { .ss_flags = SS_DISABLE };
  syscall (SYS_sigaltstack, &off, NULL);
  printf ("sink=%d bad=%d\n", sink, bad);
}

int
main (void)
{
  run ();
  return 0;
}
