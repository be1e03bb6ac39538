/* r-printf-hook-strerror.c -- strerror of a number it does not know
   formats "Unknown error %d" with printf's code, where a %d conversion
   the program registered runs: f -> strerror -> the handler -> f
   recursed with a 4096-byte slot per level (found by an adversarial
   hunt).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <printf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile int depth;
static volatile int sink;
static int f (int x);

static int
print_d (FILE *s, const struct printf_info *info, const void *const *args)	/* { dg-message "leaking param: s to result ~r0 level=1" } */
/* { dg-message "leaking param: s" "" { target *-*-* } 19 } */
/* { dg-message "info does not escape" "" { target *-*-* } 19 } */
/* { dg-message "args does not escape" "" { target *-*-* } 19 } */
{
  (void) info;
  int v = **(const int **) args;
  if (depth > 0)
    {
      depth--;
      sink += f (depth);
    }
  return fprintf (s, "<%x>", (unsigned) v);
}

static int
arginfo_d (const struct printf_info *info, size_t n, int *types, int *size)	/* { dg-message "info does not escape" } */
/* { dg-message "types does not escape" "" { target *-*-* } 35 } */
/* { dg-message "size does not escape" "" { target *-*-* } 35 } */
{
  (void) info;
  (void) size;
  if (n > 0)
    types[0] = PA_INT;
  return 1;
}

static int __attribute__ ((noinline))
f (int x)
{
  char *o = malloc (4096);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!o)
    abort ();
  memset (o, x, 4096);
  sink += strerror (100000 + x)[0];
  int r = o[(x * 7) & 4095];
  free (o);
  return r;
}

int
start (int n)
{
  register_printf_specifier ('d', print_d, arginfo_d);
  depth = n;
  return f (n);
}
