/* r-inlined-constant-size.c -- a wrapper the IPA inliner puts in place
   (called once, too big for the early inliner) passes its constant
   size on through a copy (`_5 = 320; p = malloc (_5)`), or a conversion,
   that only the next pass folds: the size is still a constant, and the
   object gets a fixed slot.  It stayed on the heap: "accessed as 'struct
   big' (320 bytes), larger than its slot" (hunt 36-a, xz's lzma_alloc
   under -flto).  */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long allocated, calls;

static void *
counted_alloc (size_t size)
{
  if (size == 0)
    size = 1;
  void *p = malloc (size);	/* { dg-message "moved to stack \\(320 bytes\\)" } */
  calls++;
  allocated += size;
  if (p == NULL)
    {
      fprintf (stderr, "out of memory: %zu bytes after %lu calls, %lu bytes\n",
	       size, calls, allocated);
      fflush (stderr);
      abort ();
    }
  return p;
}

static void *
counted_alloc_int (unsigned size)
{
  if (size == 0)
    size = 1;
  void *p = malloc (size);	/* { dg-message "moved to stack \\(48 bytes\\)" } */
  calls++;
  allocated += size;
  if (p == NULL)
    {
      fprintf (stderr, "out of memory: %u bytes after %lu calls, %lu bytes\n",
	       size, calls, allocated);
      fflush (stderr);
      abort ();
    }
  return p;
}

struct big { char x[320]; };
struct small { char x[48]; };

int
sum_big (int k)
{
  struct big *b = counted_alloc (sizeof *b);
  memset (b, k, sizeof *b);
  int s = 0;
  for (int i = 0; i < 320; i++)
    s += b->x[i];
  free (b);
  return s;
}

int
sum_small (int k)
{
  struct small *b = counted_alloc_int (sizeof *b);
  memset (b, k, sizeof *b);
  int s = 0;
  for (int i = 0; i < 48; i++)
    s += b->x[i];
  free (b);
  return s;
}
