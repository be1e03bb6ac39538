/* sound-unused-alloc-errno.c -- an allocation whose result the program
   ignores still fails as the allocator would: malloc and aligned_alloc
   of a size past the guarded slot set errno to ENOMEM (the small one
   moves: 2 calls of 3).  The rewrite deleted such a call, so errno
   stayed 0 (found by an adversarial hunt).  GCC itself deletes an
   unused malloc when it optimizes, so only -O0 keeps the call in both
   builds.  */
/* { dg-do run } */
/* { dg-options "-Wno-unused-result" } */
/* { dg-output "malloc 12 / aligned_alloc 12 / small 0(\n|\r\n|\r)" } */
/* escape-heap-allocs: 2 */
/* escape-levels: -O0 */

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static size_t __attribute__ ((noinline))
id (size_t x)
{
  return x;
}

int
main (void)
{
  size_t n = id (SIZE_MAX / 2);
  errno = 0;
  malloc (n);
  int e1 = errno;
  errno = 0;
  aligned_alloc (16, n);
  int e2 = errno;
  errno = 0;
  malloc (id (16));
  printf ("malloc %d / aligned_alloc %d / small %d\n", e1, e2, errno);
  return 0;
}
