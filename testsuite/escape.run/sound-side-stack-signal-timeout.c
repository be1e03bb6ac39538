/* sound-side-stack-signal-timeout.c -- a signal handler that leaves the
   code it interrupts by siglongjmp, the usual timeout (hunts 48-a and
   48-b).  Landing inside X's pop, or inside the rewind at the end of an
   iteration of Y's loop that gives back the segment the iteration
   opened, it left the pop half done: the top still named the frame's
   token while the header was already A's, so the next call at the same
   place bumped that segment and popped A's live one ("A's object
   overwritten" within about 5,000 jumps).  Now the state is read and
   written only while a word of it says busy, and a jump out of that
   window leaves the side stack off for the thread.  The handler never
   jumps while the program is in malloc or free (a flag), so the plain
   program is async-signal-safe.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-side-stack=65536 */
/* { dg-output "corrupted no(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

static sigjmp_buf jb;
static volatile sig_atomic_t in_alloc, armed;
static volatile long jumps;

static __attribute__ ((noinline)) void
X (int d)
{
  in_alloc = 1;
  char *p = malloc (16);
  in_alloc = 0;
  if (!p)
    abort ();
  memset (p, 0x5a, 16);
  if (d > 0)
    X (d - 1);
  in_alloc = 1;
  free (p);
  in_alloc = 0;
}

static __attribute__ ((noinline)) void
Y (int d)
{
  for (int i = 0; i < 3; i++)
    {
      in_alloc = 1;
      char *p = malloc (16);
      in_alloc = 0;
      if (!p)
	abort ();
      memset (p, 0x5a, 16);
      if (d > 0)
	Y (d - 1);
      in_alloc = 1;
      free (p);
      in_alloc = 0;
    }
}

/* Calls X and Y until N calls are done or A's object is seen changed.  */
static __attribute__ ((noinline)) int
B (const unsigned char *a, long n)
{
  volatile long i = 0;
  if (sigsetjmp (jb, 1))
    {
      jumps++;
      for (int k = 0; k < 64; k++)
	if (a[k] != 0x11)
	  {
	    armed = 0;
	    printf ("A's object overwritten: a[%d] = %#x after %ld jumps\n",
		    k, a[k], jumps);
	    return 1;
	  }
    }
  armed = 1;
  for (; i < n; i++)
    if (i & 2)
      X (i & 1);
    else
      Y (i & 1);
  armed = 0;
  return 0;
}

static void
on_alarm (int sig)
{
  (void) sig;
  if (armed && !in_alloc)
    {
      armed = 0;		/* no jump while one is under way */
      siglongjmp (jb, 1);
    }
}

static __attribute__ ((noinline)) int
A (int d, long n)
{
  in_alloc = 1;
  unsigned char *a = malloc (64);
  in_alloc = 0;
  if (!a)
    abort ();
  memset (a, 0x11, 64);
  int bad = d > 0 ? A (d - 1, n) : B (a, n);
  in_alloc = 1;
  free (a);
  in_alloc = 0;
  return bad;
}

int
main (int argc, char **argv)
{
  long n = argc > 1 ? atol (argv[1]) : 3000000;
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sa.sa_flags = SA_RESTART;
  sigaction (SIGALRM, &sa, NULL);
  struct itimerval it = { { 0, 20 }, { 0, 20 } };
  setitimer (ITIMER_REAL, &it, NULL);
  int bad = A (1, n);
  struct itimerval off = { { 0, 0 }, { 0, 0 } };
  setitimer (ITIMER_REAL, &off, NULL);
  printf ("corrupted %s\n", bad ? "yes" : "no");
  return 0;
}
