/* r-bounded-read-late-limit.c -- calls that read up to a limit they may
   stop short of (strncmp, memchr, strnlen) with a limit that is not a
   constant when the plugin decides: the object moves, and the rewrite
   passes the limit through an empty asm, so that no later pass folds it
   into a constant larger than the slot.  GCC would take such a read for
   one that cannot touch the slot (stores into it deleted as dead:
   escape.run/sound-bounded-reads.c) and warn about it under -Wall (the
   loop's sum below, a constant only after the loop passes).  A constant
   limit larger than the slot, SIZE_MAX too, keeps the object on the
   heap.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall -Werror -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

/* Is PATH ROOT or below it?  A prefix of a length known at run time.  */
int
inside (const char *dir,	/* { dg-message "dir does not escape" } */
	const char *name,	/* { dg-message "name does not escape" } */
	const char *root)	/* { dg-message "root does not escape" } */
{
  size_t ld = strlen (dir), ln = strlen (name);
  char *path = malloc (ld + ln + 2);	/* { dg-message "moved to stack when size <= 256" } */
  if (!path)
    return -1;
  memcpy (path, dir, ld);
  path[ld] = '/';
  memcpy (path + ld + 1, name, ln + 1);
  size_t l = strlen (root);
  int r = strncmp (path, root, l) == 0 && (path[l] == '\0' || path[l] == '/');
  free (path);
  return r;
}

static size_t
late_limit (void)
{
  size_t cap = 0;
  for (int i = 0; i < 8; i++)
    cap += 128;
  return cap;
}

long
find_late (int skip)
{
  char *buf = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  if (!buf)
    return -1;
  strcpy (buf, "key=value");
  char *s = buf + skip;
  char *eq = memchr (s, '=', late_limit ());
  long r = eq ? eq - s : -1;
  free (buf);
  return r;
}

long
length_up_to (const char *text, size_t n) /* { dg-message "text does not escape" } */
{
  char *p = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!p)
    return -1;
  strncpy (p, text, 15);
  p[15] = '\0';
  long r = (long) strnlen (p, n);
  free (p);
  return r;
}

/* A constant limit past INT64_MAX is larger than any slot too (GCC
   warns about it on the heap object).  */
#pragma GCC diagnostic ignored "-Wstringop-overread"
long
length_up_to_max (const char *text) /* { dg-message "text does not escape" } */
{
  char *p = malloc (16);	/* { dg-message "does not escape, stays on heap: its size is read by 'strnlen'" } */
  if (!p)
    return -1;
  strncpy (p, text, 15);
  p[15] = '\0';
  long r = (long) strnlen (p, (size_t) -1);
  free (p);
  return r;
}
