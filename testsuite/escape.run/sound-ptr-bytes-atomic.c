/* sound-ptr-bytes-atomic.c -- a pointer's bytes moved with 1-byte
   atomics: published byte by byte with __atomic_store_n into a global
   (a seqlock-style byte buffer) and read back after the function
   returned, or copied through __atomic_load_n into a pointer kept in a
   global.  The character forms of the atomic builtins (_1) were taken
   for narrow integers that move no pointer, so both objects moved to the
   stack (found by an adversarial hunt); characters carry pointer bytes
   here as everywhere.  */
/* { dg-do run } */
/* { dg-output "hello jello(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "stack-clobber.h"

unsigned char cells[sizeof (char *)];
char *keep;

static void __attribute__ ((noinline))
publish (const char *text)
{
  char *p = malloc (32);
  if (!p)
    abort ();
  strcpy (p, text);
  unsigned char b[sizeof p];
  memcpy (b, &p, sizeof p);
  for (size_t i = 0; i < sizeof p; i++)
    __atomic_store_n (&cells[i], b[i], __ATOMIC_RELEASE);
}

static void __attribute__ ((noinline))
copy (const char *text)
{
  char *p = malloc (32);
  if (!p)
    abort ();
  strcpy (p, text);
  unsigned char from[sizeof p], to[sizeof p];
  memcpy (from, &p, sizeof p);
  for (size_t i = 0; i < sizeof p; i++)
    to[i] = __atomic_load_n (&from[i], __ATOMIC_ACQUIRE);
  memcpy (&keep, to, sizeof keep);
}

int
main (void)
{
  publish ("hello");
  copy ("jello");
  clobber ('Z');
  unsigned char b[sizeof (char *)];
  for (size_t i = 0; i < sizeof b; i++)
    b[i] = __atomic_load_n (&cells[i], __ATOMIC_ACQUIRE);
  char *published;
  memcpy (&published, b, sizeof published);
  printf ("%.5s %.5s\n", published, keep);
  return 0;
}
