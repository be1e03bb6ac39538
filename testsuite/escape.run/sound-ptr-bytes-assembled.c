/* sound-ptr-bytes-assembled.c -- a pointer copied into a byte buffer and
   read back as a word assembled from its bytes with shifts: little-endian
   in a loop (v |= b[i] << 8 * i), big-endian (v = v << 8 | b[i]), by a
   not inlined get_le64, and by multiplying (v = v * 256 + b[i]).  Each
   word lands in a global, so each object whose address is copied must
   stay on the heap.  With the plugin before this test, a character in
   arithmetic was always text: the objects moved to the stack and the
   words pointed into dead frames.  */
/* { dg-do run } */
/* { dg-output "little / big / le64 / times(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N sizeof (void *)

static uintptr_t words[4];

static uintptr_t
little (const unsigned char *b)
{
  uintptr_t v = 0;
  for (unsigned i = 0; i < N; i++)
    v |= (uintptr_t) b[i] << (8 * i);
  return v;
}

static uintptr_t
big (const unsigned char *b)
{
  uintptr_t v = 0;
  for (unsigned i = N; i-- > 0;)
    v = v << 8 | b[i];
  return v;
}

uint64_t __attribute__ ((noinline))
get_le64 (const unsigned char *b)
{
  return (uint64_t) b[0] | (uint64_t) b[1] << 8 | (uint64_t) b[2] << 16
	 | (uint64_t) b[3] << 24 | (uint64_t) b[4] << 32
	 | (uint64_t) b[5] << 40 | (uint64_t) b[6] << 48
	 | (uint64_t) b[7] << 56;
}

static uintptr_t
times (const unsigned char *b)
{
  uintptr_t v = 0;
  for (unsigned i = N; i-- > 0;)
    v = v * 256 + b[i];
  return v;
}

#define SEND(fn, k, text, how)						\
  static void __attribute__ ((noinline))				\
  fn (void)								\
  {									\
    char *p = malloc (32);						\
    if (!p)								\
      abort ();								\
    strcpy (p, text);							\
    unsigned char b[8] = { 0 };						\
    memcpy (b, &p, N);							\
    words[k] = how (b);							\
  }

SEND (send_little, 0, "little", little)
SEND (send_big, 1, "big", big)
SEND (send_le64, 2, "le64", (uintptr_t) get_le64)
SEND (send_times, 3, "times", times)

#include "stack-clobber.h"

int
main (void)
{
  send_little ();
  send_big ();
  if (N == 8)
    send_le64 ();
  else
    words[2] = (uintptr_t) strcpy (malloc (8), "le64");
  send_times ();
  clobber (0x5a);
  printf ("%s / %s / %s / %s\n", (char *) words[0], (char *) words[1],
	  (char *) words[2], (char *) words[3]);
  for (int i = 0; i < 4; i++)
    free ((void *) words[i]);
  return 0;
}
