/* realloc-slot-size.c -- the result of a realloc that may see a slot
   keeps the size GCC gives it without the plugin: n bytes, on the heap
   way and on the slot's, where the rewrite reallocates a block of its
   own (a NULL of the rewrite's own made the size unknown, and
   _FORTIFY_SOURCE=3 stopped catching overflows of the result; hunt
   37-d).  Sizes are asked of __builtin_dynamic_object_size, which GCC
   answers only when it optimizes.  */
/* { dg-do run } */
/* escape-levels: -O1 -O2 -O3 -Os */
/* { dg-output "40 40 24 1000(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static size_t
grown_size (size_t first, size_t n)
{
  char *p = malloc (first);
  if (!p)
    abort ();
  memset (p, 'a', first);
  char *q = realloc (p, n);
  if (!q)
    abort ();
  size_t size = __builtin_dynamic_object_size (q, 0);
  q[n - 1] = 0;
  free (q);
  return size;
}

int
main (int argc, char **argv)
{
  (void) argv;
  size_t k = (size_t) argc;
  printf ("%zu %zu %zu %zu\n", grown_size (16, 40 * k), grown_size (300, 40 * k),
	  grown_size (32, 24 * k), grown_size (16, 1000 * k));
  return 0;
}
