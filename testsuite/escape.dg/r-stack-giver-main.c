/* r-stack-giver-main.c -- in a file that gives stacks (here a thread's
   of set size), a function other files may name may run on one (see
   r-stack-giver-exported.c), but not main: the C library starts it on
   the main thread's stack, so what only main calls keeps its slot.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

int
configure (pthread_attr_t *attr)
/* { dg-message "leaking param: attr to result ~r0 level=1" "" { target *-*-* } 13 } */
/* { dg-message "leaking param: attr" "" { target *-*-* } 13 } */
{
  return pthread_attr_setstacksize (attr, 1 << 16);	/* { dg-message "thread stack size raised by 65536 bytes" } */
}

static __attribute__ ((noinline)) int
digest (int n)
{
  char *a = malloc (64);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  if (!a)
    abort ();
  memset (a, n, 64);
  int r = ((volatile char *) a)[n & 63];
  free (a);
  return r;
}

int
work (int n)
{
  return digest (n);
}

static __attribute__ ((noinline)) int
setup (int n)
{
  char *a = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  if (!a)
    abort ();
  memset (a, n, 32);
  int r = ((volatile char *) a)[n & 31];
  free (a);
  return r;
}

int
main (int argc, char **argv)	/* { dg-message "argv does not escape" } */
{
  (void) argv;
  return setup (argc);
}
