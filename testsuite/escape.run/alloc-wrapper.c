/* alloc-wrapper.c -- calls of the program's allocation wrappers take
   slots, calls of its free wrapper go with them: a malloc wrapper that
   exits when malloc fails, a calloc wrapper whose slot is zeroed on
   every call, one with the caller's name for its message, a run-time
   size through a guarded slot (the heap's way still through the
   wrapper), a slot grown by realloc, libiberty's wrapper that makes a
   size of 0 one byte, a static wrapper GCC inlines at some levels and
   not at others.  What is returned stays on the heap.
   escape.dg/r-alloc-wrapper.c checks the notes.  */
/* { dg-do run } */
/* { dg-options "-Wall -Wextra -Werror" } */
/* { dg-output "201600 0 28 235624 862 2100 105 1 ab(\n|\r\n|\r)" } */
/* escape-heap-allocs: 351 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (__builtin_expect (!p, 0))
    {
      perror ("xmalloc");
      exit (1);
    }
  return p;
}

__attribute__ ((noinline)) void *
xcalloc (size_t n, size_t size)
{
  void *p = calloc (n, size);
  if (p == NULL)
    abort ();
  return p;
}

__attribute__ ((noinline)) void *
emalloc (size_t n, const char *where)
{
  void *p = malloc (n);
  if (!p)
    {
      fprintf (stderr, "%s: out of memory\n", where);
      exit (2);
    }
  return p;
}

__attribute__ ((noinline)) void
xfree (void *p)
{
  if (p)
    free (p);
}

/* libiberty's: a size of 0 made 1 first.  */
__attribute__ ((noinline)) void *
at_least_one (size_t n)
{
  void *p;
  if (n == 0)
    n = 1;
  p = malloc (n);
  if (!p)
    abort ();
  return p;
}

static void *
grab (size_t n)
{
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
fixed (void)
{
  char *p = xmalloc (64);
  int r = fill (p, 64);
  xfree (p);
  return r;
}

/* Dirty the slot, then expect zeroes on the next call.  */
__attribute__ ((noinline)) static int
zeroed (void)
{
  int *a = xcalloc (8, sizeof *a);
  int r = 0;
  for (int i = 0; i < 8; i++)
    r |= a[i];
  memset (a, 0xff, 8 * sizeof *a);
  xfree (a);
  return r;
}

__attribute__ ((noinline)) static int
named (void)
{
  char *p = emalloc (8, __func__);
  int r = fill (p, 8);
  xfree (p);
  return r;
}

__attribute__ ((noinline)) static int
sized (size_t n)
{
  char *p = xmalloc (n);
  int r = fill (p, (int) n);
  xfree (p);
  return r;
}

__attribute__ ((noinline)) static int
grown (int n)
{
  size_t cap = 8, len = 0;
  char *buf = xmalloc (cap);
  for (int i = 0; i < n; i++)
    {
      if (len == cap)
	{
	  cap *= 2;
	  char *bigger = realloc (buf, cap);
	  if (!bigger)
	    abort ();
	  buf = bigger;
	}
      buf[len++] = (char) ('a' + i % 3);
    }
  int h = 0;
  for (size_t i = 0; i < len; i++)
    h += buf[i] - 'a';
  free (buf);
  return h;
}

__attribute__ ((noinline)) static int
inlined (void)
{
  char *p = grab (4);
  int r = fill (p, 4);
  free (p);
  return r;
}

/* The first byte, of sizes from 0 up.  */
__attribute__ ((noinline)) static int
first_byte (int k)
{
  char *p = at_least_one ((size_t) (k % 3));
  p[0] = (char) k;
  int r = p[0];
  free (p);
  return r;
}

__attribute__ ((noinline)) static char *
made (int k)
{
  char *p = xmalloc (3);
  p[0] = (char) ('a' + k);
  p[1] = (char) ('b' + k);
  p[2] = 0;
  return p;
}

int
main (void)
{
  long a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0;
  for (int i = 0; i < 100; i++)
    {
      a += fixed ();
      b |= zeroed ();
      c = named ();
      d += sized ((size_t) (i % 16) * 8);
      e = sized ((size_t) (300 + i % 2));
      f += grown (i % 2 ? 4 : 40);
      g = inlined () + first_byte (i);
    }
  xfree (NULL);
  for (int i = 0; i < 100; i++)
    {
      char *s = made (0);
      h = s[0] == 'a';
      free (s);
    }
  char *s = made (0);
  printf ("%ld %ld %ld %ld %ld %ld %ld %ld %s\n", a, b, c, d, e, f, g, h, s);
  free (s);
  return 0;
}
