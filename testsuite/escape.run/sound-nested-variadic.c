/* sound-nested-variadic.c -- a variadic GNU nested function.  A call
   passes the named arguments, then the variadic ones, then the static
   chain; the callee's summary has the chain as its last parameter.
   Matched by position, the first variadic argument took the chain's
   summary and the chain was taken for a variadic argument: consume's
   argument, which it frees, moved to the stack (free of a slot), and
   remember's store into the parent's frame went to the 0 after q, which
   moved and was returned.  Found by an adversarial hunt.  */
/* { dg-do run } */
/* { dg-output "6(\n|\r\n|\r)named(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static void
clobber (void)
{
  volatile char buf[1024];
  for (int i = 0; i < 1024; i++)
    buf[i] = 'X';
}

__attribute__ ((noinline)) static int
run (void)
{
  int total = 0;
  void consume (int n, ...)
  {
    va_list ap;
    va_start (ap, n);
    char *s = va_arg (ap, char *);
    total += n + (int) strlen (s);
    free (s);
    va_end (ap);
  }
  char *p = malloc (16);
  strcpy (p, "hello");
  consume (1, p);
  return total;
}

__attribute__ ((noinline)) static char *
pick (void)
{
  char *saved = 0;
  __attribute__ ((noinline)) void remember (char *a, ...)
  {
    saved = a;
  }
  char *q = malloc (16);
  strcpy (q, "named");
  remember (q, 0L);
  return saved;
}

int
main (void)
{
  printf ("%d\n", run ());
  char *r = pick ();
  clobber ();
  printf ("%s\n", r);
  free (r);
  return 0;
}
