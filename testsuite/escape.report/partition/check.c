/* check.c -- the program's free, which checks its blocks' headers, and
   a strdup whose memory comes from the program's malloc (arena.c): in a
   partition that has no symbol of malloc, the strdup was an allocation
   site and moved, and free got the slot (hunt 39-d F2).  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
void
free (void *p)
{
  if (!p)
    return;
  size_t *h = (size_t *) p - 2;
  if (*h != 0xA110C)
    {
      printf ("free: not a block of the arena\n");
      exit (3);
    }
  *h = 0xDEAD;
}
__attribute__ ((noinline)) int
copied (const char *s)
{
  char *d = strdup (s);
  d[0] = 'j';
  int n = d[0] + strlen (d);
  free (d);
  return n;
}
