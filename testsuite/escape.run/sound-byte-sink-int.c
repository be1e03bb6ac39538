/* sound-byte-sink-int.c -- a pointer sent byte by byte through an int: a
   putc-style sink that takes an int, a copy loop through an int
   temporary (kept in memory at -O0), and a SLIP encoder that compares
   the int before storing it.  Each object whose address is sent must
   stay on the heap.  Found by an adversarial hunt: a character widened
   to an int was taken for a byte of text, so the objects moved to the
   stack and the bytes sent pointed into dead frames.  */
/* { dg-do run } */
/* { dg-output "7 emitted / 1 copied / 9 slip-framed(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define END 0xC0
#define ESC 0xDB
#define ESC_END 0xDC
#define ESC_ESC 0xDD

struct msg
{
  int kind;
  const char *payload;
};

static unsigned char tx[64], copied[64], framed[64];
static size_t txlen;

void __attribute__ ((noinline))
emit (int c)
{
  tx[txlen++] = (unsigned char) c;
}

void __attribute__ ((noinline))
send_bytes (const void *buf, size_t n)
{
  const unsigned char *s = buf;
  for (size_t i = 0; i < n; i++)
    emit (s[i]);
}

void __attribute__ ((noinline))
copy_bytes (unsigned char *d, const unsigned char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      int c = s[i];
      d[i] = c;
    }
}

size_t __attribute__ ((noinline))
slip_encode (unsigned char *out, const void *in, size_t n)
{
  const unsigned char *s = in;
  size_t j = 0;
  for (size_t i = 0; i < n; i++)
    {
      int c = s[i];
      if (c == END)
	{
	  out[j++] = ESC;
	  out[j++] = ESC_END;
	}
      else if (c == ESC)
	{
	  out[j++] = ESC;
	  out[j++] = ESC_ESC;
	}
      else
	out[j++] = c;
    }
  out[j++] = END;
  return j;
}

static void
slip_decode (unsigned char *out, const unsigned char *in)
{
  size_t j = 0;
  for (size_t i = 0; in[i] != END; i++)
    if (in[i] == ESC)
      {
	i++;
	out[j++] = in[i] == ESC_END ? END : ESC;
      }
    else
      out[j++] = in[i];
}

#define SEND(fn, k, text, how)						\
  static void __attribute__ ((noinline))				\
  fn (void)								\
  {									\
    char *p = malloc (32);						\
    if (!p)								\
      abort ();								\
    strcpy (p, text);							\
    struct msg m = { k, p };						\
    how;								\
  }

SEND (send_emitted, 7, "emitted", send_bytes (&m, sizeof m))
SEND (send_copied, 1, "copied", copy_bytes (copied, (void *) &m, sizeof m))
SEND (send_framed, 9, "slip-framed", slip_encode (framed, &m, sizeof m))

#include "stack-clobber.h"

int
main (void)
{
  send_emitted ();
  send_copied ();
  send_framed ();
  clobber (0x5a);
  struct msg a, b, c;
  memcpy (&a, tx, sizeof a);
  memcpy (&b, copied, sizeof b);
  slip_decode ((unsigned char *) &c, framed);
  printf ("%d %s / %d %s / %d %s\n", a.kind, a.payload, b.kind, b.payload,
	  c.kind, c.payload);
  return 0;
}
