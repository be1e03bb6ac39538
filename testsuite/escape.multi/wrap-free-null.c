/* wrap-free-null.c -- a free that may see a guarded slot skips it, and
   frees no null pointer in its place: an allocator wrapped with
   -Wl,--wrap=free (wrap-free-null-wrap.c, another file, where the plugin
   does not see it) may not expect one; a debugging allocator reads a
   header before each block, a counter of live blocks goes below zero.
   The 13-byte copy moves to a guarded slot, the 301-byte one stays on
   the heap; the plugin's first form of the guarded free,
   free (p == &slot ? NULL : p), gave the wrapper a null pointer (hunt
   32-c).  Budgeted objects still do (doc/escape.md).  */
/* { dg-options "-Wl,--wrap=free" } */
/* { dg-output "len 12 len 300 null frees 0(\n|\r\n|\r)" } */
/* escape-sources: wrap-free-null-wrap.c */
/* escape-heap-allocs: any */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern long null_frees;

static __attribute__ ((noinline)) size_t
copy_length (const char *s)
{
  char *p = malloc (strlen (s) + 1);
  if (!p)
    abort ();
  strcpy (p, s);
  size_t n = strlen (p);
  free (p);
  return n;
}

int
main (void)
{
  char big[301];
  memset (big, 'x', 300);
  big[300] = '\0';
  size_t a = copy_length ("hello, world");
  size_t b = copy_length (big);
  printf ("len %zu len %zu null frees %ld\n", a, b, null_frees);
  return 0;
}
