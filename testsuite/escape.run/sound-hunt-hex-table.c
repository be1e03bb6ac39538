/* sound-hunt-hex-table.c -- an address formatted by hand as hex text (a
   digit table indexed by its bits, the usual no-stdio formatter) and
   parsed back: the bits reach the text only through array indices, and
   the object escapes.
   Found by an adversarial hunt (a program written outside the tests);
   it failed with the plugin before this round.  Only at -O0: from -O1 on
   GCC itself assumes the object is not reached through the parsed
   integer (provenance), and the program prints garbage without the
   plugin too.  */
/* { dg-do run } */
/* escape-levels: -O0 */
/* { dg-output "session 'alice' id 7(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct session { char user[16]; int id; };

static char handle[2 + 16 + 1];		/* "s:" and 16 hex digits */

static void
format_hex (char *out, uintptr_t v)
{
  static const char digits[] = "0123456789abcdef";
  for (int i = 15; i >= 0; i--)
    {
      out[i] = digits[v % 16];
      v /= 16;
    }
  out[16] = '\0';
}

__attribute__ ((noinline)) void
open_session (const char *user, int id)
{
  struct session *s = malloc (sizeof *s);
  strcpy (s->user, user);
  s->id = id;
  handle[0] = 's';
  handle[1] = ':';
  format_hex (handle + 2, (uintptr_t) s);
}

__attribute__ ((noinline)) struct session *
find_session (const char *h)
{
  return (struct session *) (uintptr_t) strtoull (h + 2, NULL, 16);
}

/* Writes over whatever open_session's frame held.  */
__attribute__ ((noinline)) void
scribble (void)
{
  volatile char junk[4096];
  for (int i = 0; i < 4096; i++)
    junk[i] = 'X';
}

int
main (void)
{
  open_session ("alice", 7);
  scribble ();
  struct session *s = find_session (handle);
  printf ("session '%s' id %d\n", s->user, s->id);
  free (s);
  return 0;
}
