/* sound-registration-dlsym-inlined.c -- a stream of the program's own
   functions, made by a fopencookie that dlsym looks up in a static
   helper which GCC inlines into main and removes: every fflush of the
   stream calls write_back, which calls walk again, so walk recurses
   through fflush 10000 levels deep with a 4000-byte object per level.  Found by
   an adversarial hunt: the lookup was recorded on the helper, which was
   gone when the pass looked, so fflush counted as calling no code, walk
   as not recursive, and its objects took 40 MB of stack (a segfault at
   -O1 and -O2; the hunt's form went through fseek).  */
/* { dg-do run } */
/* { dg-options "-ldl" } */
/* { dg-output "depth 10000 sum 10000(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#define LEVELS 10000

typedef FILE *opener_t (void *, const char *, cookie_io_functions_t);

static FILE *stream;
static int depth;
static long sum;

void walk (void);

static ssize_t
no_read (void *cookie, char *buf, size_t n)
{
  (void) cookie, (void) buf, (void) n;
  return 0;
}

static ssize_t
write_back (void *cookie, const char *buf, size_t n)
{
  (void) cookie, (void) buf;
  if (depth < LEVELS)
    walk ();
  return (ssize_t) n;
}

static int
no_close (void *cookie)
{
  (void) cookie;
  return 0;
}

void __attribute__ ((noinline))
walk (void)
{
  char *b = malloc (4000);
  if (!b)
    abort ();
  for (int i = 0; i < 4000; i++)
    b[i] = (char) (i + depth);
  sum += b[depth % 4000] == (char) (depth % 4000 + depth);
  free (b);
  depth++;
  fputc ('x', stream);
  fflush (stream);
}

static void
open_stream (void)
{
  cookie_io_functions_t io = { no_read, write_back, NULL, no_close };
  opener_t *open_cookie = (opener_t *) dlsym (RTLD_DEFAULT, "fopencookie");
  if (!open_cookie)
    abort ();
  stream = open_cookie (NULL, "w", io);
  if (!stream)
    abort ();
}

int
main (void)
{
  open_stream ();
  walk ();
  printf ("depth %d sum %ld\n", depth, sum);
  return 0;
}
