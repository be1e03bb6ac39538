/* sound-text-copies.c -- a pointer kept as text (its address written as
   letters) goes wherever the text is copied: by strcpy, strncpy,
   stpcpy, strcat, strncat, sprintf's and snprintf's %s, vsnprintf's,
   strdup, and out to a file by fputs, fprintf and vfprintf, read back
   later.  Each object whose address is copied so must stay on the heap.
   Found by an adversarial hunt: the table said these functions only read
   their source, so the objects moved to the stack and the decoded
   pointers read dead frames.  */
/* { dg-do run } */
/* { dg-output "strcpy-0 strncpy-1 stpcpy-2 strcat-3 strncat-4 sprintf-5 snprintf-6 vsnprintf-7 strdup-8 fputs-9 fprintf-10 vfprintf-11 (\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 12
static char kept[N][64];
static char *duplicate;
static FILE *spool;

/* The address of OBJ as 16 letters.  */
static void
encode (char out[17], const void *obj)
{
  uintptr_t v = (uintptr_t) obj;
  for (int i = 0; i < 16; i++)
    out[i] = (char) ('a' + ((v >> (4 * i)) & 15));
  out[16] = 0;
}

static void *
decode (const char *s)
{
  uintptr_t v = 0;
  for (int i = 0; i < 16; i++)
    v |= (uintptr_t) (s[i] - 'a') << (4 * i);
  return (void *) v;
}

static void
format_into (char *dst, size_t n, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  vsnprintf (dst, n, fmt, ap);
  va_end (ap);
}

static void
print_to (FILE *f, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  vfprintf (f, fmt, ap);
  va_end (ap);
}

/* One function per copy, so that each object's fate is its own.  */
#define POST(k, name, copy)						\
  static void __attribute__ ((noinline))				\
  post_##k (void)							\
  {									\
    char *obj = malloc (32);						\
    if (!obj)								\
      abort ();								\
    sprintf (obj, "%s-%d", name, k);					\
    char h[17];								\
    encode (h, obj);							\
    copy;								\
  }

POST (0, "strcpy", strcpy (kept[0], h))
POST (1, "strncpy", strncpy (kept[1], h, sizeof kept[1]))
POST (2, "stpcpy", stpcpy (kept[2], h))
POST (3, "strcat", strcat (kept[3], h))
POST (4, "strncat", strncat (kept[4], h, 20))
POST (5, "sprintf", sprintf (kept[5], "%s", h))
POST (6, "snprintf", snprintf (kept[6], sizeof kept[6], "%s", h))
POST (7, "vsnprintf", format_into (kept[7], sizeof kept[7], "%s", h))
POST (8, "strdup", duplicate = strdup (h))
POST (9, "fputs", (fputs (h, spool), fputc ('\n', spool)))
POST (10, "fprintf", fprintf (spool, "%s\n", h))
POST (11, "vfprintf", print_to (spool, "%s\n", h))

#include "stack-clobber.h"

int
main (void)
{
  spool = tmpfile ();
  if (!spool)
    abort ();
  post_0 ();
  post_1 ();
  post_2 ();
  post_3 ();
  post_4 ();
  post_5 ();
  post_6 ();
  post_7 ();
  post_8 ();
  post_9 ();
  post_10 ();
  post_11 ();
  clobber (0x5a);
  rewind (spool);
  for (int k = 0; k < N; k++)
    {
      char line[64];
      const char *text = k < 8 ? kept[k] : k == 8 ? duplicate
			 : fgets (line, sizeof line, spool);
      if (!text)
	abort ();
      char *obj = decode (text);
      printf ("%s ", obj);
      free (obj);
    }
  free (duplicate);
  putchar ('\n');
  return 0;
}
