/* r-signal-longjmp.c -- siglongjmp (and glibc's longjmp and _longjmp,
   the same function) restores the signal mask sigsetjmp saved: a signal
   sent while it was blocked is delivered there, before the jump, and
   its handler may call the jumping function again, one frame per
   level.  Once the unit sets a handler, a long jump may call back like
   sigprocmask.  Found by an adversarial hunt: a 4096-byte slot per
   level took 724 KiB at depth 100 where the plain program took 324.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static sigjmp_buf env;
static jmp_buf plain_env;
static volatile int levels;
static volatile long sum;

static void __attribute__ ((noinline))
by_siglongjmp (int level)
{
  char *p = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  memset (p, level, 4096);
  sum += p[level % 4096];
  free (p);
  siglongjmp (env, 1);
}

static void __attribute__ ((noinline))
by_longjmp (int level)
{
  char *p = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  memset (p, level, 4096);
  sum += p[level % 4096];
  free (p);
  longjmp (plain_env, 1);
}

static void __attribute__ ((noinline))
by_underscore_longjmp (int level)
{
  char *p = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  memset (p, level, 4096);
  sum += p[level % 4096];
  free (p);
  _longjmp (plain_env, 1);
}

static void
handler (int sig)
{
  (void) sig;
  if (levels > 0)
    {
      int level = levels--;
      kill (getpid (), SIGUSR1);	/* pending: SIGUSR1 is blocked here */
      if (level % 3 == 0)
	by_siglongjmp (level);
      else if (level % 3 == 1)
	by_longjmp (level);
      else
	by_underscore_longjmp (level);
    }
}

static int __attribute__ ((noinline))
quiet (int x)
{
  char *o = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  memset (o, x, 64);
  int r = o[x & 63];
  free (o);
  return r;
}

int
start (int n)
{
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sigaction (SIGUSR1, &sa, NULL);
  levels = n;
  if (sigsetjmp (env, 1) == 0)
    {
      sigset_t s;
      sigemptyset (&s);
      sigaddset (&s, SIGUSR1);
      sigprocmask (SIG_BLOCK, &s, NULL);
      kill (getpid (), SIGUSR1);
      sigprocmask (SIG_UNBLOCK, &s, NULL);
    }
  return quiet (n) + (int) sum;
}
