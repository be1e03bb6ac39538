/* sound-wrapper-interpose-lib.c -- the shared library of
   sound-wrapper-interpose.c: exported allocation and free wrappers, and
   a function that allocates through them.  */

#include <stdlib.h>

void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

void
xfree (void *p)
{
  free (p);
}

int
lib_work (int k)
{
  char *p = xmalloc (16);
  for (int i = 0; i < 16; i++)
    p[i] = (char) (i + k);
  int s = p[(k + 3) % 16];
  xfree (p);
  return s;
}
