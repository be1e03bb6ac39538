/* sound-kept-numbers.c -- an object's address handed to the C library as
   a number that the library, the kernel or the file system keeps, and a
   later call in another function gives back: a stream's offset (fseek,
   ftell), a file's offset (lseek, then lseek (fd, 0, SEEK_CUR)), a
   resource limit (setrlimit, getrlimit), a file's modification time
   (utimensat, fstat), a file's size (pwrite at that offset, fstat) and
   an address printed by backtrace_symbols (read back with sscanf's
   %p).  Each object must stay on the heap.  Found by
   an adversarial hunt: the table read those numbers as plain data (or,
   for lseek, as the result of the same call only), so each object moved
   to the stack and the number came back pointing into a dead frame
   (invalid free at -O0 to -Os and under -flto).  */
/* { dg-do run } */
/* { dg-output "offset / file offset / limit / time / size / symbol(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#define _GNU_SOURCE
#include <execinfo.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sent-words.h"
#include "stack-clobber.h"

static FILE *stream;
static int fd, size_fd;
static char path[64];
static struct rlimit saved_limit;


static void
show (const char *sep, uintptr_t word)
{
  char *p = (char *) word;
  printf ("%s%s", sep, p);
  free (p);
}

static void __attribute__ ((noinline))
keep_offset (void)
{
  TEXT (p, "offset");
  if (fseek (stream, (long) (uintptr_t) p, SEEK_SET) != 0)
    abort ();
}

static void __attribute__ ((noinline))
keep_file_offset (void)
{
  TEXT (p, "file offset");
  if (lseek (fd, (off_t) (uintptr_t) p, SEEK_SET) == (off_t) -1)
    abort ();
}

static void __attribute__ ((noinline))
keep_limit (void)
{
  TEXT (p, "limit");
  struct rlimit limit = saved_limit;
  limit.rlim_cur = (rlim_t) (uintptr_t) p;
  if (setrlimit (RLIMIT_FSIZE, &limit) != 0)
    abort ();
}

static void __attribute__ ((noinline))
keep_time (void)
{
  TEXT (p, "time");
  struct timespec times[2] = { { 0, UTIME_OMIT }, { (time_t) (uintptr_t) p, 0 } };
  if (utimensat (AT_FDCWD, path, times, 0) != 0)
    abort ();
}

static void __attribute__ ((noinline))
keep_size (void)
{
  TEXT (p, "size");
  if (pwrite (size_fd, "x", 1, (off_t) (uintptr_t) p - 1) != 1)
    abort ();
}

static char ** __attribute__ ((noinline))
name_symbol (void)
{
  TEXT (p, "symbol");
  void *addresses[1] = { p };
  return backtrace_symbols (addresses, 1);
}

int
main (void)
{
  fd = memfd_create ("sound-kept-numbers", 0);
  size_fd = memfd_create ("sound-kept-numbers-size", 0);
  if (fd < 0 || size_fd < 0)
    abort ();
  stream = fdopen (dup (fd), "w+");
  if (!stream || getrlimit (RLIMIT_FSIZE, &saved_limit) != 0)
    abort ();
  snprintf (path, sizeof path, "/proc/self/fd/%d", fd);

  keep_offset ();
  keep_file_offset ();
  keep_size ();			/* before the limit, which may be smaller */
  keep_limit ();
  keep_time ();
  char **symbols = name_symbol ();
  clobber (1);

  show ("", (uintptr_t) ftell (stream));
  show (" / ", (uintptr_t) lseek (fd, 0, SEEK_CUR));
  struct rlimit limit;
  if (getrlimit (RLIMIT_FSIZE, &limit) != 0)
    abort ();
  if (setrlimit (RLIMIT_FSIZE, &saved_limit) != 0)
    abort ();
  show (" / ", (uintptr_t) limit.rlim_cur);
  struct stat st;
  if (fstat (fd, &st) != 0)
    abort ();
  show (" / ", (uintptr_t) st.st_mtim.tv_sec);
  if (fstat (size_fd, &st) != 0)
    abort ();
  show (" / ", (uintptr_t) st.st_size);
  void *q = NULL;
  char *open_bracket = symbols ? strrchr (symbols[0], '[') : NULL;
  if (!open_bracket || sscanf (open_bracket + 1, "%p", &q) != 1)
    abort ();
  show (" / ", (uintptr_t) q);
  free (symbols);
  putchar ('\n');
  fclose (stream);
  close (fd);
  close (size_fd);
  return 0;
}
