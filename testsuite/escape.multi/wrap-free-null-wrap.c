/* wrap-free-null-wrap.c -- part of wrap-free-null.c: the wrapper
   -Wl,--wrap=free puts in place of free, counting null pointers.  */

#include <stddef.h>

void __real_free (void *);
long null_frees;

void
__wrap_free (void *p)
{
  if (!p)
    null_frees++;
  __real_free (p);
}
