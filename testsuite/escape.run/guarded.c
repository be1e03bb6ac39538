/* guarded.c -- variable-size buffers, small and large at run time.

   malloc (n) with a run-time n becomes n <= 256 ? slot : malloc (n), and
   its free frees only the heap case.  Sizes on both sides of the limit,
   alternating, in a function called repeatedly, in a loop, and two such
   buffers live at once: freeing the slot would abort, not freeing the
   heap case would leak (the count would drop), and writing past the slot
   for a large n would corrupt the stack (checksum, or a crash).  A
   variable-size calloc stays on the heap (the guarded form does not zero).
   Counted with the plugin: 4 of the 8 sizes are above 256, 100 rounds
   each, in fill_sum and in the loop (400 + 400); pair's large buffer
   (100 calls); in joined, half of the 800 calls take a large size in the
   first join (400) and a quarter in the second (200); the calloc (100):
   1600.  Without it: 3500.  */
/* { dg-do run } */
/* { dg-output "guarded 169926854160 loop 169926854160 pair 26700 joined 31134428 zero 0(\n|\r\n|\r)" } */
/* escape-heap-allocs: 1600 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Not constants: the sizes are only known at run time.  */
static volatile size_t sizes[8] = { 1, 16, 255, 256, 257, 1000, 4096, 100000 };

__attribute__ ((noinline)) static unsigned long
fill_sum (size_t n, unsigned seed)
{
  unsigned char *p = malloc (n);	/* { dg-message "moved to stack when size <= 256" } */
  if (!p)
    abort ();
  for (size_t k = 0; k < n; k++)
    p[k] = (unsigned char) (seed + k * 7);
  unsigned long s = 0;
  for (size_t k = 0; k < n; k++)
    s += p[k] * (unsigned long) (k % 251 + 1);
  free (p);
  return s;
}

/* One small and one large buffer at the same time.  */
__attribute__ ((noinline)) static unsigned long
pair (size_t small, size_t large)
{
  unsigned char *a = malloc (small);	/* { dg-message "moved to stack when size <= 256" } */
  unsigned char *b = malloc (large);	/* { dg-message "moved to stack when size <= 256" } */
  if (!a || !b)
    abort ();
  memset (a, 1, small);
  memset (b, 2, large);
  unsigned long s = a[small - 1] + b[large - 1] + b[0] * small;
  free (b);
  free (a);
  return s;
}

/* Allocations that meet in one pointer and share one free: two guarded
   ones, then a guarded and a fixed-size one.  The free must recognize
   either slot.  */
__attribute__ ((noinline)) static unsigned long
joined (int i, size_t n, size_t m)
{
  unsigned char *p;
  size_t len;
  if (i & 1)
    {
      p = malloc (n);	/* { dg-message "moved to stack when size <= 256" } */
      len = n;
    }
  else
    {
      p = malloc (m);	/* { dg-message "moved to stack when size <= 256" } */
      len = m;
    }
  if (!p)
    abort ();
  memset (p, i, len);
  unsigned long s = p[0] + p[len - 1] + len;
  free (p);

  unsigned char *q;
  if (i & 2)
    {
      q = malloc (n);	/* { dg-message "moved to stack when size <= 256" } */
      len = n;
    }
  else
    {
      q = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
      len = 64;
    }
  if (!q)
    abort ();
  memset (q, i + 1, len);
  s += q[0] + q[len - 1] + len;
  free (q);
  return s;
}

__attribute__ ((noinline)) static unsigned long
zeroes (size_t n)
{
  unsigned char *z = calloc (n, 1);	/* { dg-message "does not escape, stays on heap: variable size" } */
  if (!z)
    abort ();
  unsigned long s = 0;
  for (size_t k = 0; k < n; k++)
    s += z[k];
  free (z);
  return s;
}

int
main (void)
{
  unsigned long direct = 0, loop = 0, both = 0, join = 0, zero = 0;
  for (int r = 0; r < 100; r++)
    for (int i = 0; i < 8; i++)
      direct += fill_sum (sizes[i], r + i);

  /* The same buffers allocated in the loop itself: one guarded slot
     reused by every iteration.  */
  for (int r = 0; r < 100; r++)
    for (int i = 0; i < 8; i++)
      {
	size_t n = sizes[i];
	unsigned char *p = malloc (n);	/* { dg-message "moved to stack when size <= 256" } */
	if (!p)
	  abort ();
	for (size_t k = 0; k < n; k++)
	  p[k] = (unsigned char) (r + i + k * 7);
	for (size_t k = 0; k < n; k++)
	  loop += p[k] * (unsigned long) (k % 251 + 1);
	free (p);
      }

  for (int r = 0; r < 100; r++)
    both += pair (sizes[r % 4], sizes[4 + r % 4]);
  for (int j = 0; j < 800; j++)
    join += joined (j, sizes[j % 8], sizes[7 - j % 8]);
  for (int r = 0; r < 100; r++)
    zero += zeroes (sizes[r % 8]);
  printf ("guarded %lu loop %lu pair %lu joined %lu zero %lu\n", direct,
	  loop, both, join, zero);
  return 0;
}
