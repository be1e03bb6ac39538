/* sound-alloc-wrapper.c -- functions that look like allocation or free
   wrappers but do more, whose calls must stay: one that counts its
   calls, one that stops on a size it refuses, one that keeps what it
   returns in a global, one that clears the memory, a free that counts;
   and a wrapper whose way out on failure keeps its other argument and
   jumps away, so that a caller's object passed to it escapes (the
   failure is made to happen: a size malloc refuses).  Taken for
   wrappers, the counts, the refusal, the kept bytes and the zeroes
   would change, and the kept context would point into a dead frame.
   escape.dg/r-alloc-wrapper.c checks the notes.  */
/* { dg-do run } */
/* { dg-options "-Wall -Wextra -Werror" } */
/* { dg-output "counted 50 freed -50 kept 5 cleared 0 context 7 refused(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int calls, frees;
char *last;
void *context;
jmp_buf out_of_memory;

#ifdef __SANITIZE_ADDRESS__
/* ASan's malloc aborts where the C library's returns NULL.  */
const char *
__asan_default_options (void)
{
  return "allocator_may_return_null=1";
}
#endif

__attribute__ ((noinline)) void *
counted (size_t n)
{
  calls++;
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

__attribute__ ((noinline)) void
counted_free (void *p)
{
  frees--;
  free (p);
}

__attribute__ ((noinline)) void *
remembered (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  last = p;
  return p;
}

__attribute__ ((noinline)) void *
cleared (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  memset (p, 0, n);
  return p;
}

__attribute__ ((noinline)) void *
jumping (size_t n, void *ctx)
{
  void *p = malloc (n);
  if (!p)
    {
      context = ctx;
      longjmp (out_of_memory, 1);
    }
  return p;
}

__attribute__ ((noinline)) void *
bounded (size_t n)
{
  if (n > 8)
    {
      printf ("refused\n");
      exit (0);
    }
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

__attribute__ ((noinline)) static int
fill (char *p, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      p[i] = (char) i;
      s += p[i];
    }
  return s;
}

__attribute__ ((noinline)) static int
use_counted (void)
{
  char *p = counted (16);
  int r = fill (p, 16);
  counted_free (p);
  return r;
}

__attribute__ ((noinline)) static void
use_remembered (void)
{
  char *p = remembered (16);
  fill (p, 16);
}

__attribute__ ((noinline)) static int
use_cleared (void)
{
  char *p = cleared (16);
  int r = p[3];
  memset (p, 0x55, 16);
  free (p);
  return r;
}

/* The context is the caller's own object; the size is one malloc
   refuses.  */
__attribute__ ((noinline)) static int
use_jumping (size_t n)
{
  char *ctx = malloc (16);
  if (!ctx)
    abort ();
  memset (ctx, 7, 16);
  char *p = jumping (n, ctx);
  int r = fill (p, 16);
  free (p);
  free (ctx);
  return r;
}

__attribute__ ((noinline)) static int
use_bounded (size_t n)
{
  char *p = bounded (n);
  int r = fill (p, (int) n);
  free (p);
  return r;
}

/* Something else runs between the jump and the read.  */
__attribute__ ((noinline)) static int
busy (int n)
{
  volatile char scratch[512];
  for (int i = 0; i < 512; i++)
    scratch[i] = (char) (i * n);
  return scratch[n % 512];
}

int
main (void)
{
  int r = 0;
  volatile int z = 0;
  for (int i = 0; i < 50; i++)
    {
      r += use_counted ();
      z |= use_cleared ();
    }
  use_remembered ();
  busy (3);
  int kept = last[5];
  volatile size_t huge = SIZE_MAX / 2;
  if (!setjmp (out_of_memory))
    r += use_jumping (huge);
  busy (5);
  int ctx = context ? ((char *) context)[0] : -1;
  printf ("counted %d freed %d kept %d cleared %d context %d ", calls,
	  frees, kept, z, ctx);
  fflush (stdout);
  r += use_bounded (4);
  r += use_bounded (16);
  return r;
}
