/* sound-byte-source-int.c -- a pointer's bytes read back one by one
   through getc-style functions that return an int: an accessor called
   per byte, a reader inlined into its loop that returns the byte or -1
   (the int merges both), one with a pushed-back byte kept in an int
   field, and a not inlined reader whose result the loop merges with a
   fill byte.  Each copy lands in a global, so each object whose address
   is copied must stay on the heap.  With the plugin before this test,
   an int that a function returned or a PHI merged was taken for text:
   the objects moved to the stack and the copies pointed into dead
   frames.  */
/* { dg-do run } */
/* { dg-output "7 accessor / 1 reader / 9 pushback / 4 merged(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct msg
{
  int kind;
  const char *payload;
};

struct reader
{
  const unsigned char *buf;
  int pos, len, back;
};

static unsigned char out[4][sizeof (struct msg)];

int __attribute__ ((noinline))
byte_at (const unsigned char *p, int i)
{
  return p[i];
}

static int
next (struct reader *r)
{
  return r->pos < r->len ? r->buf[r->pos++] : -1;
}

static int
next_back (struct reader *r)
{
  if (r->back >= 0)
    {
      int c = r->back;
      r->back = -1;
      return c;
    }
  return next (r);
}

static void
unread (struct reader *r, int c)
{
  r->back = c;
}

int __attribute__ ((noinline))
next_call (struct reader *r)
{
  return next (r);
}

static void
by_accessor (const unsigned char *m)
{
  for (int i = 0; i < (int) sizeof (struct msg); i++)
    out[0][i] = byte_at (m, i);
}

static void
by_reader (const unsigned char *m)
{
  struct reader r = { m, 0, sizeof (struct msg), -1 };
  int c, n = 0;
  while ((c = next (&r)) >= 0)
    out[1][n++] = c;
}

static void
by_pushback (const unsigned char *m)
{
  struct reader r = { m, 0, sizeof (struct msg), -1 };
  int c, n = 0;
  while ((c = next_back (&r)) >= 0)
    {
      /* Peek at the next byte and push it back.  */
      int d = next_back (&r);
      if (d >= 0)
	unread (&r, d);
      out[2][n++] = c;
    }
}

static void
by_merge (const unsigned char *m, int fill)
{
  struct reader r = { m, 0, sizeof (struct msg), -1 };
  for (int n = 0; n < (int) sizeof (struct msg); n++)
    {
      int c = fill < 0 ? next_call (&r) : fill;
      out[3][n] = c;
    }
}

#define SEND(fn, k, text, how)						\
  static void __attribute__ ((noinline))				\
  fn (int fill)								\
  {									\
    char *p = malloc (32);						\
    if (!p)								\
      abort ();								\
    strcpy (p, text);							\
    struct msg m = { k, p };						\
    how;								\
  }

SEND (send_accessor, 7, "accessor", by_accessor ((void *) &m))
SEND (send_reader, 1, "reader", by_reader ((void *) &m))
SEND (send_pushback, 9, "pushback", by_pushback ((void *) &m))
SEND (send_merged, 4, "merged", by_merge ((void *) &m, fill))

#include "stack-clobber.h"

int
main (int argc, char **argv)
{
  (void) argv;
  int fill = -argc;
  send_accessor (fill);
  send_reader (fill);
  send_pushback (fill);
  send_merged (fill);
  clobber (0x5a);
  struct msg m[4];
  memcpy (m, out, sizeof m);
  printf ("%d %s / %d %s / %d %s / %d %s\n", m[0].kind, m[0].payload,
	  m[1].kind, m[1].payload, m[2].kind, m[2].payload, m[3].kind,
	  m[3].payload);
  for (int i = 0; i < 4; i++)
    free ((void *) m[i].payload);
  return 0;
}
