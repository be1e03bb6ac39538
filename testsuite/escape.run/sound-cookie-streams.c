/* sound-cookie-streams.c -- streams made of the program's own functions
   (glibc's fopencookie) call back into the program from fwrite.

   A chain of filter streams: each upper-cases what it is given into a
   4096-byte scratch buffer and writes that to the stream below it, so a
   write to the top stream recurses through fwrite once per filter.
   Found by an adversarial hunt: fwrite was taken to call no code of the
   program, the filter got a slot, and 2500 filters of 4 KiB slots
   overflowed an 8 MiB stack that holds them without the plugin.  */
/* { dg-do run } */
/* { dg-output "HELLO, STREAMS(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#define _GNU_SOURCE
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

static ssize_t
upcase_write (void *cookie, const char *buf, size_t n)
{
  FILE *below = cookie;
  char *tmp = malloc (4096);
  if (!tmp)
    return -1;
  size_t k = n < 4096 ? n : 4096;
  for (size_t i = 0; i < k; i++)
    tmp[i] = (char) toupper ((unsigned char) buf[i]);
  size_t w = fwrite (tmp, 1, k, below);
  free (tmp);
  return (ssize_t) w;
}

int
main (void)
{
  FILE *top = stdout;
  for (int i = 0; i < 2500; i++)
    {
      cookie_io_functions_t io = { .write = upcase_write };
      top = fopencookie (top, "w", io);
      if (!top)
	abort ();
      setvbuf (top, NULL, _IONBF, 0);
    }
  fputs ("hello, streams\n", top);
  fflush (stdout);
  return 0;
}
