/* sound-compare-bytes.c -- glibc's memcmp, bcmp, strcmp and strncmp
   return the difference of the first bytes that differ, so a comparison
   with a zero byte gives the byte itself: a pointer's bytes compared one
   by one rebuild it.  The table said the result carried nothing; the
   object moved, and the pointer rebuilt in a global dangled (hunt 37-b;
   a memcmp of one constant byte, which GCC folds into a load and a
   subtraction, was followed).  Not under AddressSanitizer, whose
   interceptors of these functions need not return glibc's values (no
   -O1, which runs the ASan and UBSan builds).  */
/* { dg-do run } */
/* escape-levels: -O0 -O2 -O3 -Os */
/* { dg-output "secret secret secret secret(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const unsigned char zeros[sizeof (void *) + 1];
char *rebuilt[4];

/* Bytes by comparison: HOW picks memcmp, bcmp, strcmp or strncmp; N is 1
   at run time, so no level folds the call.  */
__attribute__ ((noinline)) static void
rebuild (int how, size_t n)
{
  char *obj = malloc (16);
  strcpy (obj, "secret");
  if (obj[n] == 'x')		/* keeps the copy */
    abort ();
  char *holder = obj;
  const char *bytes = (const char *) &holder;
  uintptr_t v = 0;
  for (int i = (int) sizeof holder - 1; i >= 0; i--)
    {
      int d = how == 0 ? memcmp (bytes + i, zeros, n)
	      : how == 1 ? bcmp (bytes + i, zeros, n)
	      : how == 2 ? strcmp (bytes + i, (const char *) zeros)
	      : strncmp (bytes + i, (const char *) zeros, n);
      v = (v << 8) | (unsigned char) d;
    }
  rebuilt[how] = (char *) v;
}

__attribute__ ((noinline)) static void
clobber (void)
{
  volatile char b[1024];
  for (int i = 0; i < 1024; i++)
    b[i] = 'Z';
}

int
main (int argc, char **argv)
{
  (void) argv;
  for (int how = 0; how < 4; how++)
    {
      rebuild (how, (size_t) argc);
      clobber ();
    }
  printf ("%.6s %.6s %.6s %.6s\n", rebuilt[0], rebuilt[1], rebuilt[2],
	  rebuilt[3]);
  return 0;
}
