/* wrap-free-null.c -- a free that may see a guarded slot skips it, and
   frees no null pointer in its place: an allocator wrapped with
   -Wl,--wrap=free may not expect one (a debugging allocator reads a
   header before each block; a counter of live blocks went below zero).
   Found by an adversarial hunt.  */
/* { dg-do run } */
/* { dg-options "-Wl,--wrap=free" } */
/* { dg-output "len 12 len 300 null frees 0(\n|\r\n|\r)" } */
/* escape-heap-allocs: 1 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void __real_free (void *);
static long null_frees;

void
__wrap_free (void *p)
{
  if (!p)
    null_frees++;
  __real_free (p);
}

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
