/* sound-libc-count.c -- a pointer's bytes kept as how much is written:
   write's count sets the file's size, which fstat gives back.  The table
   took the count for a number that goes nowhere; the object whose
   address went out moved, and the pointer rebuilt from the sizes
   dangled.  Found by an adversarial hunt.  */
/* { dg-do run } */
/* { dg-output "secret 74(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
static int fd[8];
static FILE *fs[8];
static char zeros[256];
__attribute__ ((noinline)) static void
out (void)
{
  char *x = malloc (16);
  if (!x)
    abort ();
  strcpy (x, "secret");
  char *holder = x;
  unsigned char *bp = (unsigned char *) &holder;
  for (int i = 0; i < (int) sizeof holder; i++)
    write (fd[i], zeros, bp[i]);
}
int
main (void)
{
  for (int i = 0; i < 8; i++)
    {
      fs[i] = tmpfile ();
      if (!fs[i])
	return 3;
      fd[i] = fileno (fs[i]);
    }
  out ();
  uintptr_t v = 0;
  for (int i = 0; i < 8; i++)
    {
      fflush (fs[i]);
      struct stat st;
      if (fstat (fd[i], &st))
	return 4;
      v |= (uintptr_t) (st.st_size & 0xff) << (8 * i);
    }
  char *q = (char *) v;
  char junk[256];
  memset (junk, 'J', sizeof junk);
  printf ("%.6s %d\n", q, junk[7]);
  free (q);
  return 0;
}
