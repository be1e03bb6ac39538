/* sound-printf-hook.c -- glibc's printf hooks: printf calls the
   program's own handler, which may keep the pointer it is given.

   A calculator's read-eval-print loop prints each result with a custom
   conversion, %V, registered with register_printf_specifier.  Like
   IPython's Out[], the handler records every value it prints in a
   history, which owns them from then on: add_and_print never frees its
   value.  For the code around printf, the value is only read by printf,
   so it looks local; on the stack, the history would point into dead
   frames.  */
/* { dg-do run } */
/* { dg-output "Out\\\[0\\\]: 3/4(\n|\r\n|\r)Out\\\[1\\\]: 5/6(\n|\r\n|\r)Out\\\[2\\\]: 8/15(\n|\r\n|\r)history 3/4 5/6 8/15(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <printf.h>
#include <stdio.h>
#include <stdlib.h>

#ifdef __SANITIZE_ADDRESS__
/* ASan's printf interceptor does not know %V and warns, with its pid.  */
const char *
__asan_default_options (void)
{
  return "check_printf=0";
}
#endif

struct value
{
  long num, den;
};

#define HISTORY 16
static struct value *history[HISTORY];
static int printed;

static int
print_value (FILE *stream, const struct printf_info *info,
	     const void *const *args)
{
  (void) info;
  struct value *v = *(struct value *const *) args[0];
  if (printed < HISTORY)
    history[printed++] = v;
  return fprintf (stream, "%ld/%ld", v->num, v->den);
}

static int
value_arginfo (const struct printf_info *info, size_t n, int *types,
	       int *sizes)
{
  (void) info;
  (void) sizes;
  if (n > 0)
    types[0] = PA_POINTER;
  return 1;
}

static long
gcd (long a, long b)
{
  while (b)
    {
      long t = a % b;
      a = b;
      b = t;
    }
  return a;
}

/* Evaluates a/b + c/d and prints the result; the history keeps it.  */
__attribute__ ((noinline)) static void
add_and_print (long a, long b, long c, long d)
{
  struct value *v = malloc (sizeof *v);
  if (!v)
    abort ();
  long num = a * d + c * b, den = b * d, g = gcd (num, den);
  v->num = num / g;
  v->den = den / g;
  printf ("Out[%d]: %V\n", printed, v);
}

int
main (void)
{
  if (register_printf_specifier ('V', print_value, value_arginfo))
    return 1;
  add_and_print (1, 2, 1, 4);
  add_and_print (1, 2, 1, 3);
  add_and_print (1, 3, 1, 5);
  printf ("history");
  for (int i = 0; i < printed; i++)
    printf (" %ld/%ld", history[i]->num, history[i]->den);
  printf ("\n");
  for (int i = 0; i < printed; i++)
    free (history[i]);
  return 0;
}
