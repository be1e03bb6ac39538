/* sound-lto-registrations-stream.c -- part of sound-lto-registrations.c:
   an unbuffered stream whose write function keeps the last buffer it was
   given.  */

#define _GNU_SOURCE
#include <stdio.h>

const char *kept;
FILE *out;

static ssize_t
keep_write (void *cookie, const char *buf, size_t n)
{
  (void) cookie;
  kept = buf;
  return (ssize_t) n;
}

__attribute__ ((noinline)) void
open_keeping_stream (void)
{
  cookie_io_functions_t io = { 0, keep_write, 0, 0 };
  out = fopencookie (0, "w", io);
  if (out)
    setvbuf (out, 0, _IONBF, 0);
}
