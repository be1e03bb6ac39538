/* sound-budget-undo-heap-call.c -- where the budget is undone after
   GCC's tail-call pass (sibcall.cc), each budgeted object must take the
   program's own allocation call, with the program's null test, which
   passes had taken off the alloca branch (alloca is never null).  The
   first undo made the alloca a malloc, whose null result went unseen
   once the heap ran out (hunt 41-c F6; the same malloc was 16-byte
   aligned where an AVX function's alloca, and the program's
   aligned_alloc (32, n), give 32: F7).  The ping -> relay -> ping
   recursion returns r + k, with k a static nothing writes, so GCC makes
   the call back a sibling call and the budget is undone.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "ping 0(\n|\r\n|\r)after exhaustion: -1(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

static long k;			/* never written */

static long relay_oom (long);

__attribute__ ((noinline)) static long
ping_oom (long n)
{
  int *z = malloc (8 * sizeof *z);
  if (!z)
    return -1;
  for (int i = 0; i < 8; i++)
    z[i] = i;
  long s = ((volatile int *) z)[n & 7];
  free (z);
  if (n == 0)
    return s;
  long r = relay_oom (n - 1);
  return r + k;
}

__attribute__ ((noinline)) static long
relay_oom (long n)
{
  return ping_oom (n);
}

void *held;

int
main (void)
{
  long sum = 0;
  for (int i = 0; i < 10; i++)
    sum += ping_oom (i);
  printf ("ping %ld\n", sum);
  fflush (stdout);
  long r = -1;
#ifndef __SANITIZE_ADDRESS__
  /* The heap runs out: the program's own test must see it.  */
  struct rlimit lim = { 256L << 20, 256L << 20 };
  if (setrlimit (RLIMIT_AS, &lim) != 0)
    abort ();
  for (size_t size = 1 << 20; size >= 16; size /= 2)
    for (void **p; (p = malloc (size)) != NULL;)
      {
	*p = held;
	held = p;
      }
  r = ping_oom (10);
#endif
  printf ("after exhaustion: %ld\n", r);
  return 0;
}
