/* sound-libc-close-reuse.c -- close frees a descriptor number that the
   next open gives back (POSIX: the lowest free one), so a byte closed as
   a descriptor comes back: with descriptors 3..258 open, close (3 + b)
   then open returns 3 + b.  The program rebuilds its pointer that way,
   one byte at a time.  Found by hunt 44-b: close's row said its
   argument goes nowhere, the object moved to the stack, and the rebuilt
   pointer read a dead frame.  */
/* { dg-do run } */
/* { dg-output "live \\\[live\\\](\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *volatile kept;

__attribute__ ((noinline)) void
scribble (int d)
{
  volatile char x[512];
  for (int i = 0; i < 512; i++)
    x[i] = 'Z';
  if (d)
    scribble (d - 1);
}

/* Descriptors 3..258 open, on /dev/null.  */
static __attribute__ ((noinline)) int
fill (void)
{
  int fd = open ("/dev/null", O_RDONLY);
  if (fd != 3)
    return 0;
  for (int i = fd + 1; i < 3 + 256; i++)
    if (dup2 (fd, i) != i)
      return 0;
  return 1;
}

static __attribute__ ((noinline)) void
rebuild (void)
{
  char *p = malloc (16);
  if (!p)
    abort ();
  strcpy (p, "live");
  unsigned char *bp = (unsigned char *) &p;
  uintptr_t r = 0;
  for (int i = 0; i < (int) sizeof p; i++)
    {
      close (3 + bp[i]);
      int fd = open ("/dev/null", O_RDONLY);
      r |= (uintptr_t) (fd - 3) << (8 * i);
    }
  kept = (char *) r;
}

int
main (void)
{
  if (!fill ())
    {
      puts ("live [live]");		/* descriptors not as expected: no test */
      return 0;
    }
  rebuild ();
  scribble (8);
  printf ("live [%.10s]\n", kept);
  return 0;
}
