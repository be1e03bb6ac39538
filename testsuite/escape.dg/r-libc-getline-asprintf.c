/* r-libc-getline-asprintf.c -- glibc's getline, which bits/stdio.h
   makes an inline call of __getdelim where GCC optimizes, and asprintf
   call no user code: a function that reads lines or formats with them
   is no function that may recurse, and its objects move.  Found by an
   adversarial hunt's word counter, which kept every object on the heap
   (it took its SIGINT flag for the cause).  What asprintf formats leaves
   with its text (the row's 'O'); its string is the library's.  */
/* { dg-do compile } */
/* { dg-options "-O2 -D_GNU_SOURCE -fplugin-arg-escape-report" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *in;

int
count_lines (void)
{
  char *seen = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!seen)
    return -1;
  memset (seen, 0, 64);
  char *line = NULL;
  size_t cap = 0;
  int n = 0;
  while (getline (&line, &cap, in) > 0)
    seen[n++ & 63] = line[0];
  free (line);
  int r = seen[n & 63] + n;
  free (seen);
  return r;
}

int
label_length (int k)
{
  char *tag = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!tag)
    return -1;
  strcpy (tag, "item");
  char *text = NULL;
  if (asprintf (&text, "%s-%d", tag, k) < 0)
    {
      free (tag);
      return -1;
    }
  int r = strlen (text);
  free (text);
  free (tag);
  return r;
}

char *keep;

int
label_kept (int k)
{
  char *tag = malloc (16);	/* { dg-message "escapes: its address is printed by 'asprintf'" } */
  if (!tag)
    return -1;
  strcpy (tag, "item");
  return asprintf (&keep, "%p-%d", (void *) tag, k);
}
