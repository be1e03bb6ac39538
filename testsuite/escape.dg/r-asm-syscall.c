/* r-asm-syscall.c -- inline asm that makes a system call may install a
   signal stack (sigaltstack) or start a thread (clone) as syscall () may:
   its unit gives stacks, and a function whose address it takes (here a
   handler) gets no slots.  (A hunt ran such a handler's 64 KB of slots on
   a 24 KiB signal stack.)  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <signal.h>
#include <stdlib.h>
#include <string.h>

static int
install (stack_t *ss)
{
  long r;
  __asm__ volatile ("syscall" : "=a" (r) : "0" (131L), "D" (ss), "S" (0L)
		    : "rcx", "r11", "memory");
  return (int) r;
}

static volatile long sink;

static void
handler (int sig)
{
  char *p = malloc (4000);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  memset (p, sig, 4000);
  sink = ((volatile char *) p)[7];
  free (p);
}

int
setup (stack_t *ss)
{
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_ONSTACK;
  return install (ss) || sigaction (SIGUSR1, &sa, NULL);
}

/* { dg-message "leaking param: ss" "" { target *-*-* } 34 } */
