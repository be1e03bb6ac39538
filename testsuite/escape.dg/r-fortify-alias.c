/* r-fortify-alias.c -- under _FORTIFY_SOURCE=2 (a distribution's
   default) glibc's wrappers of read, recv, pread and fread call the
   function under a name of their own whose asm label is the library's
   (`__read_alias' is `read'), or its checked form (__read_chk, which
   compares the count with the buffer's size): the call takes the
   library function's row, so a buffer read into moves, as without the
   wrappers.  Before, each was "passed to unknown function
   '__read_alias'".  What the row says escapes still does: read's count
   may be returned.  */
/* { dg-do compile } */
/* { dg-options "-O2 -D_FORTIFY_SOURCE=2 -fplugin-arg-escape-report" } */

#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

int
first_byte (int fd)
{
  char *b = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!b)
    return -1;
  ssize_t n = read (fd, b, 64);
  int r = n > 0 ? b[0] : -1;
  free (b);
  return r;
}

int
first_received (int fd)
{
  char *b = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!b)
    return -1;
  ssize_t n = recv (fd, b, 64, 0);
  int r = n > 0 ? b[0] : -1;
  free (b);
  return r;
}

int
byte_at (int fd, off_t at)
{
  char *b = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!b)
    return -1;
  ssize_t n = pread (fd, b, 64, at);
  int r = n > 0 ? b[0] : -1;
  free (b);
  return r;
}

/* A count known only at run time: __read_chk and __fread_chk.  */
int
first_byte_of (int fd, size_t n)
{
  char *b = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!b)
    return -1;
  ssize_t k = read (fd, b, n);
  int r = k > 0 ? b[0] : -1;
  free (b);
  return r;
}

int
first_item (FILE *f, size_t n)	/* { dg-message "f does not escape" } */
{
  char *b = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!b)
    return -1;
  size_t k = fread (b, 1, n, f);
  int r = k ? b[0] : -1;
  free (b);
  return r;
}

/* The count read may be the count given: an address given as the
   count escapes, with the wrapper as without it.  */
ssize_t
count_as_address (int fd, char *buf)	/* { dg-message "buf does not escape" } */
{
  char *b = malloc (64);	/* { dg-message "escapes: kept by 'read'" } */
  if (!b)
    return -1;
  return read (fd, buf, (size_t) b);
}
