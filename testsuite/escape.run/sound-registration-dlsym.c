/* sound-registration-dlsym.c -- a stream of the program's own functions,
   made by a fopencookie that dlsym looks up: every write to the stream
   calls keep_write, which keeps the buffer it is given.  The buffer
   written from report () must stay on the heap.  Found by an adversarial
   hunt: registrations were seen only by the names the unit declares, so
   fputs counted as calling no code and the buffer moved to the stack
   (the kept pointer then read a dead frame).  */
/* { dg-do run } */
/* { dg-options "-ldl" } */
/* { dg-output "kept: hello, kept(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef FILE *opener_t (void *, const char *, cookie_io_functions_t);

static const char *kept;
static FILE *out;

static ssize_t
keep_write (void *cookie, const char *buf, size_t n)
{
  (void) cookie;
  kept = buf;
  return (ssize_t) n;
}

static void __attribute__ ((noinline))
open_keeping_stream (void)
{
  cookie_io_functions_t io = { 0, keep_write, 0, 0 };
  opener_t *make_stream = (opener_t *) dlsym (RTLD_DEFAULT, "fopencookie");
  if (!make_stream)
    abort ();
  out = make_stream (0, "w", io);
  if (!out)
    abort ();
  setvbuf (out, 0, _IONBF, 0);
}

void __attribute__ ((noinline))
report (void)
{
  char *p = malloc (100);
  if (!p)
    abort ();
  strcpy (p, "hello, kept");
  fputs (p, out);
}

int __attribute__ ((noinline))
clobber (int k)
{
  volatile char b[4096];
  for (int i = 0; i < 4096; i++)
    b[i] = (char) k;
  return b[k];
}

int
main (void)
{
  open_keeping_stream ();
  report ();
  clobber (65);
  printf ("kept: %.11s\n", kept);
  return 0;
}
