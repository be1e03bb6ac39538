/* sound-int-byte-sinks.c -- an int a getc-style reader returns may hold
   a pointer's byte (its callee's note says "leaking param to result"),
   and the doc says such a byte escapes where it is given to inline asm,
   turned into a double, or seen as a float through a union.  The call's
   result got a location only for uses that keep the byte as it is
   (byte_kept_p), which counted none of these: the byte was lost, the
   object moved, and the pointer rebuilt from the bytes dangled (hunt
   38-c F3, every level).  */
/* { dg-do run } */
/* { dg-output "secret secret secret(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The pointers rebuilt, where LeakSanitizer finds them.  */
char *rebuilt[3];

unsigned char port[sizeof (char *)];
double as_double[sizeof (char *)];
float as_float[sizeof (char *)];

__attribute__ ((noinline)) static int
byte_of (char **pp, int i)
{
  return ((unsigned char *) pp)[i];
}

__attribute__ ((noinline)) static void
to_asm (void)
{
  char *p = malloc (16);
  strcpy (p, "secret");
  for (int i = 0; i < (int) sizeof p; i++)
    {
      int b = byte_of (&p, i);
#if defined __x86_64__ || defined __i386__
      __asm__ volatile ("movb %b1, %0" : "=m" (port[i]) : "q" (b));
#else
      __asm__ volatile ("" : "+r" (b));
      port[i] = (unsigned char) b;
#endif
    }
}

__attribute__ ((noinline)) static void
to_double (void)
{
  char *p = malloc (16);
  strcpy (p, "secret");
  for (int i = 0; i < (int) sizeof p; i++)
    as_double[i] = byte_of (&p, i);
}

__attribute__ ((noinline)) static void
to_float_bits (void)
{
  char *p = malloc (16);
  strcpy (p, "secret");
  for (int i = 0; i < (int) sizeof p; i++)
    {
      union { int i; float f; } u;
      u.i = byte_of (&p, i);
      as_float[i] = u.f;
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
  unsigned char b[3][sizeof (char *)];
  to_asm ();
  clobber ();
  to_double ();
  clobber ();
  to_float_bits ();
  clobber ();
  for (int i = 0; i < (int) sizeof (char *); i++)
    {
      union { int i; float f; } u;
      u.f = as_float[i];
      b[0][i] = port[i];
      b[1][i] = (unsigned char) as_double[i];
      b[2][i] = (unsigned char) u.i;
    }
  memcpy (rebuilt, b, sizeof rebuilt);
  printf ("%.6s %.6s %.6s\n", rebuilt[0], rebuilt[1], rebuilt[2]);
  return 0;
}
