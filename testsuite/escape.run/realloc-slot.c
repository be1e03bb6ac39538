/* realloc-slot.c -- an object a realloc may see, and no other object
   that moved, keeps its slot: the realloc of the slot's address takes a
   new heap block and copies the slot into it (glibc's realloc to zero
   bytes gives NULL, a failed one leaves the slot as it was); a realloc
   of a heap pointer stays one.  Growth buffers that start small, a
   guarded slot, strdup and calloc results, a pointer that may be NULL,
   a slot per loop iteration, a failure path that keeps the old block,
   and two objects at one realloc (those stay on the heap).
   escape.dg/r-realloc-slot.c checks the notes.  */
/* { dg-do run } */
/* { dg-options "-Wall -Wextra -Werror" } */
/* { dg-output "8246070614189685724 1303416986770472094 6485049871690872109(\n|\r\n|\r)100 120 240 240(\n|\r\n|\r)34 1 750 45(\n|\r\n|\r)196 195 195(\n|\r\n|\r)136 808(\n|\r\n|\r)6 28 28(\n|\r\n|\r)90 51394(\n|\r\n|\r)abc 122(\n|\r\n|\r)104(\n|\r\n|\r)" } */
/* escape-heap-allocs: 341 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A growth buffer: starts small, doubles.  */
__attribute__ ((noinline)) static unsigned long
collect (int n)
{
  size_t cap = 16, len = 0;
  char *buf = malloc (cap);
  if (!buf)
    return 0;
  for (int i = 0; i < n; i++)
    {
      if (len + 1 > cap)
	{
	  cap *= 2;
	  char *bigger = realloc (buf, cap);
	  if (!bigger)
	    {
	      free (buf);
	      return 0;
	    }
	  buf = bigger;
	}
      buf[len++] = (char) ('a' + i % 26);
    }
  unsigned long h = 5381;
  for (size_t i = 0; i < len; i++)
    h = h * 33 + (unsigned char) buf[i];
  free (buf);
  return h;
}

/* realloc to zero, to the same size, shrinking.  */
__attribute__ ((noinline)) static int
odd (int k)
{
  char *p = malloc (32);
  if (!p) return -1;
  memset (p, 'x', 32);
  char *q = realloc (p, (size_t) k);
  if (!q)
    return k == 0 ? 100 : -2;
  int r = q[0] + (k > 1 ? q[(k < 32 ? k : 32) - 1] : 0);
  free (q);
  return r;
}

/* run-time size: a guarded slot.  */
__attribute__ ((noinline)) static long
guarded (size_t n, size_t m)
{
  long *a = malloc (n * sizeof *a);
  if (!a) return -1;
  for (size_t i = 0; i < n; i++) a[i] = (long) i;
  long *b = realloc (a, m * sizeof *b);
  if (!b) { free (a); return -2; }
  for (size_t i = n; i < m; i++) b[i] = 7;
  long s = 0;
  for (size_t i = 0; i < m; i++) s += b[i];
  free (b);
  return s;
}

__attribute__ ((noinline)) static int
maybe_null (int k, size_t n)
{
  char *p = k ? malloc (16) : NULL;
  if (p) memset (p, 'a', 16);
  char *q = realloc (p, n);
  if (!q) return -1;
  memset (q + (p ? 16 : 0), 'b', n - (p ? 16 : 0));
  int r = q[0] + q[n - 1];
  free (q);
  return r;
}

__attribute__ ((noinline)) static int
dup_grow (const char *s, int times)
{
  char *d = strdup (s);
  if (!d) return -1;
  size_t len = strlen (d);
  for (int i = 0; i < times; i++)
    {
      char *e = realloc (d, 2 * len + 1);
      if (!e) { free (d); return -1; }
      d = e;
      memcpy (d + len, d, len);
      len *= 2;
      d[len] = 0;
    }
  int r = (int) strlen (d) + d[len / 2];
  free (d);
  return r;
}

__attribute__ ((noinline)) static long
zeroed (int n)
{
  int *a = calloc (8, sizeof *a);
  if (!a) return -1;
  int *b = realloc (a, (size_t) n * sizeof *b);
  if (!b) { free (a); return -2; }
  long s = 0;
  for (int i = 0; i < (n < 8 ? n : 8); i++) s += b[i] + i;
  free (b);
  return s;
}

__attribute__ ((noinline)) static long
per_iteration (int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      char *b = malloc (8);
      if (!b) return -1;
      memset (b, i, 8);
      char *c = realloc (b, 8 + (size_t) i);
      if (!c) { free (b); return -2; }
      memset (c + 8, 1, (size_t) i);
      for (int j = 0; j < 8 + i; j++) s += c[j];
      free (c);
    }
  return s;
}

__attribute__ ((noinline)) static char *
grown_returned (int n)
{
  char *b = malloc (4);
  if (!b) return NULL;
  strcpy (b, "abc");
  char *c = realloc (b, (size_t) n);
  if (!c) { free (b); return NULL; }
  c[n - 1] = 0;
  return c;
}

__attribute__ ((noinline)) static int
two_sources (int k, size_t n)
{
  char *p = k ? malloc (16) : malloc (32);
  if (!p) return -1;
  memset (p, 'z', 16);
  char *q = realloc (p, n);
  if (!q) { free (p); return -1; }
  int r = q[0];
  free (q);
  return r;
}

__attribute__ ((noinline)) static int
kept_on_failure (size_t n)
{
  char *p = malloc (16);
  if (!p) return -1;
  strcpy (p, "hello");
  char *q = realloc (p, n);
  if (!q)
    {
      int r = p[0] + 1000;
      free (p);
      return r;
    }
  int r = q[0];
  free (q);
  return r;
}

int
main (int argc, char **argv)
{
  (void) argv;
  printf ("%lu %lu %lu\n", collect (10), collect (17 * argc), collect (1000));
  printf ("%d %d %d %d\n", odd (0), odd (1), odd (32), odd (100));
  printf ("%ld %ld %ld %ld\n", guarded (4, 8), guarded (4, 2),
	  guarded (20, 100), guarded (100, 10));
  printf ("%d %d %d\n", maybe_null (0, 20), maybe_null (1, 20),
	  maybe_null (1, 300));
  printf ("%d %d\n", dup_grow ("xy", 3), dup_grow ("hello world", 6));
  printf ("%ld %ld %ld\n", zeroed (4), zeroed (8), zeroed (100));
  printf ("%ld %ld\n", per_iteration (5), per_iteration (300));
  char *g = grown_returned (argc + 10);
  printf ("%s %d\n", g, two_sources (argc, 64));
  free (g);
  printf ("%d\n", kept_on_failure (64));
  return 0;
}
