/* sound-ptr-bytes-shapes.c -- more ways to read a pointer back from its
   bytes: words assembled from a getc-style reader's int, from an inlined
   reader's merged int, by a function taking the byte as an int, from a
   word array holding the bytes widened, a putc-style sink taking a long,
   signed chars masked with 0xff (also through fputc and a file), bytes
   times a running power of 256, bytes added before the shift, and a
   run-length decoder's memset.  Each word or copy lands in a global, so
   each object whose address is read must stay on the heap.  Found by an
   adversarial hunt of the byte rules: each object moved to the stack and
   the word pointed into a dead frame.  */
/* { dg-do run } */
/* { dg-output "reader / phi / param / words / sink / mask / fputc / power / added / memset(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include "sent-words.h"

#define N 8
#define CASES 10

static uintptr_t words[CASES];
static unsigned char sunk[N], filled[N];
static size_t nsunk;

int __attribute__ ((noinline))
next_byte (const unsigned char *b, int *pos)
{
  return *pos > 0 ? b[--*pos] : -1;
}

struct rev
{
  const unsigned char *b;
  int pos;
};

static inline int
prev (struct rev *r)
{
  return r->pos > 0 ? r->b[--r->pos] : 0;
}

uint64_t __attribute__ ((noinline))
push_byte (uint64_t v, int c)
{
  return v << 8 | c;
}

void __attribute__ ((noinline))
sink (long c)
{
  sunk[nsunk++] = c;
}

static uint64_t
by_reader (const unsigned char *b)
{
  int pos = N, c;
  uint64_t v = 0;
  while ((c = next_byte (b, &pos)) >= 0)
    v = v << 8 | c;
  return v;
}

static uint64_t
by_phi (const unsigned char *b)
{
  struct rev r = { b, N };
  uint64_t v = 0;
  for (int i = 0; i < N; i++)
    v = (v << 8) | prev (&r);
  return v;
}

static uint64_t
by_param (const unsigned char *b)
{
  uint64_t v = 0;
  for (int i = N; i-- > 0;)
    v = push_byte (v, b[i]);
  return v;
}

static uint64_t
by_words (const unsigned char *b)
{
  uint64_t w[N], v = 0;
  for (int i = 0; i < N; i++)
    w[i] = b[i];
  for (int i = N; i-- > 0;)
    v = v << 8 | w[i];
  return v;
}

static uint64_t
by_sink (const unsigned char *b)
{
  for (int i = 0; i < N; i++)
    sink (b[i]);
  return 0;
}

static uint64_t
by_mask (const unsigned char *ub)
{
  const char *b = (const char *) ub;
  uint64_t v = 0;
  for (int i = N; i-- > 0;)
    v = (v << 8) | (b[i] & 0xff);
  return v;
}

static uint64_t
by_fputc (const unsigned char *ub)
{
  const char *b = (const char *) ub;
  FILE *f = tmpfile ();
  if (!f)
    abort ();
  for (int i = 0; i < N; i++)
    fputc (b[i] & 0xff, f);
  rewind (f);
  uint64_t v = 0;
  for (int i = 0; i < N; i++)
    v |= (uint64_t) fgetc (f) << (8 * i);
  fclose (f);
  return v;
}

static uint64_t
by_power (const unsigned char *b)
{
  uint64_t v = 0, mul = 1;
  for (int i = 0; i < N; i++)
    {
      v += b[i] * mul;
      mul <<= 8;
    }
  return v;
}

static uint64_t
by_added (const unsigned char *b)
{
  uint64_t v = 0;
  for (int i = N; i-- > 1;)
    v = (v + b[i]) << 8;
  return v + b[0];
}

static uint64_t
by_memset (const unsigned char *b)
{
  /* A run-length decoder: runs of one byte each.  */
  for (int i = 0; i < N; i++)
    memset (filled + i, b[i], 1);
  return 0;
}

static uint64_t (*const how[CASES]) (const unsigned char *) = {
  by_reader, by_phi, by_param, by_words, by_sink,
  by_mask, by_fputc, by_power, by_added, by_memset
};

static const char *const names[CASES] = {
  "reader", "phi", "param", "words", "sink",
  "mask", "fputc", "power", "added", "memset"
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
  memcpy (&words[4], sunk, N);
  memcpy (&words[9], filled, N);
  read_words (words, CASES);
  return 0;
}
