/* sound-ptr-bytes-arrangements.c -- words assembled from a pointer's
   bytes in arrangements a statement-by-statement shape does not show:
   the shift on one branch and the add after it, the add before a shift
   skipped on the last byte, a shift by a variable, an accumulator in
   memory reloaded after a call, the shift done by an overflow-checked
   helper, a signed word shifted through an unsigned one, a clamped
   byte, a mask kept in a variable, and a byte that went through a long
   and back to an int.  Each word lands in a global, so each object
   whose address is read must stay on the heap.  Found by an adversarial
   hunt: each object moved to the stack and the word pointed into a dead
   frame.  The last case, the overflow builtins (internal functions at
   -O0), was left by the first fix.  */
/* { dg-do run } */
/* { dg-output "branch / last / bits / memory / checked / signed / clamp / mask / long / overflow(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include "sent-words.h"
#include <unistd.h>

#define N 8
#define CASES 10

static uintptr_t words[CASES];
static volatile int eight = 8, top_byte = 255, low_mask = 0xff;

static uint64_t
by_branch (const unsigned char *b)
{
  uint64_t v = 0;
  for (int i = N - 1; i >= 0; i--)
    {
      if (i != N - 1)
	v <<= 8;
      v += b[i];
    }
  return v;
}

static uint64_t
by_last (const unsigned char *b)
{
  uint64_t v = 0;
  for (int i = N - 1; i >= 0; i--)
    {
      v += b[i];
      if (i)
	v <<= 8;
    }
  return v;
}

static uint64_t
by_bits (const unsigned char *b)
{
  int bits = eight;
  uint64_t v = 0;
  for (int i = N - 1; i >= 0; i--)
    v = (v << bits) + b[i];
  return v;
}

struct decoder
{
  uint64_t acc;
};

static void __attribute__ ((noinline))
feed (struct decoder *d, int c)
{
  d->acc <<= 8;
  (void) getpid ();
  d->acc += c;
}

static uint64_t
by_memory (const unsigned char *b)
{
  struct decoder d = { 0 };
  for (int i = N - 1; i >= 0; i--)
    feed (&d, b[i]);
  return d.acc;
}

uint64_t __attribute__ ((noinline))
mul_checked (uint64_t a, uint64_t k)
{
  uint64_t r;
  if (__builtin_mul_overflow (a, k, &r))
    return a << 8;
  return r;
}

static uint64_t
by_checked (const unsigned char *b)
{
  uint64_t v = 0;
  for (int i = N - 1; i >= 0; i--)
    v = mul_checked (v, 256) + b[i];
  return v;
}

static uint64_t
by_signed (const unsigned char *b)
{
  int64_t v = 0;
  for (int i = N - 1; i >= 0; i--)
    {
      uint64_t t = (uint64_t) v << 8;
      v = (int64_t) t + b[i];
    }
  return (uint64_t) v;
}

static uint64_t
by_clamp (const unsigned char *b)
{
  int lim = top_byte;
  uint64_t v = 0;
  for (int i = N - 1; i >= 0; i--)
    {
      int c = b[i];
      if (c > lim)
	c = lim;
      v = v << 8 | (unsigned) c;
    }
  return v;
}

static uint64_t
by_mask (const unsigned char *ub)
{
  const char *s = (const char *) ub;
  unsigned m = low_mask;
  uint64_t v = 0;
  for (int i = N - 1; i >= 0; i--)
    v = (v << 8) | (s[i] & m);
  return v;
}

static uint64_t
by_long (const unsigned char *b)
{
  uint64_t v = 0;
  for (int i = N - 1; i >= 0; i--)
    {
      long l = b[i];
      int c = (int) l;
      v = v << 8 | (unsigned) c;
    }
  return v;
}

static uint64_t
by_overflow (const unsigned char *b)
{
  uint64_t v = 0;
  for (int i = N - 1; i >= 0; i--)
    if (__builtin_mul_overflow (v, 256, &v)
	|| __builtin_add_overflow (v, b[i], &v))
      abort ();
  return v;
}

static uint64_t (*const how[CASES]) (const unsigned char *) = {
  by_branch, by_last, by_bits, by_memory, by_checked,
  by_signed, by_clamp, by_mask, by_long, by_overflow
};

static const char *const names[CASES] = {
  "branch", "last", "bits", "memory", "checked",
  "signed", "clamp", "mask", "long", "overflow"
};

#define SEND(k)								\
  static void __attribute__ ((noinline))				\
  send_##k (void)							\
  {									\
    TEXT (p, names[k]);							\
    unsigned char b[N];							\
    memcpy (b, &p, N);							\
    words[k] = how[k] (b);						\
  }

SEND (0) SEND (1) SEND (2) SEND (3) SEND (4)
SEND (5) SEND (6) SEND (7) SEND (8) SEND (9)

#include "stack-clobber.h"

int
main (void)
{
  send_0 (); send_1 (); send_2 (); send_3 (); send_4 ();
  send_5 (); send_6 (); send_7 (); send_8 (); send_9 ();
  clobber (0x5a);
  read_words (words, CASES);
  return 0;
}
