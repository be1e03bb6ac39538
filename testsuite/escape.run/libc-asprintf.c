/* libc-asprintf.c -- asprintf's text, and what it formats: a buffer
   formatted by its text moves, its string is the library's (freed by
   the program); an object whose address the text holds escapes, and is
   found again through it after its function returned.  getline, which
   glibc inlines as __getdelim, reads the lines.  */
/* { dg-do run } */
/* { dg-output "item-7 6 kept 3(\n|\r\n|\r)" } */
/* escape-heap-allocs: 1 */

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *kept;

static __attribute__ ((noinline)) int
label (int k, char **out)
{
  char *tag = malloc (16);
  if (!tag)
    abort ();
  strcpy (tag, "item");
  int r = asprintf (out, "%s-%d", tag, k);
  free (tag);
  return r;
}

static __attribute__ ((noinline)) void
remember (void)
{
  char *o = malloc (16);
  if (!o)
    abort ();
  strcpy (o, "kept");
  if (asprintf (&kept, "%p", (void *) o) < 0)
    abort ();
}

static __attribute__ ((noinline)) int
clobber (int k)
{
  volatile char b[4096];
  for (int i = 0; i < 4096; i++)
    b[i] = (char) k;
  return b[k];
}

static __attribute__ ((noinline)) int
lines (void)
{
  FILE *f = fmemopen ((void *) "a\nb\nc\n", 6, "r");
  if (!f)
    abort ();
  char *line = NULL;
  size_t cap = 0;
  int n = 0;
  while (getline (&line, &cap, f) > 0)
    n++;
  free (line);
  fclose (f);
  return n;
}

int
main (void)
{
  char *text;
  int n = label (7, &text);
  remember ();
  clobber (65);
  void *p;
  if (sscanf (kept, "%p", &p) != 1)
    abort ();
  printf ("%s %d %s %d\n", text, n, (char *) p, lines ());
  free (text);
  free (kept);
  free (p);
  return 0;
}
