/* fortify-wrapper-size.c -- under _FORTIFY_SOURCE=3, glibc's wrappers of
   read, fgets, fread and recv ask for their buffer's size
   (__builtin_dynamic_object_size) only to check the count against it:
   buffers of a size known only at run time, and fgets's fixed-size line,
   move, and read what was written.  A count past a fixed-size buffer
   still aborts: the slot's size is the object's.  The same program under
   _FORTIFY_SOURCE=2 is fortify-wrapper-size-2.c.  */
/* { dg-do run } */
/* { dg-options "-D_FORTIFY_SOURCE=3" } */
/* escape-levels: -O1 -O2 -O3 -Os */
/* { dg-output "read hello fgets one fgets two fread file recv world overflow checked (\n|\r\n|\r)" } */
/* escape-heap-allocs: 0 */

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
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
  char *b = malloc (n);
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
lines (FILE *f)
{
  char *line = malloc (100);
  if (!line)
    abort ();
  int k = 0;
  while (fgets (line, 100, f))
    {
      line[strcspn (line, "\n")] = '\0';
      show ("fgets", line);
      k++;
    }
  free (line);
  return k == 2 ? 0 : -1;
}

static __attribute__ ((noinline)) int
items (FILE *f, size_t n)
{
  char *b = malloc (n);
  if (!b)
    abort ();
  size_t m = fread (b, 1, n, f);
  if (m == 5)
    show ("fread", b);
  free (b);
  return m == 5 ? 0 : -1;
}

static __attribute__ ((noinline)) int
from_socket (size_t n)
{
  int sv[2];
  if (socketpair (AF_UNIX, SOCK_STREAM, 0, sv))
    return -1;
  if (send (sv[1], "world", 6, 0) != 6)
    return -1;
  char *b = malloc (n);
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

/* In a child: a count of N bytes into 64, which __read_chk stops (its
   message to standard error is not the test's).  */
static __attribute__ ((noinline)) void
overflow (size_t n)
{
  int fds[2];
  int null = open ("/dev/null", O_WRONLY);
  if (null < 0 || dup2 (null, 2) != 2 || pipe (fds))
    _exit (2);
  char *b = malloc (64);
  if (!b)
    _exit (2);
  if (write (fds[1], "x", 1) != 1)
    _exit (2);
  ssize_t k = read (fds[0], b, n);
  free (b);
  _exit (k == 1 ? 0 : 2);
}

int
main (int argc, char **argv)
{
  (void) argv;
  size_t n = 63 + (size_t) argc;
  int r = from_pipe (n);
  FILE *f = tmpfile ();
  if (!f || fputs ("one\ntwo\n", f) == EOF || fflush (f))
    return 1;
  rewind (f);
  r |= lines (f);
  FILE *g = tmpfile ();
  if (!g || fwrite ("file", 1, 5, g) != 5 || fflush (g))
    return 1;
  rewind (g);
  r |= items (g, n);
  r |= from_socket (n);
  fflush (stdout);
  pid_t child = fork ();
  if (child == 0)
    overflow (n + 16);
  int status;
  if (child < 0 || waitpid (child, &status, 0) != child)
    return 1;
  printf ("overflow %s \n",
	  WIFSIGNALED (status) && WTERMSIG (status) == SIGABRT ? "checked"
	  : "unchecked");
  return r;
}
