/* sound-wrapper-weak.c -- allocation and free wrappers defined weak,
   which strong definitions in another file override at link time
   (sound-wrapper-weak-count.c: they count their calls).  Taken for
   wrappers by the weak bodies, the calls would go and the counts stay
   at 0.  */
/* { dg-output "wrapper-weak 40 40 120(\n|\r\n|\r)" } */
/* escape-sources: sound-wrapper-weak-count.c */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>

extern int allocated, freed;

__attribute__ ((weak)) void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

__attribute__ ((weak)) void
xfree (void *p)
{
  free (p);
}

__attribute__ ((noinline)) static int
work (int k)
{
  char *p = xmalloc (16);
  for (int i = 0; i < 16; i++)
    p[i] = (char) (i + k);
  int s = p[k % 16];
  xfree (p);
  return s;
}

int
main (void)
{
  int s = 0;
  for (int k = 0; k < 40; k++)
    s += work (k % 4);
  printf ("wrapper-weak %d %d %d\n", allocated, freed, s);
  return 0;
}
