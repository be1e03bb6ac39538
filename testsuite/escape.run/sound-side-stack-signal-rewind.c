/* sound-side-stack-signal-rewind.c -- a signal handler that strands a
   segment of its own (it leaves its frames by longjmp) while the frame
   it interrupted gives back a loop iteration's objects: the rewind must
   give back only that frame's space, from the mark its iteration began
   at, and leave the top and header naming one segment, as the pop does
   (sound-side-stack-signal-longjmp.c).  F may recurse, so its objects
   are pushed: one before its loop, which lives through it, and one per
   iteration.  The handler never runs while the program is in malloc or
   free (a flag), so the plain program is async-signal-safe.  Without
   sigaltstack, so that the handler's code may push; without sibling
   calls, so that K is pushed at -O2 too.  */
/* { dg-do run } */
/* { dg-options "-fno-optimize-sibling-calls" } */
/* escape-plugin-args: -fplugin-arg-escape-side-stack=65536 */
/* { dg-output "corrupted no(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

/* K's objects that longjmp leaves are never freed, with or without the
   plugin: no leak report under AddressSanitizer.  */
const char *__asan_default_options (void);
const char *
__asan_default_options (void)
{
  return "detect_leaks=0";
}

static jmp_buf jb;
static volatile sig_atomic_t in_alloc;
static volatile unsigned long runs;

static __attribute__ ((noinline)) unsigned long
K (int strand, int n)
{
  if (n == 0)
    return 0;
  unsigned char *k = malloc (64);
  if (!k)
    abort ();
  memset (k, 0x5a, 64);
  if (strand)
    longjmp (jb, 1);
  unsigned long r = K (strand, n - 1);
  r += k[n % 64];
  free (k);
  return r;
}

static __attribute__ ((noinline)) void
H (int strand)
{
  if (!setjmp (jb))
    K (strand, 1);
}

static void
handler (int sig)
{
  (void) sig;
  if (in_alloc)
    return;
  runs++;
  H (0);
  H (0);
  if (runs & 1)
    H (1);
}

static __attribute__ ((noinline)) int
F (int n)
{
  in_alloc = 1;
  unsigned char *f = malloc (32);
  in_alloc = 0;
  if (!f)
    abort ();
  memset (f, 7, 32);
  int bad = 0;
  for (int i = 0; i < 3; i++)
    {
      in_alloc = 1;
      unsigned char *g = malloc (48);
      in_alloc = 0;
      if (!g)
	abort ();
      memset (g, i + 1, 48);
      bad |= n ? F (n - 1) : 0;
      bad |= g[i * 7] != i + 1 || f[9] != 7;
      in_alloc = 1;
      free (g);
      in_alloc = 0;
    }
  bad |= f[9] != 7;
  in_alloc = 1;
  free (f);
  in_alloc = 0;
  return bad;
}

static long
A (int depth, long iters)
{
  in_alloc = 1;
  unsigned char *a = malloc (64);
  in_alloc = 0;
  if (!a)
    abort ();
  memset (a, 0x11, 64);
  long bad = depth ? A (depth - 1, iters) : 0;
  for (long i = 0; i < iters; i++)
    {
      bad += F (1);
      for (int k = 0; k < 64; k++)
	if (a[k] != 0x11)
	  {
	    printf ("A's object overwritten: a[%d] = %#x after %ld calls\n",
		    k, a[k], i);
	    exit (1);
	  }
    }
  in_alloc = 1;
  free (a);
  in_alloc = 0;
  return bad;
}

int
main (int argc, char **argv)
{
  long iters = argc > 1 ? atol (argv[1]) : 1000000;
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_RESTART;
  sigaction (SIGALRM, &sa, NULL);
  struct itimerval it = { { 0, 20 }, { 0, 20 } };
  setitimer (ITIMER_REAL, &it, NULL);
  long bad = A (0, iters);
  struct itimerval off = { { 0, 0 }, { 0, 0 } };
  setitimer (ITIMER_REAL, &off, NULL);
  printf ("corrupted %s\n", bad ? "yes" : "no");
  return 0;
}
