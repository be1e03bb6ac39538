/* sound-ptr-vector-lanes.c -- an object's address kept in a lane of a
   vector or a part of a complex number, then taken out as an integer
   (a lane v[1], _mm_cvtsi128_si64, a vector viewed as an __int128, a
   complex number read back through a union or stored into a C11 atomic)
   and kept: stored to a global, returned, passed to a callee that frees
   it, or freed through a PHI of the lane.  Each object must stay on the
   heap (the last, which never leaves its function, moves with its free
   rewritten).  Found by hunt 43-a: the walk that
   follows an integer back to the bytes it holds (build.cc,
   widened_byte) reached the vector or complex value and dropped it, as
   it was no integer, so the object moved to the stack and the kept
   address pointed into a dead frame (invalid free, -O0 to -Os and under
   -flto).  */
/* { dg-do run } */
/* { dg-options "-Wl,--no-as-needed -latomic" } */
/* { dg-output "lane / int128 / complex / returned / sum / slice / atomic(\n|\r\n|\r)lane-free(\n|\r\n|\r)local(\n|\r\n|\r)" } */
/* escape-heap-allocs: 8 */

#include <emmintrin.h>
#include "sent-words.h"
#include "stack-clobber.h"

#define NI __attribute__ ((noinline, noclone))
typedef unsigned long v2 __attribute__ ((vector_size (16)));

static uintptr_t words[7];
static unsigned __int128 wide;
static _Atomic _Complex unsigned long atomic_pair;
static volatile v2 zero;
static volatile int never;

static NI void keep_lane (v2 v) { words[0] = v[1]; }
static NI void keep_wide (v2 v) { wide = (unsigned __int128) v; }
static NI v2 wrap (char *p) { v2 v = { 9, (uintptr_t) p }; return v; }
static NI long long slice_addr (__m128i s) { return _mm_cvtsi128_si64 (s); }
static NI void release (uintptr_t u) { free ((void *) u); }
static NI void release_lane (v2 v) { release (v[1]); }

static NI void
lane (void)
{
  TEXT (p, "lane");
  v2 v = { 7, (uintptr_t) p };
  keep_lane (v);
}

static NI void
int128 (void)
{
  TEXT (p, "int128");
  v2 v = { (uintptr_t) p, 3 };
  keep_wide (v);
}

static NI void
complex_pun (void)
{
  TEXT (p, "complex");
  _Complex unsigned long z;
  __real__ z = 5;
  __imag__ z = (uintptr_t) p;
  union { _Complex unsigned long z; unsigned __int128 i; } u;
  u.z = z;
  words[2] = (uintptr_t) (u.i >> 64);
}

static NI uintptr_t
returned (void)
{
  TEXT (p, "returned");
  v2 v = wrap (p);
  return v[1];
}

static NI void
sum (void)
{
  TEXT (p, "sum");
  v2 v = { 0, (uintptr_t) p };
  v2 w = v + zero;
  words[4] = w[1];
}

static NI void
slice (void)
{
  TEXT (p, "slice");
  words[5] = (uintptr_t) slice_addr (_mm_set_epi64x (5, (long long) p));
}

static NI void
atomic (void)
{
  TEXT (p, "atomic");
  _Complex unsigned long z;
  __real__ z = 1;
  __imag__ z = (uintptr_t) p;
  atomic_pair = z;
}

static NI void
freed_by_callee (void)
{
  TEXT (p, "lane-free");
  puts (p);
  v2 v = { 0, (uintptr_t) p };
  release_lane (v);
}

static NI void
freed_here (void)
{
  TEXT (p, "local");
  v2 w = (v2) { 0, (uintptr_t) p } + zero;
  uintptr_t u = never ? 0 : w[1];
  puts ((char *) u);
  free ((void *) u);
}

int
main (void)
{
  lane ();
  clobber (1);
  int128 ();
  clobber (2);
  words[1] = (uintptr_t) wide;
  complex_pun ();
  clobber (3);
  words[3] = returned ();
  clobber (4);
  sum ();
  clobber (5);
  slice ();
  clobber (6);
  atomic ();
  clobber (7);
  _Complex unsigned long z = atomic_pair;
  words[6] = __imag__ z;
  read_words (words, 7);
  freed_by_callee ();
  freed_here ();
  return 0;
}
