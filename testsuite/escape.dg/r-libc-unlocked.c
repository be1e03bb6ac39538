/* r-libc-unlocked.c -- glibc inlines getc_unlocked and putc_unlocked as
   calls of __uflow and __overflow where its buffer runs out or fills;
   neither calls user code (nor close, nor rand), and an object live
   across them moves.  The bytes still go where the table says: the
   byte written out escapes, the byte read in may be a pointer's.  */
/* { dg-do compile } */
/* { dg-options "-O2 -D_GNU_SOURCE -fplugin-arg-escape-report" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int
copy_bytes (int fd)
{
  char *o = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!o)
    return -1;
  memset (o, 0, 64);
  int c, n = 0;
  while ((c = getc_unlocked (stdin)) != EOF)
    {
      o[n++ & 63] = (char) c;
      putc_unlocked (c, stdout);
    }
  close (fd);
  int r = o[rand () & 63];
  free (o);
  return r;
}
