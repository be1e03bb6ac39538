/* sound-text-conversions.c -- a pointer's bytes copied by the C library's
   text conversions: sscanf's %6c and %6s into a global, and wcstombs then
   mbstowcs (bytes widened to wchar_t, to UTF-8 and back) into a global.
   An address whose bytes a string cannot carry (under ASan, often) takes
   another way, and that case tests nothing.
   Each object whose address is copied must stay on the heap.  Found by
   an adversarial hunt: the table had sscanf's string and the
   conversions' sources as read only, so the objects moved to the stack
   and the copies pointed into dead frames.  */
/* { dg-do run } */
/* { dg-output "42 %c / 43 %s / 44 wcs(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define N sizeof (void *)
/* The bytes sent: the low six of a 64-bit address (user-space addresses
   have 47 significant bits), which must be neither NUL nor white space;
   the others must be zero.  */
#define K (N == 8 ? 6 : N)

static char by_c[N], by_s[N + 1];
static wchar_t by_wcs[N + 1];
/* When the address has a byte a string cannot carry, the value comes
   back another way (and the object is freed: nothing else escapes).  */
static int fallback[3];

static void
fall_back (int k, int *x)
{
  fallback[k] = *x;
  free (x);
}

/* Whether an address's bytes B can travel as a K-byte string.  */
static int
plain_bytes (const unsigned char *b)
{
  for (unsigned i = 0; i < N; i++)
    if (i < K ? b[i] == 0 || b[i] == ' ' || (b[i] >= '\t' && b[i] <= '\r')
	: b[i] != 0)
      return 0;
  return 1;
}

/* Sends VALUE's address scanned by FORMAT into TO (case K).  */
static void __attribute__ ((noinline))
send_scanned (int k, int value, const char *format, char *to)
{
  int *x = malloc (sizeof *x);
  if (!x)
    abort ();
  *x = value;
  char s[N + 1];
  memcpy (s, &x, N);
  s[K] = 0;
  if (!plain_bytes ((unsigned char *) s) || sscanf (s, format, to) != 1)
    fall_back (k, x);
}

static void __attribute__ ((noinline))
send_wcs (void)
{
  int *x = malloc (sizeof *x);
  if (!x)
    abort ();
  *x = 44;
  unsigned char b[N];
  memcpy (b, &x, N);
  wchar_t w[N + 1];
  char mb[4 * N + 1];
  for (unsigned i = 0; i < K; i++)
    w[i] = b[i];
  w[K] = 0;
  if (!plain_bytes (b) || wcstombs (mb, w, sizeof mb) == (size_t) -1
      || mbstowcs (by_wcs, mb, N + 1) != K)
    fall_back (2, x);
}

#include "stack-clobber.h"

static int
received (const char *bytes, int k)
{
  int *p;
  if (fallback[k])
    return fallback[k];
  memcpy (&p, bytes, N);
  int v = *p;
  free (p);
  return v;
}

int
main (void)
{
  if (!setlocale (LC_ALL, "C.UTF-8"))
    setlocale (LC_ALL, "");
  send_scanned (0, 42, "%6c", by_c);
  send_scanned (1, 43, "%6s", by_s);
  send_wcs ();
  clobber (0x55);
  unsigned char b[N];
  for (unsigned i = 0; i < N; i++)
    b[i] = (unsigned char) by_wcs[i];
  int c = received (by_c, 0), s = received (by_s, 1);
  int w = received ((char *) b, 2);
  printf ("%d %%c / %d %%s / %d wcs\n", c, s, w);
  return 0;
}
