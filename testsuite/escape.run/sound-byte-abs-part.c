/* sound-byte-abs-part.c -- a getc-style int that holds a pointer's byte
   keeps it through abs () (GCC's ABS_EXPR: abs, labs, c < 0 ? -c : c),
   as through a clamp, and through its low half taken as a short (GCC's
   BIT_FIELD_REF: memcpy into a short, a union of an int and shorts).
   The plugin followed neither, the object moved and the rebuilt pointer
   read a dead frame (hunt 39-d F1, F5).  */
/* { dg-do run } */
/* { dg-output "secret secret secret secret secret(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

unsigned char port[5][sizeof (char *)];
unsigned short wide[sizeof (char *)];

/* The byte as a getc-style reader gives it.  */
__attribute__ ((noinline)) static int
byte_of (char **pp, int i)
{
  return ((unsigned char *) pp)[i];
}

union halves
{
  int i;
  unsigned short s[2];
};

__attribute__ ((noinline)) static void
send (void)
{
  char *p = malloc (16);
  strcpy (p, "secret");
  for (int i = 0; i < (int) sizeof p; i++)
    {
      int b = byte_of (&p, i);
      port[0][i] = abs (b);
      port[1][i] = (unsigned char) labs ((long) b);
      port[2][i] = b < 0 ? -b : b;
      unsigned short s;
      memcpy (&s, &b, sizeof s);
      port[3][i] = (unsigned char) s;
      union halves h;
      h.i = b;
      wide[i] = h.s[0];
    }
}

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
  send ();
  clobber ();
  for (unsigned i = 0; i < sizeof (char *); i++)
    port[4][i] = (unsigned char) wide[i];
  char *q[5];
  for (int k = 0; k < 5; k++)
    memcpy (&q[k], port[k], sizeof q[k]);
  printf ("%.6s %.6s %.6s %.6s %.6s\n", q[0], q[1], q[2], q[3], q[4]);
  return 0;
}
