/* demo.c -- a small program for `make demo': four allocations, each with a
   different fate.  Compile it with the plugin and the report on to see
   what escape says about each:

     gcc -fplugin=escape -fplugin-arg-escape-report -O2 -c demo.c

   (`make demo' does this with the build tree's plugin.)  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct point { int x, y; };

static struct point *last_seen;	/* a global: what it holds outlives any call */

/* Returned to the caller: must stay on the heap.  At -O2 GCC also
   inlines a copy into main, which frees it: that copy moves, and the
   report says so under "inlined from 'main'".  */
struct point *
make_point (int x, int y)
{
  struct point *p = malloc (sizeof *p);
  if (p)
    {
      p->x = x;
      p->y = y;
    }
  return p;
}

/* A local temporary, freed before return: a stack slot will do.  */
int
manhattan (int x, int y)
{
  struct point *tmp = malloc (sizeof *tmp);
  if (!tmp)
    return -1;
  tmp->x = x < 0 ? -x : x;
  tmp->y = y < 0 ? -y : y;
  int d = tmp->x + tmp->y;
  free (tmp);
  return d;
}

/* Stored in a global: escapes.  */
void
remember (int x, int y)
{
  struct point *p = malloc (sizeof *p);
  if (!p)
    return;
  p->x = x;
  p->y = y;
  last_seen = p;
}

/* Variable size, local: a stack buffer when small at run time.  */
size_t
count_upper (const char *s)
{
  size_t n = strlen (s);
  char *copy = malloc (n + 1);
  if (!copy)
    return 0;
  memcpy (copy, s, n + 1);
  size_t upper = 0;
  for (char *c = copy; *c; c++)
    upper += *c >= 'A' && *c <= 'Z';
  free (copy);
  return upper;
}

int
main (void)
{
  struct point *p = make_point (3, -4);
  remember (1, 2);
  printf ("%d %zu %d\n", manhattan (p->x, p->y), count_upper ("Hello World"),
	  last_seen->x);
  free (p);
  return 0;
}
