/* sound-libc-redirect-label.c -- part of sound-libc-redirect.c: read
   bound to the test double by an asm label on a declaration that comes
   before the C library's header.  */

#include <sys/types.h>
extern ssize_t read (int, void *, size_t) __asm__ ("mock_read");

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Reads into a buffer it leaves to whoever holds it.  */
int
probe_label (int fd)
{
  char *buf = malloc (64);
  if (!buf)
    abort ();
  memset (buf, 0, 64);
  return read (fd, buf, 63) > 0 ? (int) strlen (buf) : -1;
}
