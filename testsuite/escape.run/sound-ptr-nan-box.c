/* sound-ptr-nan-box.c -- a pointer kept in a double (NaN-boxing).

   A small interpreter's values are doubles: numbers as themselves, and
   pointers to strings in the payload of a quiet NaN, as JavaScript
   engines and LuaJIT do.  The value stack is a global array of doubles.
   A string made by concat is reachable only through such a double, so
   for an analysis that does not follow floating-point values it stays
   local to concat; on the stack, the value stack would point into a
   dead frame.  */
/* { dg-do run } */
/* { dg-output "nan-box 1 \\\[ab\\\] \\\[abc\\\] 42(\n|\r\n|\r)" } */
/* escape-heap-allocs: 2 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef double value;

#define TAG_STRING 0xfffc000000000000ull
#define PAYLOAD 0x0000ffffffffffffull

static value
box_string (char *s)
{
  union { uint64_t bits; double d; } u = { TAG_STRING | (uintptr_t) s };
  return u.d;
}

static int
is_string (value v)
{
  union { double d; uint64_t bits; } u = { v };
  return (u.bits & ~PAYLOAD) == TAG_STRING;
}

static char *
unbox_string (value v)
{
  union { double d; uint64_t bits; } u = { v };
  return (char *) (uintptr_t) (u.bits & PAYLOAD);
}

static value stack[64];
static int sp;

static void
push (value v)
{
  stack[sp++] = v;
}

static value
pop (void)
{
  return stack[--sp];
}

/* Pops two strings, pushes their concatenation.  */
__attribute__ ((noinline)) static void
concat (void)
{
  char *b = unbox_string (pop ()), *a = unbox_string (pop ());
  size_t la = strlen (a), lb = strlen (b);
  char *s = malloc (la + lb + 1);
  if (!s)
    abort ();
  memcpy (s, a, la);
  memcpy (s + la, b, lb + 1);
  push (box_string (s));
}

/* Something else runs between the instructions.  */
__attribute__ ((noinline)) static double
busy (int n)
{
  volatile double scratch[256];
  for (int i = 0; i < 256; i++)
    scratch[i] = i * n;
  return scratch[n % 256];
}

int
main (void)
{
  char a[] = "a", b[] = "b", c[] = "c";
  push (box_string (a));
  push (box_string (b));
  concat ();
  busy (1);
  value ab = stack[sp - 1];
  /* A copy main keeps to itself: it moves (the count is 2, not 3).  */
  char *copy = strdup (unbox_string (ab));
  if (!copy)
    abort ();
  push (box_string (c));
  concat ();
  busy (2);
  push (42.0);
  int strings = 0;
  for (int i = 0; i < sp; i++)
    strings += is_string (stack[i]);
  value n = pop ();
  value abc = pop ();
  printf ("nan-box %d [%s] [%s] %g\n", strings, copy,
	  unbox_string (abc), n);
  free (copy);
  free (unbox_string (abc));
  free (unbox_string (ab));
  return 0;
}
