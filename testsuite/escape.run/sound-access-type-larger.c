/* sound-access-type-larger.c -- objects read through a pointer to a type
   larger than the object: a struct with a flexible array member
   allocated as offsetof (struct s, data) + n bytes, smaller than
   sizeof (struct s) (its padding, or a large array member), and an
   array of int reached through int (*)[64], and one lane of a vector or
   half of a complex number written as such.  Only bytes inside the
   object are touched.  GCC's alias oracle takes an access through a
   pointer to a type larger than a variable for one that cannot touch it,
   so in a slot the store through the pointer was lost (wrong output at
   -O2, -O3, -Os, -flto).  Found by an adversarial hunt.  */
/* { dg-do run } */
/* { dg-options "-Wno-array-bounds" } */
/* { dg-output "2 / 2 / 105 10 / 7 / 7 7(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct str { long len; char tag; char data[]; };	/* 16 bytes, data at 9 */
struct msg { int type; int len; char buf[4096]; };

static struct str other_str;
static struct msg other_msg;
static int other_ints[64];
static volatile int pick = 1;

/* 12 bytes, written as a long and as struct str's first member.  */
static long __attribute__ ((noinline))
padded_tail (void)
{
  void *m = malloc (offsetof (struct str, data) + 3);
  if (!m)
    abort ();
  long *lp = m;
  *lp = 1;
  struct str *q = pick ? (struct str *) m : &other_str;
  q->len = 2;
  long r = *lp;
  free (m);
  return r;
}

/* A size GCC knows only after its loop passes: a guarded slot.  */
static size_t __attribute__ ((noinline))
payload (void)
{
  size_t n = 0;
  for (int i = 0; i < 4; i++)
    n += 4;
  return n;
}

static long __attribute__ ((noinline))
guarded_tail (void)
{
  void *m = malloc (offsetof (struct msg, buf) + payload ());
  if (!m)
    abort ();
  int *ip = m;
  ip[1] = 1;
  struct msg *q = pick ? (struct msg *) m : &other_msg;
  q->len = 2;
  long r = ip[1];
  free (m);
  return r;
}

/* Two messages sized by their text, one picked to update.  */
static void __attribute__ ((noinline))
messages (const char *text)
{
  size_t n = strlen (text);
  struct msg *a = malloc (offsetof (struct msg, buf) + n);
  struct msg *b = malloc (offsetof (struct msg, buf) + 2 * n);
  if (!a || !b)
    abort ();
  a->type = 1;
  a->len = (int) n;
  memcpy (a->buf, text, n);
  b->type = 1;
  b->len = (int) (2 * n);
  memcpy (b->buf, text, n);
  memcpy (b->buf + n, text, n);
  struct msg *cur = pick ? a : b;
  cur->len += 100;
  printf ("%d %d / ", a->len, b->len);
  free (a);
  free (b);
}

/* 16 bytes reached through a pointer to 64 ints.  */
static int __attribute__ ((noinline))
array_view (void)
{
  int *m = malloc (4 * sizeof (int));
  if (!m)
    abort ();
  m[2] = 1;
  int (*v)[64] = pick ? (int (*)[64]) m : &other_ints;
  (*v)[2] = 7;
  int r = m[2];
  free (m);
  return r;
}

typedef int v4 __attribute__ ((vector_size (16)));
static v4 other_vector;
static _Complex double other_complex;

/* 8 bytes, lane 1 written as a 16-byte vector's.  */
static int __attribute__ ((noinline))
vector_lane (void)
{
  int *m = malloc (8);
  if (!m)
    abort ();
  m[1] = 1;
  v4 *vp = pick ? (v4 *) m : &other_vector;
  (*vp)[1] = 7;
  int r = m[1];
  free (m);
  return r;
}

/* 8 bytes, written as a complex double's real part.  */
static double __attribute__ ((noinline))
complex_half (void)
{
  double *m = malloc (8);
  if (!m)
    abort ();
  m[0] = 1;
  _Complex double *cp = pick ? (_Complex double *) m : &other_complex;
  __real__ *cp = 7;
  double r = m[0];
  free (m);
  return r;
}

int
main (void)
{
  printf ("%ld / %ld / ", padded_tail (), guarded_tail ());
  messages ("hello");
  printf ("%d / ", array_view ());
  printf ("%d %g\n", vector_lane (), complex_half ());
  return 0;
}
