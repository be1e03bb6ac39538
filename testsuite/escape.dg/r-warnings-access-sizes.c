/* r-warnings-access-sizes.c -- a slot makes no -Wstringop-overflow
   warning that the heap object did not: GCC does not know the size of
   a strdup result on the heap, but knows a slot's, and warns where a
   function declared with attribute access (glibc's read, wcstombs) is
   given a larger size.  Found by an adversarial hunt: with -Wall
   -Werror, such a file no longer compiled.  A strdup result given to
   such a size stays on the heap; a malloc'd object, whose size GCC
   knows on the heap too, still moves.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall -Werror -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

int
fill (int fd)
{
  char *d = strdup ("abcdefghijklmnopq");	/* { dg-message "does not escape, stays on heap: its size is read by 'read'" } */
  if (!d)
    return -1;
  int n = (int) read (fd, d, 100);
  int r = n > 0 ? d[0] : 0;
  free (d);
  return r;
}

int
convert (void)
{
  char *d = strdup ("abcdefghijklmnopq");	/* { dg-message "does not escape, stays on heap: its size is read by 'wcstombs'" } */
  if (!d)
    return -1;
  size_t n = wcstombs (d, L"ab", 100);
  int r = (int) n + d[0];
  free (d);
  return r;
}

int
fill_fixed (int fd)
{
  char *d = malloc (128);	/* { dg-message "moved to stack \\(128 bytes\\)" } */
  if (!d)
    return -1;
  int n = (int) read (fd, d, 100);
  int r = n > 0 ? d[0] : 0;
  free (d);
  return r;
}
