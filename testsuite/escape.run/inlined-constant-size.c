/* inlined-constant-size.c -- a counting wrapper the IPA inliner puts in
   place passes its constant size on through a copy that only the next
   pass folds (escape.dg/r-inlined-constant-size.c): the object gets a
   slot of the whole size, every byte of which the program writes and
   reads back, and the wrapper's counting still happens.  */
/* { dg-do run } */
/* escape-levels: -O2 -O3 */
/* { dg-output "sum 961 calls 1 bytes 320(\n|\r\n|\r)" } */
/* escape-heap-allocs: 0 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long allocated, calls;

static void *
counted_alloc (size_t size)
{
  if (size == 0)
    size = 1;
  void *p = malloc (size);
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

struct big { char x[320]; };

__attribute__ ((noinline)) int
sum_big (int k)
{
  struct big *b = counted_alloc (sizeof *b);
  memset (b, k, sizeof *b);
  int s = 0;
  for (int i = 0; i < 320; i++)
    s += b->x[i] * (i + 1) % 7;
  free (b);
  return s;
}

int
main (int argc, char **argv)
{
  (void) argv;
  int s = sum_big (argc + 99);
  printf ("sum %d calls %lu bytes %lu\n", s, calls, allocated);
  return 0;
}
