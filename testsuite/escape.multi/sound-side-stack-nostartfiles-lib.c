/* sound-side-stack-nostartfiles-lib.c -- sound-side-stack-nostartfiles.c's
   shared library, built -nostartfiles, as a library that defines the
   obsolete _init must be: without crtbeginS.o it has no __dso_handle.
   sum_down may recurse, so its object is pushed on the side stack.  */

#include <stdlib.h>
#include <string.h>

void _init (void);
void
_init (void)
{
}

static long
sum_down (int n)
{
  if (n == 0)
    return 0;
  char *p = malloc (32);
  if (!p)
    abort ();
  memset (p, n, 32);
  long r = p[n % 32] + sum_down (n - 1);
  free (p);
  return r;
}

long lib_sum (int n);
long
lib_sum (int n)
{
  return sum_down (n);
}
