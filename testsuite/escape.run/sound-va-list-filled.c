/* sound-va-list-filled.c -- a va_list the program fills itself (an FFI
   shim's, a printf wrapper's: the x86-64 psABI's layout) points into the
   program's memory.  va_arg's result was taken for what an unknown
   caller passed: a pointer read back with va_arg lost its object, which
   moved (hunt 38-c F1).  Read as a double (an FFI shim moves words so),
   what it read went nowhere (hunt 39-d F6).  Elsewhere than x86-64 the
   test prints what it would.  */
/* { dg-do run } */
/* { dg-output "secret secret(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *by_arg, *by_double;

#ifdef __x86_64__
/* AP reads its next argument from AREA: the six integer registers' slots
   and the eight vector registers' are used up.  */
#define FILL(ap, area)							\
  do									\
    {									\
      (ap)->gp_offset = 48;						\
      (ap)->fp_offset = 304;						\
      (ap)->overflow_arg_area = (area);					\
      (ap)->reg_save_area = 0;						\
    }									\
  while (0)

__attribute__ ((noinline)) static void
read_arg (void)
{
  char *p = malloc (16);
  strcpy (p, "secret");
  void *area[1] = { p };
  va_list ap;
  FILL (ap, area);
  by_arg = va_arg (ap, char *);
}

__attribute__ ((noinline)) static void
read_double (void)
{
  char *p = malloc (16);
  strcpy (p, "secret");
  void *area[1] = { p };
  va_list ap;
  FILL (ap, area);
  double d = va_arg (ap, double);
  memcpy (&by_double, &d, sizeof d);
}

#else
static void
read_arg (void)
{
  by_arg = "secret";
}

static void
read_double (void)
{
  by_double = "secret";
}
#endif

__attribute__ ((noinline)) static void
clobber (void)
{
  volatile char b[4096];
  for (int i = 0; i < 4096; i++)
    b[i] = 'Z';
}

int
main (void)
{
  read_arg ();
  read_double ();
  clobber ();
  printf ("%.6s %.6s\n", by_arg, by_double);
  return 0;
}
