/* sound-wrapper-size-minimum.c -- wrappers that give a request of 0
   bytes a size of their own: 64 bytes, or SIZE_MAX (refused).  GCC
   makes the size a PHI of that constant and the parameter; read as the
   parameter made at least 1 (which is what libiberty's `if (n == 0)
   n = 1;' is), a call with 0 took a 1-byte slot for 64 bytes, or a
   guarded slot where the wrapper's malloc fails and its failure code
   runs (hunt 50-a: a crash, a missing "refused").  The same through a
   wrapper of an int size, and of a wrapper.  The heap allocations vary
   with the level: where IPA-CP gives a wrapper its constant 0, the
   clone's malloc (64) is moved within it.  */
/* { dg-do run } */
/* { dg-options "-Wall -Wextra -Werror -Wno-alloc-size-larger-than" } */
/* { dg-output "63 63 1023 refused 1(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SANITIZE_ADDRESS__
/* ASan's malloc aborts where the C library's returns NULL.  */
const char *
__asan_default_options (void)
{
  return "allocator_may_return_null=1";
}
#endif

jmp_buf out_of_memory;
int refusals;

__attribute__ ((noinline)) void *
at_least_64 (size_t n)
{
  size_t m;
  if (n == 0)
    m = 64;
  else
    m = n;
  void *p = malloc (m);
  if (!p)
    abort ();
  return p;
}

__attribute__ ((noinline)) void *
int_at_least_1024 (int n)
{
  void *p = malloc (n ? (size_t) n : 1024);
  if (!p)
    abort ();
  return p;
}

__attribute__ ((noinline)) void *
outer (int n)
{
  return int_at_least_1024 (n);
}

__attribute__ ((noinline)) void *
refuses_zero (size_t n)
{
  size_t m = (size_t) -1;
  if (n)
    m = n;
  void *p = malloc (m);
  if (!p)
    longjmp (out_of_memory, 1);
  return p;
}

__attribute__ ((noinline)) size_t
fixed (void)
{
  char *a = at_least_64 (0);
  char *b = at_least_64 (0);
  memset (a, 'a', 63);
  a[63] = 0;
  memset (b, 'b', 63);
  b[63] = 0;
  size_t r = strlen (a) * 1000 + strlen (b);
  free (a);
  free (b);
  return r;
}

__attribute__ ((noinline)) size_t
run_time (volatile int n)
{
  char *p = outer (n);
  memset (p, 'c', 1023);
  p[1023] = 0;
  size_t r = strlen (p);
  free (p);
  return r;
}

__attribute__ ((noinline)) int
first (volatile size_t n)
{
  char *p = refuses_zero (n);
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}

__attribute__ ((noinline)) const char *
refused (void)
{
  if (setjmp (out_of_memory))
    {
      refusals++;
      return "refused";
    }
  return first (0) ? "taken" : "zero";
}

int
main (void)
{
  size_t f = fixed ();
  printf ("%zu %zu %zu", f / 1000, f % 1000, run_time (0));
  const char *r = refused ();
  printf (" %s %d\n", r, refusals);
  return 0;
}
