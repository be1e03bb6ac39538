/* sound-fortify-strdup.c -- under _FORTIFY_SOURCE, a strdup'd buffer
   reused with snprintf whose bound is larger than the buffer but whose
   output fits (C discards output past the bound; it does not ask the
   array to be that long).  GCC does not know the size of a strdup result
   on the heap, so glibc's __snprintf_chk gets no size and checks
   nothing.  Found by an adversarial hunt: a slot's size is known, so the
   check ran against it and aborted ("buffer overflow detected") at -O1
   to -Os.  A size that only bounds a check now keeps a strdup result on
   the heap (at -O0, with no _FORTIFY_SOURCE, it moves: heap allocations
   are not compared).  */
/* { dg-do run } */
/* { dg-output "104 104(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#ifdef __OPTIMIZE__
#define _FORTIFY_SOURCE 2
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile size_t bound = 1000;

static int __attribute__ ((noinline))
reuse_constant (const char *s)
{
  char *d = strdup (s);
  if (!d)
    abort ();
  snprintf (d, 1000, "%s", "hi");
  int r = d[0];
  free (d);
  return r;
}

static int __attribute__ ((noinline))
reuse_bound (const char *s)
{
  char *d = strndup (s, 4);
  if (!d)
    abort ();
  snprintf (d, bound, "%s", "hi");
  int r = d[0];
  free (d);
  return r;
}

int
main (void)
{
  printf ("%d %d\n", reuse_constant ("hello"), reuse_bound ("hello"));
  return 0;
}
