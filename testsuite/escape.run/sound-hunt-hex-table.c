/* sound-hunt-hex-table.c -- an address formatted by hand as hex text (a
   digit table indexed by its bits, the usual no-stdio formatter) and
   parsed back: the bits reach the text only through array indices, and
   the object escapes.  Two formatters, one reading digits[v % 16], one
   taking &digits[v % 16] first; each session is reached only through
   its own formatter's text.
   Found by an adversarial hunt (a program written outside the tests);
   it failed with the plugin before this round.  Only at -O0: from -O1 on
   GCC itself assumes the object is not reached through the parsed
   integer (provenance), and the program prints garbage without the
   plugin too.  */
/* { dg-do run } */
/* escape-levels: -O0 */
/* { dg-output "session 'alice' id 7(\n|\r\n|\r)session 'bob' id 8(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct session { char user[16]; int id; };

static const char digits[] = "0123456789abcdef";

/* "s:" and 16 hex digits.  */
static char handle_read[2 + 16 + 1], handle_addressed[2 + 16 + 1];

static void
format_hex_read (char *out, uintptr_t v)
{
  for (int i = 15; i >= 0; i--)
    {
      out[i] = digits[v % 16];
      v /= 16;
    }
  out[16] = '\0';
}

static void
format_hex_addressed (char *out, uintptr_t v)
{
  for (int i = 15; i >= 0; i--)
    {
      const char *digit = &digits[v % 16];
      out[i] = *digit;
      v /= 16;
    }
  out[16] = '\0';
}

#define OPEN_SESSION(name, handle, format)				\
  __attribute__ ((noinline)) void						\
  name (const char *user, int id)						\
  {									\
    struct session *s = malloc (sizeof *s);				\
    strcpy (s->user, user);						\
    s->id = id;								\
    handle[0] = 's';							\
    handle[1] = ':';							\
    format (handle + 2, (uintptr_t) s);					\
  }
OPEN_SESSION (open_session_read, handle_read, format_hex_read)
OPEN_SESSION (open_session_addressed, handle_addressed, format_hex_addressed)

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

static void
show (const char *handle)
{
  struct session *s = find_session (handle);
  printf ("session '%s' id %d\n", s->user, s->id);
  free (s);
}

int
main (void)
{
  open_session_read ("alice", 7);
  scribble ();
  show (handle_read);
  open_session_addressed ("bob", 8);
  scribble ();
  show (handle_addressed);
  return 0;
}
