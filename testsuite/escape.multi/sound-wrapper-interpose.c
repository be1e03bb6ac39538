/* sound-wrapper-interpose.c -- a shared library's allocation and free
   wrappers (sound-wrapper-interpose-lib.c, built with -fPIC), which the
   executable interposes with its own, counting ones: the dynamic loader
   binds the library's calls to them.  Taken for wrappers by the
   library's bodies, the library's calls would go and the counts stay at
   0.  */
/* { dg-output "wrapper-interpose 30 30 672(\n|\r\n|\r)" } */
/* escape-shared: sound-wrapper-interpose-lib.c */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>

int lib_work (int k);

int allocated, freed;

void *
xmalloc (size_t n)
{
  allocated++;
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

void
xfree (void *p)
{
  freed++;
  free (p);
}

int
main (void)
{
  int s = 0;
  for (int k = 0; k < 30; k++)
    s += lib_work (k);
  printf ("wrapper-interpose %d %d %d\n", allocated, freed, s);
  return 0;
}
