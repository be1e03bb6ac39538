/* fortify-size-read.c -- under _FORTIFY_SOURCE=2, an object size that
   reaches a __*_chk builtin other than as the size its check compares
   with is read: as snprintf's length (directly, or through a minimum)
   it is what the call writes, and __printf_chk prints it.  Those
   objects stay on the heap, where the size is what was asked for.
   Found by an adversarial hunt against this round's following of
   MIN_EXPR (escape.run/fortify-bounds.c): a 10-byte buffer in a
   256-byte slot took the whole text, and printf printed 256.  */
/* { dg-do run } */
/* { dg-options "-D_FORTIFY_SOURCE=2" } */
/* escape-levels: -O1 -O2 -O3 -Os */
/* { dg-output "hello wor(\n|\r\n|\r)hello wor(\n|\r\n|\r)10(\n|\r\n|\r)10(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static __attribute__ ((noinline)) void
bounded_by_minimum (int n)
{
  char *p = malloc (n);
  if (!p)
    abort ();
  size_t k = __builtin_dynamic_object_size (p, 0);
  size_t m = k < 100 ? k : 100;
  snprintf (p, m, "%s", "hello world, this is long text");
  puts (p);
  free (p);
}

static __attribute__ ((noinline)) void
bounded_by_size (int n)
{
  char *p = malloc (n);
  if (!p)
    abort ();
  size_t k = __builtin_dynamic_object_size (p, 0);
  snprintf (p, k, "%s", "hello world, this is long text");
  puts (p);
  free (p);
}

static __attribute__ ((noinline)) void
printed_converted (int n)
{
  char *p = malloc (n);
  if (!p)
    abort ();
  unsigned k = __builtin_dynamic_object_size (p, 0);
  printf ("%u\n", k);
  free (p);
}

static __attribute__ ((noinline)) void
printed (int n)
{
  char *p = malloc (n);
  if (!p)
    abort ();
  size_t k = __builtin_dynamic_object_size (p, 0);
  printf ("%zu\n", k);
  free (p);
}

int
main (int argc, char **argv)
{
  (void) argv;
  bounded_by_minimum (argc + 9);
  bounded_by_size (argc + 9);
  printed_converted (argc + 9);
  printed (argc + 9);
  return 0;
}
