/* sound-numbers-from-text.c -- a pointer's word that a library function
   gives back as a number: written out as octal digits and parsed by
   strtoul, as decimal digits parsed by strtold (a long double holds 64
   bits exactly), and passed as lseek's offset, which lseek returns.  Each
   number lands in a global and is turned back into a pointer after its
   function returned, so each object must stay on the heap.  Found by an
   adversarial hunt: the table gave these calls a result that carries
   nothing, so the objects moved to the stack and the words dangled.  */
/* { dg-do run } */
/* { dg-output "strtoul / strtold / lseek(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#define _GNU_SOURCE
#include <sys/mman.h>
#include <unistd.h>

#include "sent-words.h"

#define CASES 3

static uintptr_t words[CASES];
static int fd = -1;


/* V's digits in BASE, most significant first, into BUF.  */
static void
digits (uintptr_t v, unsigned base, char *buf)
{
  char tmp[32];
  int n = 0;
  do
    tmp[n++] = (char) ('0' + v % base);
  while ((v /= base) != 0);
  while (n > 0)
    *buf++ = tmp[--n];
  *buf = 0;
}

static void __attribute__ ((noinline))
send_strtoul (void)
{
  TEXT (p, "strtoul");
  char buf[32];
  digits ((uintptr_t) p, 8, buf);
  words[0] = strtoul (buf, NULL, 8);
}

static void __attribute__ ((noinline))
send_strtold (void)
{
  TEXT (p, "strtold");
  char buf[32];
  digits ((uintptr_t) p, 10, buf);
  words[1] = (uintptr_t) strtold (buf, NULL);
}

static void __attribute__ ((noinline))
send_lseek (void)
{
  TEXT (p, "lseek");
  off_t at = lseek (fd, (off_t) (uintptr_t) p, SEEK_SET);
  /* Without a file that takes such offsets, nothing to test.  */
  words[2] = at == (off_t) -1 ? (uintptr_t) strcpy (malloc (32), "lseek")
	     : (uintptr_t) at;
  if (at == (off_t) -1)
    free (p);
}

#include "stack-clobber.h"

int
main (void)
{
  fd = memfd_create ("offsets", 0);
  send_strtoul ();
  send_strtold ();
  send_lseek ();
  clobber (0x5a);
  read_words (words, CASES);
  return 0;
}
