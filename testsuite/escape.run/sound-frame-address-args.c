/* sound-frame-address-args.c -- a function that reads its own stack
   arguments through __builtin_dwarf_cfa () or __builtin_frame_address (0)
   (x86-64 passes the seventh at the CFA) keeps what it reads where the
   graph does not see: the plugin read those builtins as giving nothing,
   or a frame with no contents, so the seventh parameter "did not escape"
   and the caller's object moved (hunt 38-c F2).  Such a function is
   given up on, as one calling __builtin_apply_args.  From -O1, GCC's own
   modref takes the parameter as unread too and the plain build prints
   garbage: the levels are those where it does not.  */
/* { dg-do run { target x86_64-*-* } } */
/* escape-levels: -O0 -Os */
/* { dg-output "GOODDATA GOODFRAME(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *by_cfa, *by_frame;

__attribute__ ((noinline)) static void
clobber (void)
{
  volatile char b[4096];
  for (int i = 0; i < 4096; i++)
    b[i] = 'Z';
}

__attribute__ ((noinline)) void
take_cfa (long a, long b, long c, long d, long e, long f, char *s7)
{
  if (!s7)
    abort ();
  by_cfa = *(char **) __builtin_dwarf_cfa ();
}

/* The frame address is where the caller's frame pointer was saved; the
   return address and the seventh argument follow.  */
__attribute__ ((noinline)) void
take_frame (long a, long b, long c, long d, long e, long f, char *s7)
{
  if (!s7)
    abort ();
  by_frame = *(char **) ((char *) __builtin_frame_address (0) + 16);
}

__attribute__ ((noinline)) static void
make (void)
{
  char *p = malloc (16);	/* { dg-message "escapes: passed to unknown function 'take_cfa'" } */
  strcpy (p, "GOODDATA");
  take_cfa (1, 2, 3, 4, 5, 6, p);
  char *q = malloc (16);	/* { dg-message "escapes: passed to unknown function 'take_frame'" } */
  strcpy (q, "GOODFRAME");
  take_frame (1, 2, 3, 4, 5, 6, q);
}

int
main (void)
{
  make ();
  clobber ();
  printf ("%.8s %.9s\n", by_cfa, by_frame);
  return 0;
}
