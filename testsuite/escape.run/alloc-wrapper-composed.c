/* alloc-wrapper-composed.c -- calls of a wrapper of an allocation
   wrapper (gnulib's xzalloc, ximalloc) and of wrappers whose size is an
   int take slots; a zeroing wrapper's slot is zeroed on every call.  A
   negative int size is SIZE_MAX once the wrapper converts it, so the
   call must keep the heap, whose failure the wrapper reports: the
   guarded slot's test compares the converted size (a signed comparison
   would take the slot for -1 and never fail).
   escape.dg/r-alloc-wrapper.c checks the notes.  */
/* { dg-do run } */
/* { dg-options "-Wall -Wextra -Werror" } */
/* { dg-output "90150 0 12 refused refused 2(\n|\r\n|\r)" } */
/* escape-heap-allocs: 46 */

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
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    longjmp (out_of_memory, 1);
  return p;
}

__attribute__ ((noinline)) void *
xcalloc (size_t n, size_t size)
{
  void *p = calloc (n, size);
  if (!p)
    longjmp (out_of_memory, 1);
  return p;
}

__attribute__ ((noinline)) void *
xzalloc (size_t n)
{
  return xcalloc (n, 1);
}

__attribute__ ((noinline)) void *
ximalloc (long n)
{
  return xmalloc (n);
}

__attribute__ ((noinline)) void *
narrow (int n)
{
  void *p = malloc (n);
  if (!p)
    longjmp (out_of_memory, 1);
  return p;
}

__attribute__ ((noinline)) void *
narrow_again (int n)
{
  return narrow (n);
}

__attribute__ ((noinline)) int
sum (const char *p, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

/* Zeroed on every call: a slot reused by the loop must be cleared.  */
__attribute__ ((noinline)) int
zeroes (int rounds)
{
  int nonzero = 0;
  for (int i = 0; i < rounds; i++)
    {
      char *p = xzalloc (12);
      nonzero += sum (p, 12) != 0;
      memset (p, 0x55, 12);
      free (p);
    }
  return nonzero;
}

__attribute__ ((noinline)) int
sizes (int k)
{
  char *p = narrow_again (k);
  memset (p, 1, k);
  int r = sum (p, k);
  free (p);
  char *q = ximalloc (k / 2);
  memset (q, 2, k / 2);
  r += sum (q, k / 2);
  free (q);
  return r;
}

__attribute__ ((noinline)) int
four (int k)
{
  char *p = narrow_again (k);
  memset (p, 1, 4);
  int r = sum (p, 4);
  free (p);
  return r;
}

/* A size the caller computes at run time, -1: the wrapper fails.  */
__attribute__ ((noinline)) int
refused (volatile int k)
{
  if (setjmp (out_of_memory))
    {
      refusals++;
      return -1;
    }
  return four (k);
}

__attribute__ ((noinline)) int
constant (void)
{
  char *p = ximalloc (12);
  memset (p, 3, 12);
  int r = sum (p, 12) / 3;
  free (p);
  return r;
}

__attribute__ ((noinline)) void
run (void)
{
  int total = 0;
  for (int k = 0; k <= 300; k++)
    total += sizes (k);
  int z = zeroes (100);
  printf ("%d %d %d", total, z, constant ());
  printf (" %s", refused (-1) < 0 ? "refused" : "taken");
  printf (" %s", refused (-2) < 0 ? "refused" : "taken");
  printf (" %d\n", refusals);
}

int
main (void)
{
  if (setjmp (out_of_memory))
    {
      printf ("unexpected failure\n");
      return 1;
    }
  run ();
  return 0;
}
