/* sound-libc-assert-fail.c -- __assert_fail prints its strings before it
   aborts, and a SIGABRT handler lives on: stderr is a pipe here, and the
   handler reads the message back, rebuilds the pointer whose bytes the
   failed assertion's text carried, and frees it (a handler of abort's
   signal may call free).  Found by hunt 44-b: __assert_fail's row said
   its strings were only read, so the object moved to the stack and the
   handler freed a stack address (glibc's invalid-pointer abort).  When
   a low byte of the heap address is 0 (the text would end early: ASan's
   heap), the program frees the object itself, with the same output.
   The handler ends with _exit, so no heap allocations are counted.  */
/* { dg-do run } */
/* { dg-output "live freed(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <assert.h>		/* __assert_fail, as assert calls it */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int fds[2];
static volatile sig_atomic_t freeing;

static void
on_abort (int sig)
{
  (void) sig;
  if (freeing)
    _exit (99);			/* the free below aborted */
  static char buf[4096];
  ssize_t n = read (fds[0], buf, sizeof buf - 1);
  if (n <= 0)
    _exit (2);
  buf[n] = '\0';
  const char *mark = "Assertion `";
  char *at = strstr (buf, mark);
  if (!at || strlen (at) < strlen (mark) + 6)
    _exit (3);
  unsigned char *b = (unsigned char *) at + strlen (mark);
  uintptr_t r = 0;
  for (int i = 0; i < 6; i++)	/* user-space addresses: 6 bytes */
    r |= (uintptr_t) b[i] << (8 * i);
  char *q = (char *) r;
  fputs (q, stdout);
  fflush (stdout);
  freeing = 1;
  free (q);
  puts (" freed");
  fflush (stdout);
  _exit (0);
}

static __attribute__ ((noinline)) void
fail_with (void)
{
  char *p = malloc (16);
  if (!p)
    abort ();
  strcpy (p, "live");
  unsigned char *bp = (unsigned char *) &p;
  if (sizeof p != 8 || memchr (bp, 0, 6) || bp[6] || bp[7])
    {
      fputs (p, stdout);
      free (p);
      puts (" freed");
      exit (0);
    }
  char text[16] = { 0 };
  memcpy (text, bp, 6);
  __assert_fail (text, "x.c", 1, "fail_with");
}

int
main (void)
{
  if (pipe (fds) != 0 || dup2 (fds[1], 2) != 2)
    return 1;
  signal (SIGABRT, on_abort);
  fail_with ();
}
