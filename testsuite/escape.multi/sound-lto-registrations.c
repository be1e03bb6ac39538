/* sound-lto-registrations.c -- a registration made in one part of an
   -flto program counts in every LTRANS partition.

   sound-lto-registrations-stream.c makes a stream of its own functions
   (fopencookie) whose write function keeps the pointer it is given.
   Here `report' writes a malloc'd buffer to that stream.  Under
   -flto-partition=max, `report' lands in a partition that does not
   refer to fopencookie, which a partition saw only among its own
   functions (found by a review and an adversarial hunt): fputs was taken
   to call no user code, the buffer moved to the stack, and the stream
   kept a pointer into a dead frame.  lto1's whole-program step now hands
   every partition the program's registrations.  Per unit this file
   names fopencookie itself (`opener'): a file that does not is judged
   without the registrations of other files (doc/escape.md,
   Assumptions), which the per-unit builds here would show.  */
/* { dg-options "-flto-partition=max" } */
/* { dg-output "kept: hello, kept(\n|\r\n|\r)" } */
/* escape-sources: sound-lto-registrations-stream.c */
/* escape-heap-allocs: any */

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern FILE *out;
extern const char *kept;
void open_keeping_stream (void);

FILE *(*volatile opener) (void *, const char *, cookie_io_functions_t)
  = fopencookie;

__attribute__ ((noinline)) void
report (void)
{
  char *p = malloc (100);
  if (!p)
    abort ();
  strcpy (p, "hello, kept");
  fputs (p, out);
}

__attribute__ ((noinline)) int
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
