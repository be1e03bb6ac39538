/* r-printf-hook-perror.c -- a conversion registered with
   register_printf_specifier runs wherever the C library formats with
   printf's code: perror's message too (also error, warn, syslog, a
   failed assert's).  walk -> perror -> the %s handler -> walk recursed
   with a 4000-byte slot per level (found by an adversarial hunt).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#define _GNU_SOURCE
#include <printf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int depth, levels;
static long sum;
static void walk (void);

/* fprintf is unknown code here too: its stream leaks.  */
static int
put_s (FILE *f, const struct printf_info *info, const void *const *args)	/* { dg-message "leaking param: f to result ~r0 level=1" } */
/* { dg-message "leaking param: f" "" { target *-*-* } 21 } */
/* { dg-message "info does not escape" "" { target *-*-* } 21 } */
/* { dg-message "args does not escape" "" { target *-*-* } 21 } */
{
  (void) info;
  const char *s = *(const char *const *) args[0];
  if (depth < levels)
    walk ();
  return fprintf (f, "[%zu]", strlen (s));
}

static int
arg_s (const struct printf_info *info, size_t n, int *types, int *size)	/* { dg-message "info does not escape" } */
/* { dg-message "types does not escape" "" { target *-*-* } 34 } */
/* { dg-message "size does not escape" "" { target *-*-* } 34 } */
{
  (void) info;
  (void) size;
  if (n > 0)
    types[0] = PA_STRING;
  return 1;
}

static void __attribute__ ((noinline))
walk (void)
{
  char *b = malloc (4000);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!b)
    abort ();
  memset (b, depth & 0x7f, 4000);
  depth++;
  perror ("w");
  sum += b[depth % 4000];
  free (b);
}

long
start (int n)
{
  levels = n;
  register_printf_specifier ('s', put_s, arg_s);
  walk ();
  return sum;
}
