/* sound-bytes-lost.c -- a pointer's bytes kept where the analysis does
   not follow them escape: turned into doubles (a value store whose every
   number is a double), directly or after travelling as an int; put in a
   complex int or in a vector's lanes, an int seen as a float through
   a union, or a word rotated; given to inline asm in an int (an
   outb-style helper).  Found by an adversarial hunt: each object moved
   to the stack, and read back through the bytes after its function
   returned it gave the bytes another call wrote there; an object whose
   address came back through doubles in its own function was freed as a
   heap object while in a slot.  */
/* { dg-do run } */
/* { dg-output "1234567 dbl 1234567 via-int 1234567 cplx 1234567 asm 1234567 lanes 1234567 insert 1234567 union 1234567 rotated 2468ad1(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int v4si __attribute__ ((vector_size (16)));
struct obj { long magic; char name[24]; };

static double saved[8], wire[8];
static _Complex int pairs[4];
static unsigned char gbuf[8];
static v4si lanes[2], acc[2];
static float viewed[8];
static unsigned long rotated[8];

static __attribute__ ((noinline)) void
clobber (void)
{
  volatile unsigned char buf[16384];
  for (int i = 0; i < 16384; i++)
    buf[i] = 0xA5;
  __asm__ volatile ("" ::: "memory");
}

static inline __attribute__ ((always_inline)) struct obj *
make (const char *name)
{
  struct obj *o = malloc (sizeof *o);
  if (!o)
    abort ();
  o->magic = 0x1234567;
  strcpy (o->name, name);
  return o;
}

static void
show (const unsigned char *b)
{
  struct obj *o;
  memcpy (&o, b, sizeof o);
  printf ("%lx %s ", o->magic, o->name);
  free (o);
}

static __attribute__ ((noinline)) void
save_blob (double *dst, const void *src, size_t n)
{
  const unsigned char *s = src;
  for (size_t i = 0; i < n; i++)
    dst[i] = s[i];
}

static __attribute__ ((noinline)) void
put_num (int i, int c)
{
  wire[i] = c;
}

static __attribute__ ((noinline)) void
put_byte (int i, int c)
{
  __asm__ volatile ("movb %b1, %0" : "=m" (gbuf[i]) : "q" (c));
}

static __attribute__ ((noinline)) void
put4 (int k, int a, int b, int c, int d)
{
  lanes[k] = (v4si) { a, b, c, d };
}

static __attribute__ ((noinline)) v4si
set4 (int a, int b, int c, int d)
{
  v4si v = { 0 };
  v[0] = a;
  v[1] = b;
  v[2] = c;
  v[3] = d;
  return v;
}

static __attribute__ ((noinline)) void
keep_doubles (void)
{
  struct obj *o = make ("dbl");
  save_blob (saved, &o, sizeof o);
}

static __attribute__ ((noinline)) void
keep_ints_as_doubles (void)
{
  struct obj *o = make ("via-int");
  unsigned char b[8];
  memcpy (b, &o, 8);
  for (int i = 0; i < 8; i++)
    put_num (i, b[i]);
}

static __attribute__ ((noinline)) void
keep_complex (void)
{
  struct obj *o = make ("cplx");
  unsigned char b[8];
  memcpy (b, &o, 8);
  for (int i = 0; i < 4; i++)
    pairs[i] = b[2 * i] + b[2 * i + 1] * 1i;
}

static __attribute__ ((noinline)) void
keep_asm (void)
{
  struct obj *o = make ("asm");
  unsigned char b[8];
  memcpy (b, &o, 8);
  for (int i = 0; i < 8; i++)
    put_byte (i, b[i]);
}

static __attribute__ ((noinline)) void
keep_lanes (void)
{
  struct obj *o = make ("lanes");
  unsigned char b[8];
  memcpy (b, &o, 8);
  put4 (0, b[0], b[1], b[2], b[3]);
  put4 (1, b[4], b[5], b[6], b[7]);
}

static __attribute__ ((noinline)) void
keep_inserted (void)
{
  struct obj *o = make ("insert");
  unsigned char b[8];
  memcpy (b, &o, 8);
  acc[0] = set4 (b[0], b[1], b[2], b[3]);
  acc[1] = set4 (b[4], b[5], b[6], b[7]);
}

static __attribute__ ((noinline)) void
keep_union_floats (void)
{
  struct obj *o = make ("union");
  unsigned char *b = (unsigned char *) &o;
  for (int i = 0; i < 8; i++)
    {
      union { int i; float f; } u;
      u.i = b[i];
      viewed[i] = u.f;
    }
}

static __attribute__ ((noinline)) void
keep_rotated (void)
{
  struct obj *o = make ("rotated");
  unsigned char b[8];
  memcpy (b, &o, 8);
  for (int i = 0; i < 8; i++)
    {
      unsigned long w = b[i];
      rotated[i] = (w << 16) | (w >> 48);
    }
}

/* Nothing leaves: the address comes back through doubles and the
   object is freed through it.  */
static __attribute__ ((noinline)) long
round_trip (int k)
{
  struct obj *o = make ("back");
  o->magic += k;
  double cell[8];
  unsigned char b[8], c[8];
  memcpy (b, &o, 8);
  for (int i = 0; i < 8; i++)
    cell[i] = b[i];
  for (int i = 0; i < 8; i++)
    c[i] = (unsigned char) cell[i];
  struct obj *q;
  memcpy (&q, c, 8);
  long m = q->magic;
  free (q);
  return m;
}

int
main (void)
{
  keep_doubles ();
  keep_ints_as_doubles ();
  keep_complex ();
  keep_asm ();
  keep_lanes ();
  keep_inserted ();
  keep_union_floats ();
  keep_rotated ();
  clobber ();
  unsigned char b[8];
  for (int i = 0; i < 8; i++)
    b[i] = (unsigned char) saved[i];
  show (b);
  for (int i = 0; i < 8; i++)
    b[i] = (unsigned char) wire[i];
  show (b);
  for (int i = 0; i < 4; i++)
    {
      b[2 * i] = (unsigned char) __real__ pairs[i];
      b[2 * i + 1] = (unsigned char) __imag__ pairs[i];
    }
  show (b);
  show (gbuf);
  for (int i = 0; i < 8; i++)
    b[i] = (unsigned char) lanes[i / 4][i % 4];
  show (b);
  for (int i = 0; i < 8; i++)
    b[i] = (unsigned char) acc[i / 4][i % 4];
  show (b);
  for (int i = 0; i < 8; i++)
    {
      union { int i; float f; } u;
      u.f = viewed[i];
      b[i] = (unsigned char) u.i;
    }
  show (b);
  for (int i = 0; i < 8; i++)
    b[i] = (unsigned char) ((rotated[i] >> 16) | (rotated[i] << 48));
  show (b);
  printf ("%lx\n", round_trip (1) + round_trip (2));
  return 0;
}
