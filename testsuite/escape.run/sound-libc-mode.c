/* sound-libc-mode.c -- a pointer's bytes kept as files' modes: chmod
   keeps the mode it is given and stat gives it back, a number the C
   library keeps.  The table took chmod's mode for a number that goes
   nowhere; the object whose address went out moved, and the pointer
   rebuilt from the modes dangled.  Found by an adversarial hunt.  */
/* { dg-do run } */
/* { dg-output "secret 1(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64] = "/tmp/escape-modeXXXXXX";
static char path[8][96];

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
    chmod (path[i], bp[i]);
}

int
main (void)
{
  if (!mkdtemp (dir))
    return 2;
  for (int i = 0; i < 8; i++)
    {
      snprintf (path[i], sizeof path[i], "%s/%d", dir, i);
      FILE *f = fopen (path[i], "w");
      if (!f)
	return 3;
      fclose (f);
    }
  out ();
  uintptr_t v = 0;
  for (int i = 0; i < 8; i++)
    {
      struct stat st;
      if (stat (path[i], &st))
	return 4;
      v |= (uintptr_t) (st.st_mode & 0xff) << (8 * i);
    }
  char *q = (char *) v;
  char stackjunk[256];
  memset (stackjunk, 'J', sizeof stackjunk - 1);
  stackjunk[255] = 0;
  printf ("%.6s %d\n", q, stackjunk[3] == 'J');
  free (q);
  for (int i = 0; i < 8; i++)
    unlink (path[i]);
  rmdir (dir);
  return 0;
}
