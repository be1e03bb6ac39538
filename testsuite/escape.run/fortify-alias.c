/* fortify-alias.c -- buffers read into through _FORTIFY_SOURCE's
   wrappers of read, pread, recv and fread, which call the library
   under other names (__read_alias) or its checked forms (__read_chk):
   the buffers move, and what is read into them is what was written.  */
/* { dg-do run } */
/* { dg-options "-D_FORTIFY_SOURCE=2" } */
/* escape-levels: -O1 -O2 -O3 -Os */
/* { dg-output "read hello recv world pread llo fread file (\n|\r\n|\r)" } */
/* escape-heap-allocs: 0 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static __attribute__ ((noinline)) void
show (const char *what, const char *text)
{
  printf ("%s %s ", what, text);
}

static __attribute__ ((noinline)) int
from_pipe (size_t n)
{
  int fds[2];
  if (pipe (fds))
    return -1;
  if (write (fds[1], "hello", 6) != 6)
    return -1;
  char *b = malloc (64);
  if (!b)
    abort ();
  ssize_t k = read (fds[0], b, n);
  if (k == 6)
    show ("read", b);
  free (b);
  close (fds[0]);
  close (fds[1]);
  return k == 6 ? 0 : -1;
}

static __attribute__ ((noinline)) int
from_file (FILE *f, int fd, size_t n)
{
  char *b = malloc (64);
  if (!b)
    abort ();
  ssize_t k = pread (fd, b, n, 2);
  if (k == 4)
    show ("pread", b);
  char *c = malloc (64);
  if (!c)
    abort ();
  size_t m = fread (c, 1, n, f);
  if (m == 5)
    show ("fread", c);
  free (c);
  free (b);
  return k == 4 && m == 5 ? 0 : -1;
}

static __attribute__ ((noinline)) int
from_socket (size_t n)
{
  int sv[2];
  if (socketpair (AF_UNIX, SOCK_STREAM, 0, sv))
    return -1;
  if (send (sv[1], "world", 6, 0) != 6)
    return -1;
  char *b = malloc (64);
  if (!b)
    abort ();
  ssize_t k = recv (sv[0], b, n, 0);
  if (k == 6)
    show ("recv", b);
  free (b);
  close (sv[0]);
  close (sv[1]);
  return k == 6 ? 0 : -1;
}

int
main (int argc, char **argv)
{
  (void) argv;
  size_t n = 63 + (size_t) argc;
  int r = from_pipe (n);
  FILE *f = tmpfile ();
  if (!f || fwrite ("file", 1, 5, f) != 5 || fflush (f))
    return 1;
  rewind (f);
  FILE *g = tmpfile ();
  if (!g || write (fileno (g), "hello", 6) != 6)
    return 1;
  r |= from_socket (n);
  r |= from_file (f, fileno (g), n);
  printf ("\n");
  return r;
}
