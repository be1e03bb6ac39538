/* prog.c -- the program every example project of escape.integration
   builds.  sum_squares's buffer never leaves it, so the plugin moves it
   to the stack ("moved to stack"); copy's result is returned, so it
   stays on the heap.  The program prints 204 and "escape". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
sum_squares (int n)
{
  int *sq = malloc (8 * sizeof *sq);
  int i, s = 0;
  if (!sq)
    return -1;
  for (i = 0; i < 8; i++)
    sq[i] = (n - i) * (n - i);
  for (i = 0; i < 8; i++)
    s += sq[i];
  free (sq);
  return s;
}

char *
copy (const char *s)
{
  char *p = malloc (strlen (s) + 1);
  if (p)
    strcpy (p, s);
  return p;
}

int
main (void)
{
  char *name = copy ("escape");
  printf ("%d\n%s\n", sum_squares (8), name ? name : "");
  free (name);
  return 0;
}
