/* sound-folded-compare.c -- GCC folds a comparison of one byte, memcmp
   (a, b, 1) (and strncmp, bcmp), into (int) a[0] - (int) b[0], and one
   against an empty string or a zero byte, strcmp ("", s), into
   -(int) s[0], before the plugin's pass, at every level.  The library's
   result would carry the byte (sound-compare-bytes.c); the folded
   arithmetic was read as text, so a pointer compared byte by byte was
   rebuilt from the differences after its object moved (hunt 38-c F5).
   Not under AddressSanitizer (no -O1, which runs it): its interceptors
   need not return glibc's values where a call stays.  */
/* { dg-do run } */
/* escape-levels: -O0 -O2 -O3 -Os */
/* { dg-output "secret secret secret secret secret secret(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N sizeof (char *)

unsigned char zeros[N + 1];		/* written: no fold to 0 */
static const unsigned char const_zeros[N + 1];
void *volatile keep_writable = zeros;
int diffs[6][N];

#define COMPARE_BYTES(name, k, how)					\
  __attribute__ ((noinline)) static void				\
  name (void)								\
  {									\
    char *obj = malloc (16);						\
    strcpy (obj, "secret");						\
    char *holder = obj;							\
    const unsigned char *bytes = (const unsigned char *) &holder;	\
    for (unsigned i = 0; i < N; i++)					\
      diffs[k][i] = (how);						\
  }
COMPARE_BYTES (by_memcmp, 0, memcmp (bytes + i, zeros + i, 1))
COMPARE_BYTES (by_strncmp, 1,
	       strncmp ((const char *) bytes + i, (const char *) zeros + i, 1))
COMPARE_BYTES (by_bcmp, 2, bcmp (bytes + i, zeros + i, 1))
COMPARE_BYTES (by_memcmp_first, 3, -memcmp (const_zeros, bytes + i, 1))
COMPARE_BYTES (by_strcmp_empty, 4, -strcmp ("", (const char *) bytes + i))
COMPARE_BYTES (by_memcmp_const, 5, memcmp (bytes + i, "A", 1) + 'A')

__attribute__ ((noinline)) static void
clobber (void)
{
  volatile char b[4096];
  for (int i = 0; i < 4096; i++)
    b[i] = 'Z';
}

int
main (void)
{
  by_memcmp ();
  clobber ();
  by_strncmp ();
  clobber ();
  by_bcmp ();
  clobber ();
  by_memcmp_first ();
  clobber ();
  by_strcmp_empty ();
  clobber ();
  by_memcmp_const ();
  clobber ();
  char *q[6];
  for (int k = 0; k < 6; k++)
    {
      uintptr_t v = 0;
      for (int i = N - 1; i >= 0; i--)
	v = (v << 8) | (unsigned char) diffs[k][i];
      q[k] = (char *) v;
    }
  printf ("%.6s %.6s %.6s %.6s %.6s %.6s\n", q[0], q[1], q[2], q[3], q[4],
	  q[5]);
  return 0;
}
