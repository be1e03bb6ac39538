/* sound-budget-never-read-nodce.c -- under -fno-tree-dce GCC deletes no
   dead object, and neither may the budget's check before the tail-call
   pass (sibcall.cc), which deletes what GCC would: a calloc that fails
   (its count times its size overflows) must still set errno (hunt 42-d
   F1e).  */
/* { dg-do run } */
/* { dg-options "-fno-tree-dce" } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "10 enomem=4(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int debug;		/* nothing writes it */
static volatile size_t huge = (size_t) 1 << 62;
static long enomem;

__attribute__ ((noinline)) static long
rec (long n, long k)
{
  if (n == 0)
    return 0;
  long r = rec (n - 1, k);
  char *s = malloc (16);
  memset (s, (int) r, 16);
  if (debug)
    puts (s);
  free (s);
  errno = 0;
  int *v = calloc (huge, sizeof (int));
  if (v)
    {
      v[0] = (int) r;
      v[1] = (int) k;
    }
  free (v);
  if (errno == ENOMEM)
    enomem++;
  return r + n;
}

int
main (void)
{
  long x = rec (4, 3);
  printf ("%ld enomem=%ld\n", x, enomem);
  return 0;
}
