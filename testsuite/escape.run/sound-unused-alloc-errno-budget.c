/* sound-unused-alloc-errno-budget.c -- sound-unused-alloc-errno.c for an
   object the alloca budget takes (its function recurses): the ignored
   result of a malloc too big for the budget still sets errno.  */
/* { dg-do run } */
/* { dg-options "-Wno-unused-result" } */
/* { dg-output "errors 3(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */
/* escape-levels: -O0 */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static int __attribute__ ((noinline))
failures (int n, size_t size)
{
  errno = 0;
  malloc (size);
  int e = errno == ENOMEM;
  return n > 0 ? e + failures (n - 1, size) : e;
}

int
main (void)
{
  printf ("errors %d\n", failures (2, SIZE_MAX / 2));
  return 0;
}
