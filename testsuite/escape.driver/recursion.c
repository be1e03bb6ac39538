/* recursion.c -- input for driver.exp: a function that may recurse, whose
   object the side stack takes.  */

#include <stdlib.h>

int
down (int n)
{
  if (n == 0)
    return 0;
  char *p = malloc (64);
  ((volatile char *) p)[0] = (char) n;
  int r = ((volatile char *) p)[0] + down (n - 1);
  free (p);
  return r;
}
