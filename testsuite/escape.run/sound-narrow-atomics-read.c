/* sound-narrow-atomics-read.c -- what atomics on ints, shorts and small
   structs read back from memory is lost, as what a plain int load reads:
   a pointer's bytes kept one by one in a local cell and read back with
   __atomic_load_n, an exchange, a fetch-op, a compare-exchange, the
   generic forms on a struct of four chars or a C11 _Atomic struct lost
   their object, which moved; the pointer rebuilt dangled (hunt 39-d F3,
   every level).  */
/* { dg-do run } */
/* { dg-options "-latomic" } */
/* { dg-output "secret secret secret secret secret secret secret(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N sizeof (char *)
#define WAYS 7

struct four
{
  unsigned char c[4];
};

unsigned char port[WAYS][N];
/* The pointers rebuilt, where LeakSanitizer finds them.  */
char *rebuilt[WAYS];

/* Each way of reading back on its own, so that each is tested: the
   statements read a cell that holds b[i] into the byte GOT.  */
#define READ_BYTES(name, k, ...)					\
  __attribute__ ((noinline)) static void				\
  name (void)								\
  {									\
    char *p = malloc (16);						\
    strcpy (p, "secret");						\
    unsigned char *b = (unsigned char *) &p;				\
    for (unsigned i = 0; i < N; i++)					\
      {									\
	unsigned char got;						\
	__VA_ARGS__;							\
	port[k][i] = got;						\
      }									\
  }
READ_BYTES (by_load_n, 0,
	    int cell;
	    __atomic_store_n (&cell, b[i], __ATOMIC_RELAXED);
	    got = __atomic_load_n (&cell, __ATOMIC_ACQUIRE))
READ_BYTES (by_exchange_n, 1,
	    int cell = b[i];
	    got = __atomic_exchange_n (&cell, 0, __ATOMIC_SEQ_CST))
READ_BYTES (by_fetch_add, 2,
	    short cell = b[i];
	    got = __atomic_fetch_add (&cell, 0, __ATOMIC_SEQ_CST))
READ_BYTES (by_compare_exchange, 3,
	    int cell = b[i];
	    int expected = -1;
	    __atomic_compare_exchange_n (&cell, &expected, 0, 0,
					 __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	    got = expected)
READ_BYTES (by_struct_load, 4,
	    struct four cell = { { b[i], 0, 0, 0 } };
	    struct four out;
	    __atomic_load (&cell, &out, __ATOMIC_SEQ_CST);
	    got = out.c[0])
READ_BYTES (by_struct_exchange, 5,
	    struct four cell = { { b[i], 0, 0, 0 } };
	    struct four zero = { { 0 } };
	    struct four old;
	    __atomic_exchange (&cell, &zero, &old, __ATOMIC_SEQ_CST);
	    got = old.c[0])
READ_BYTES (by_c11_struct, 6,
	    _Atomic struct four cell;
	    struct four in = { { b[i], 0, 0, 0 } };
	    cell = in;
	    struct four out = cell;
	    got = out.c[0])

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
  by_load_n ();
  clobber ();
  by_exchange_n ();
  clobber ();
  by_fetch_add ();
  clobber ();
  by_compare_exchange ();
  clobber ();
  by_struct_load ();
  clobber ();
  by_struct_exchange ();
  clobber ();
  by_c11_struct ();
  clobber ();
  memcpy (rebuilt, port, sizeof rebuilt);
  printf ("%.6s %.6s %.6s %.6s %.6s %.6s %.6s\n", rebuilt[0], rebuilt[1],
	  rebuilt[2], rebuilt[3], rebuilt[4], rebuilt[5], rebuilt[6]);
  return 0;
}
