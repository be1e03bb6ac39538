/* sound-narrow-atomics.c -- atomics on ints and shorts move what a plain
   store of the same value moves: a pointer's byte widened (b[i]).  They
   moved nothing at all ("the halves of a pointer are not followed"), so
   a pointer's bytes stored one by one with __atomic_store_n,
   __atomic_exchange_n, __sync_fetch_and_or or a compare-exchange, or
   into a C11 _Atomic int, lost the object, which moved; the pointer
   rebuilt from the cells dangled (hunt 38-c F4, every level).  */
/* { dg-do run } */
/* { dg-options "-latomic" } */
/* { dg-output "secret secret secret secret secret secret(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The pointers rebuilt, where LeakSanitizer finds them.  */
char *rebuilt[6];

#define N sizeof (char *)

int cells[6][N];
short short_cells[N];
_Atomic int c11_cells[N];

/* Each way of storing on its own, so that each is tested.  */
#define STORE_BYTES(name, k, how)					\
  __attribute__ ((noinline)) static void				\
  name (void)								\
  {									\
    char *p = malloc (16);						\
    strcpy (p, "secret");						\
    unsigned char *b = (unsigned char *) &p;				\
    for (unsigned i = 0; i < N; i++)					\
      {									\
	int *cell = &cells[k][i];					\
	how;								\
      }									\
  }
STORE_BYTES (by_store_n, 0, __atomic_store_n (cell, b[i], __ATOMIC_RELEASE))
STORE_BYTES (by_exchange_n, 1, __atomic_exchange_n (cell, b[i], __ATOMIC_SEQ_CST))
STORE_BYTES (by_fetch_or, 2, __sync_fetch_and_or (cell, b[i]))
STORE_BYTES (by_compare_exchange, 3,
	     int expected = 0;
	     __atomic_compare_exchange_n (cell, &expected, b[i], 0,
					  __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
STORE_BYTES (by_short, 4,
	     (void) cell;
	     __atomic_store_n (&short_cells[i], b[i], __ATOMIC_RELEASE))
STORE_BYTES (by_c11, 5,
	     (void) cell;
	     c11_cells[i] = b[i])

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
  by_store_n ();
  clobber ();
  by_exchange_n ();
  clobber ();
  by_fetch_or ();
  clobber ();
  by_compare_exchange ();
  clobber ();
  by_short ();
  clobber ();
  by_c11 ();
  clobber ();
  unsigned char b[6][N];
  for (unsigned i = 0; i < N; i++)
    {
      for (int k = 0; k < 4; k++)
	b[k][i] = (unsigned char) __atomic_load_n (&cells[k][i],
						   __ATOMIC_ACQUIRE);
      b[4][i] = (unsigned char) short_cells[i];
      b[5][i] = (unsigned char) c11_cells[i];
    }
  memcpy (rebuilt, b, sizeof rebuilt);
  printf ("%.6s %.6s %.6s %.6s %.6s %.6s\n", rebuilt[0], rebuilt[1],
	  rebuilt[2], rebuilt[3], rebuilt[4], rebuilt[5]);
  return 0;
}
