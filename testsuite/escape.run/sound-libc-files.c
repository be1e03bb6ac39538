/* sound-libc-files.c -- a pointer's bytes kept by files and streams,
   byte by byte: as the modes of files open creates (stat gives them
   back), also unnamed ones (O_TMPFILE, whose flags have no O_CREAT);
   as the paths of files opened for reading (an open descriptor keeps
   its path, /proc/self/fd gives it back); as which files unlink
   removed (readdir no longer lists them); as a stream's buffer size
   (setvbuf keeps it, __fbufsize gives it back).  The table took these
   for numbers that go nowhere and paths only read: the object whose
   address went out moved, and the pointer rebuilt from them dangled.
   Found by an adversarial hunt.  */
/* { dg-do run { target *-*-linux* } } */
/* { dg-output "open-mode secret 74(\n|\r\n|\r)tmpfile-mode secret 74(\n|\r\n|\r)open-path secret 74(\n|\r\n|\r)unlink secret 74(\n|\r\n|\r)setvbuf secret 74(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char top[64] = "/tmp/escape-filesXXXXXX";
static char paths[8][128];
static int fds[8];
static FILE *streams[16];
static char buffers[16][256];

/* The name of byte B in directory DIR.  */
static void
byte_path (char *path, const char *dir, unsigned char b)
{
  size_t n = strlen (dir);
  memcpy (path, dir, n);
  path[n] = '/';
  path[n + 1] = (char) ('A' + (b & 15));
  path[n + 2] = (char) ('A' + (b >> 4));
  path[n + 3] = 0;
}

#define OUT(route, send)					\
  __attribute__ ((noinline)) static void			\
  out_##route (void)						\
  {								\
    char *x = malloc (16);					\
    if (!x)							\
      abort ();							\
    strcpy (x, "secret");					\
    char *holder = x;						\
    unsigned char *bp = (unsigned char *) &holder;		\
    char path[128];						\
    (void) path;						\
    for (int i = 0; i < (int) sizeof holder; i++)		\
      {								\
	unsigned char b = bp[i];				\
	send;							\
      }								\
  }

OUT (open_mode, fds[i] = open (paths[i], O_CREAT | O_WRONLY | O_EXCL, b))
OUT (tmpfile_mode, fds[i] = open (top, O_TMPFILE | O_RDWR, b))
OUT (open_path, (byte_path (path, top, b), fds[i] = open (path, O_RDONLY)))
OUT (unlink, (byte_path (path, paths[i], b), unlink (path)))
OUT (setvbuf, (setvbuf (streams[2 * i], buffers[2 * i], b & 1, 16),
	       setvbuf (streams[2 * i + 1], buffers[2 * i + 1], _IOFBF,
			b & 0xfe)))

static void
show (const char *route, uintptr_t v)
{
  char *q = (char *) v;
  char junk[256];
  memset (junk, 'J', sizeof junk);
  printf ("%s %.6s %d\n", route, q, junk[7]);
  fflush (stdout);
  free (q);
}

int
main (void)
{
  char path[400], link[400];
  umask (0);
  if (!mkdtemp (top))
    return 2;
  for (int i = 0; i < 8; i++)
    snprintf (paths[i], sizeof paths[i], "%s/%d", top, i);

  out_open_mode ();
  uintptr_t v = 0;
  for (int i = 0; i < 8; i++)
    {
      struct stat st;
      if (fds[i] < 0 || stat (paths[i], &st))
	return 3;
      v |= (uintptr_t) (st.st_mode & 0xff) << (8 * i);
      close (fds[i]);
      unlink (paths[i]);
    }
  show ("open-mode", v);

  out_tmpfile_mode ();
  v = 0;
  for (int i = 0; i < 8; i++)
    {
      struct stat st;
      if (fds[i] < 0 || fstat (fds[i], &st))
	return 4;
      v |= (uintptr_t) (st.st_mode & 0xff) << (8 * i);
      close (fds[i]);
    }
  show ("tmpfile-mode", v);

  for (int b = 0; b < 256; b++)
    {
      byte_path (path, top, (unsigned char) b);
      FILE *f = fopen (path, "w");
      if (!f)
	return 5;
      fclose (f);
    }
  out_open_path ();
  v = 0;
  for (int i = 0; i < 8; i++)
    {
      snprintf (path, sizeof path, "/proc/self/fd/%d", fds[i]);
      ssize_t k = readlink (path, link, sizeof link - 1);
      if (k < 3)
	return 6;
      v |= (uintptr_t) ((link[k - 2] - 'A') | (link[k - 1] - 'A') << 4)
	   << (8 * i);
      close (fds[i]);
    }
  show ("open-path", v);
  for (int b = 0; b < 256; b++)
    {
      byte_path (path, top, (unsigned char) b);
      unlink (path);
    }

  for (int i = 0; i < 8; i++)
    {
      if (mkdir (paths[i], 0700))
	return 7;
      for (int b = 0; b < 256; b++)
	{
	  byte_path (path, paths[i], (unsigned char) b);
	  FILE *f = fopen (path, "w");
	  if (!f)
	    return 8;
	  fclose (f);
	}
    }
  out_unlink ();
  v = 0;
  for (int i = 0; i < 8; i++)
    {
      DIR *d = opendir (paths[i]);
      long sum = 255 * 256 / 2;
      struct dirent *e;
      while ((e = readdir (d)))
	if (e->d_name[0] != '.')
	  {
	    sum -= (e->d_name[0] - 'A') | (e->d_name[1] - 'A') << 4;
	    snprintf (path, sizeof path, "%s/%s", paths[i], e->d_name);
	    unlink (path);
	  }
      closedir (d);
      rmdir (paths[i]);
      v |= (uintptr_t) (sum & 0xff) << (8 * i);
    }
  show ("unlink", v);
  rmdir (top);

  for (int i = 0; i < 16; i++)
    if (!(streams[i] = fopen ("/dev/null", "w")))
      return 9;
  out_setvbuf ();
  v = 0;
  for (int i = 0; i < 8; i++)
    /* The lowest bit as the mode (_IOFBF 0, _IOLBF 1), the others as
       the size (0 gives a 1-byte buffer).  */
    v |= (uintptr_t) ((__flbf (streams[2 * i]) != 0)
		      | (__fbufsize (streams[2 * i + 1]) & 0xfe)) << (8 * i);
  show ("setvbuf", v);
  return 0;
}
