/* sound-own-malloc-strdup.c -- a program's own allocator (a checking
   arena: a header with a magic word before each block) serves the C
   library's strdup too, since the executable's malloc interposes
   glibc's.  strdup's object moved to a slot: the program's malloc was
   never called for it, and its free was handed the slot, whose "header"
   is no header (hunt 38-d: every level per unit; under -flto once the
   program's exported free counted as the one that runs).  Where the
   program defines malloc, strdup is no allocation site.  Not under
   AddressSanitizer (no -O1), whose runtime brings its own malloc.  */
/* { dg-do run } */
/* escape-levels: -O0 -O2 -O3 -Os */
/* { dg-output "5(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAGIC 0x5a5aa5a5c0ffee11ul
static _Alignas (16) unsigned char arena[1 << 20];
static size_t top;

void *
malloc (size_t n)
{
  n = (n + 15) & ~(size_t) 15;
  if (top + n + 16 > sizeof arena)
    return NULL;
  size_t *h = (size_t *) (arena + top);
  h[0] = n;
  h[1] = MAGIC;
  top += n + 16;
  return h + 2;
}

void
free (void *p)
{
  if (p && ((size_t *) p)[-1] != MAGIC)
    {
      static const char msg[] = "free: not a block of the arena\n";
      write (2, msg, sizeof msg - 1);
      _exit (3);
    }
}

void *
calloc (size_t a, size_t b)
{
  void *p = malloc (a * b);
  if (p)
    memset (p, 0, a * b);
  return p;
}

void *
realloc (void *p, size_t n)
{
  void *q = malloc (n);
  if (p && q)
    memcpy (q, p, ((size_t *) p)[-2] < n ? ((size_t *) p)[-2] : n);
  return q;
}

__attribute__ ((noinline)) static size_t
work (const char *s)
{
  char *d = strdup (s);
  size_t n = strlen (d);
  free (d);
  return n;
}

int
main (void)
{
  printf ("%zu\n", work ("hello"));
  return 0;
}
