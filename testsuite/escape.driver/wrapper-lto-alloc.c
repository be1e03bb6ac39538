/* wrapper-lto-alloc.c -- an allocation wrapper, in a file of its own:
   driver.exp links it with wrapper-lto-main.c under -flto, where the
   main file's call of it is an allocation site.  */

#include <stdlib.h>

__attribute__ ((noinline)) void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}
