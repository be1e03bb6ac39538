/* r-libc-leaf-calls.c -- C library functions glibc declares leaf
   (they return to the caller only by returning) and the plugin's table
   lists: the table says they hold no slots of the plugin's.  A leaf
   function it does not know may be another library's, built with the
   plugin, and counts a whole max-stack-size below its caller (the
   "stack budget" note); these do not, and each object moves.  */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int
message_length (int err)
{
  int *n = malloc (sizeof *n);	/* { dg-message "moved to stack \\(4 bytes\\)" } */
  if (!n)
    return -1;
  *n = (int) strlen (strerror (err)) + (int) strlen (nl_langinfo (CODESET));
  int r = *n;
  free (n);
  return r;
}

long
elapsed (void)
{
  long *t = malloc (sizeof *t);	/* { dg-message "moved to stack \\(8 bytes\\)" } */
  if (!t)
    return -1;
  *t = (long) clock () + getpagesize ();
  long r = *t;
  free (t);
  return r;
}

int
stream_state (FILE *f)	/* { dg-message "f does not escape" } */
{
  int *s = malloc (sizeof *s);	/* { dg-message "moved to stack \\(4 bytes\\)" } */
  if (!s)
    return -1;
  *s = feof (f) + 2 * ferror (f) + 4 * fileno (f);
  clearerr (f);
  int r = *s;
  free (s);
  return r;
}
