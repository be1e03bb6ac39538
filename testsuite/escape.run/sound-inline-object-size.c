/* sound-inline-object-size.c -- __builtin_dynamic_object_size in a
   helper that is inlined after the plugin's decision.

   copy_bounded copies a string into a buffer, truncated to the room the
   compiler knows the buffer has (__builtin_dynamic_object_size), or to
   the length its caller passes when the compiler cannot tell.  Its
   caller's buffer has a run-time size, so it may take a guarded slot
   of 256 bytes: the call's own function asks nothing about sizes.  But
   copy_bounded is static and called once, so GCC inlines it after the
   decision (from -O1 on), and the size it reads becomes the slot's, not
   the 12 bytes that were asked for.  At -O0 nothing is inlined, the
   builtin answers "unknown", and the caller's length is used.  */
/* { dg-do run } */
/* { dg-output "object-size 11 \\\[hello, worl\\\](\n|\r\n|\r)" } */
/* escape-heap-allocs: same */
/* escape-levels: -O1 -O2 -O3 -Os */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile size_t want = 12;

/* Copies SRC into DST, at most the room DST has, and terminates it;
   returns the length copied.  */
static size_t
copy_bounded (char *dst, const char *src, size_t fallback)
{
  size_t room = __builtin_dynamic_object_size (dst, 0);
  if (room == (size_t) -1)
    room = fallback;
  if (room == 0)
    return 0;
  size_t len = strlen (src);
  if (len > room - 1)
    len = room - 1;
  memcpy (dst, src, len);
  dst[len] = '\0';
  return len;
}

__attribute__ ((noinline)) static void
greet (const char *text)
{
  size_t n = want;
  char *buf = malloc (n);
  if (!buf)
    abort ();
  size_t len = copy_bounded (buf, text, n);
  printf ("object-size %zu [%s]\n", len, buf);
  free (buf);
}

int
main (void)
{
  greet ("hello, world, and everyone in it");
  return 0;
}
