/* sound-libc-returned.c -- a pointer's bytes given back as results of
   calls that return a number argument as it is: strnlen (s, n) returns
   n when s is longer; read, fread, pread and recv the count asked for
   when the data is there; mbstowcs n when the source is longer; dup2
   its new descriptor; strtol ("10", 0, b) the base b; fileno the
   descriptor fdopen kept; raise the number its handler gets.  The table
   took these for numbers that go nowhere: the object whose address
   went out moved, and the pointer rebuilt from the results dangled.
   Found by an adversarial hunt.  */
/* { dg-do run } */
/* { dg-output "strnlen secret 74(\n|\r\n|\r)read secret 74(\n|\r\n|\r)fread secret 74(\n|\r\n|\r)pread secret 74(\n|\r\n|\r)mbstowcs secret 74(\n|\r\n|\r)dup2 secret 74(\n|\r\n|\r)strtol secret 74(\n|\r\n|\r)fdopen secret 74(\n|\r\n|\r)raise secret 74(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum route { STRNLEN, READ, FREAD, PREAD, MBSTOWCS, DUP2, STRTOL, FDOPEN,
	     RAISE, ROUTES };
static const char *const names[ROUTES] = {
  "strnlen", "read", "fread", "pread", "mbstowcs", "dup2", "strtol",
  "fdopen", "raise"
};

static long got[8];
static char longs[300];
static char sink[300];
static wchar_t wsink[300];
static int zero_fd, stdout_copy;
static FILE *zero_file;
static FILE *streams[8];
static volatile sig_atomic_t last_signal;

static void
on_signal (int sig)
{
  last_signal = sig;
}

/* OUT_<route> sends the bytes of a new object's address through one
   route, one by one, into got[]: a function each, so that one route's
   escape is not another's.  */
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
    for (int i = 0; i < (int) sizeof holder; i++)		\
      {								\
	unsigned char b = bp[i];				\
	send;							\
      }								\
  }

OUT (strnlen, got[i] = strnlen (longs, b))
OUT (read, got[i] = read (zero_fd, sink, b))
OUT (fread, got[i] = fread (sink, 1, b, zero_file))
OUT (pread, got[i] = pread (zero_fd, sink, b, 0))
OUT (mbstowcs, got[i] = mbstowcs (wsink, longs, b))
OUT (dup2, got[i] = dup2 (stdout_copy, b))
OUT (strtol, got[i] = b < 2 || b > 36 ? b : strtol ("10", NULL, b))
OUT (fdopen, streams[i] = fdopen (b, "a"))
OUT (raise, got[i] = b >= 1 && b <= 31 && b != SIGKILL && b != SIGSTOP
		     ? (raise (b), last_signal) : b)

static void (*const out[ROUTES]) (void) = {
  out_strnlen, out_read, out_fread, out_pread, out_mbstowcs, out_dup2,
  out_strtol, out_fdopen, out_raise
};

int
main (void)
{
  memset (longs, 'a', sizeof longs - 1);
  /* Every descriptor a byte names is a copy of stdout (so writable for
     fdopen); the files below get descriptors past them.  */
  stdout_copy = dup (1);
  for (int fd = 0; fd < 256; fd++)
    if (fd != 1 && fd != stdout_copy && dup2 (stdout_copy, fd) != fd)
      return 2;
  zero_fd = open ("/dev/zero", O_RDONLY);
  zero_file = fopen ("/dev/zero", "r");
  if (zero_fd < 0 || !zero_file)
    return 2;
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  for (int s = 1; s <= 31; s++)
    if (s != SIGKILL && s != SIGSTOP)
      sigaction (s, &sa, NULL);
  for (int route = 0; route < ROUTES; route++)
    {
      out[route] ();
      uintptr_t v = 0;
      for (int i = 0; i < 8; i++)
	{
	  long b = route == FDOPEN ? fileno (streams[i]) : got[i];
	  v |= (uintptr_t) (b & 0xff) << (8 * i);
	}
      char *q = (char *) v;
      char junk[256];
      memset (junk, 'J', sizeof junk);
      printf ("%s %.6s %d\n", names[route], q, junk[7]);
      fflush (stdout);
      free (q);
    }
  return 0;
}
