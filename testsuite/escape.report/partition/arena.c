/* arena.c -- the program's own allocator: blocks from a static arena,
   each after a header its free checks (check.c).  In a partition of its
   own under -flto-partition=1to1.  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char arena[1 << 20];
size_t top;
int nmalloc;
void *
malloc (size_t n)
{
  nmalloc++;
  size_t *h = (size_t *) (arena + top);
  top += 16 + ((n + 15) & ~(size_t) 15);
  *h = 0xA110C;
  return h + 2;
}
void *
calloc (size_t a, size_t b)
{
  void *p = malloc (a * b);
  memset (p, 0, a * b);
  return p;
}
void *
realloc (void *p, size_t n)
{
  void *q = malloc (n);
  if (p)
    memcpy (q, p, n);
  return q;
}
int copied (const char *s);
int
main (int argc, char **argv)
{
  int n = copied (argc > 5 ? argv[1] : "hello");
  printf ("%d nmalloc=%d\n", n, nmalloc);
  return 0;
}
