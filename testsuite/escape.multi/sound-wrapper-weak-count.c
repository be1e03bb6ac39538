/* sound-wrapper-weak-count.c -- the strong definitions that override
   sound-wrapper-weak.c's weak wrappers: they count, and are not inlined
   (under -flto the malloc would move with the count kept).  */

#include <stdlib.h>

int allocated, freed;

__attribute__ ((noinline)) void *
xmalloc (size_t n)
{
  allocated++;
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

__attribute__ ((noinline)) void
xfree (void *p)
{
  freed++;
  free (p);
}
