/* odd-object-size.c -- __builtin_object_size and
   __builtin_dynamic_object_size of allocations the plugin could move.

   A guarded slot is 256 bytes whatever was asked for, and malloc (0) gets
   a one-byte slot: the builtins would answer 256 for malloc (10), and 1
   for malloc (0) (statically too, once inlining makes the size a
   constant).  An object whose size its function reads stays on the heap,
   and the report names the builtin.  Where the size only bounds a check
   (_FORTIFY_SOURCE's __*_chk builtins), the slot is still used: the
   bound grows, but no check that passed fails.  Fixed slots have the
   requested size, and the answer does not change, but for type 3 (the
   least left of the closest subobject), which GCC takes from the access
   path on the heap and from the variable's type on a slot.

   Each line prints "ok" when the answer is the object's size, or the
   "unknown" answer the builtins give at -O0.  */
/* { dg-do run } */
/* { dg-output "dynamic ok ok static ok ok 2883 zero ok checked 10 fixed ok member ok(\n|\r\n|\r)" } */
/* escape-heap-allocs: 6 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads the bytes: keeps each allocation alive at -O2.  */
__attribute__ ((noinline)) static int
sum (const char *p, size_t n)
{
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  return s;
}

static const char *
verdict (size_t got, size_t want, size_t unknown)
{
  return got == want || got == unknown ? "ok" : "WRONG";
}

__attribute__ ((noinline)) const char *
dynamic (size_t n)
{
  char *p = malloc (n);	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_dynamic_object_size'" } */
  memset (p, 1, n);
  size_t s = __builtin_dynamic_object_size (p, 0);
  s += sum (p, n) - n;
  free (p);
  return verdict (s, n, (size_t) -1);
}

/* Not inlined before the pass (it is too big for early inlining), but
   inlined after it, where the size becomes a constant.  */
static size_t
statically (size_t n, int *check)
{
  char *p = malloc (n);	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_object_size'" } */
  memset (p, 2, n);
  size_t s = __builtin_object_size (p, 0);
  for (size_t i = 0; i < n; i++)
    p[i] ^= (char) (i * 7);
  *check += sum (p, n);
  for (size_t i = 1; i < n; i++)
    p[0] += p[i];
  *check += sum (p, n);
  free (p);
  return s;
}

__attribute__ ((noinline)) const char *
zero (void)
{
  char *p = malloc (0);	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_dynamic_object_size'" } */
  size_t s = __builtin_dynamic_object_size (p, 0);
  s += sum (p, 0);
  free (p);
  return verdict (s, 0, (size_t) -1);
}

/* The size bounds a fortified copy only.  */
__attribute__ ((noinline, noclone)) int
checked (const char *src, size_t n)
{
  char *p = malloc (n);	/* { dg-message "moved to stack when size <= 256" } */
  __builtin___memcpy_chk (p, src, n, __builtin_dynamic_object_size (p, 0));
  int r = sum (p, n) - '0' * 10 - 45 + 10;
  free (p);
  return r;
}

__attribute__ ((noinline)) const char *
fixed (void)
{
  char *p = malloc (40);	/* { dg-message "moved to stack \\(40 bytes\\)" } */
  memset (p, 3, 40);
  size_t s = __builtin_dynamic_object_size (p + 8, 0);
  s += sum (p, 40) - 120;
  free (p);
  return verdict (s, 32, (size_t) -1);
}

struct member
{
  int a;
  char f[8];
  int b;
};

__attribute__ ((noinline)) const char *
member (void)
{
  struct member *p = malloc (sizeof *p);	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_object_size'" } */
  memset (p, 4, sizeof *p);
  size_t s = __builtin_object_size (&p->f, 3);
  s += sum ((const char *) p, sizeof *p) - 64;
  free (p);
  return verdict (s, sizeof p->f, 0);
}

int
main (void)
{
  printf ("dynamic %s %s ", dynamic (10), dynamic (300));
  int check = 0;
  size_t a = statically (10, &check), b = statically (20, &check);
  printf ("static %s %s %d ", verdict (a, 10, (size_t) -1),
	  verdict (b, 20, (size_t) -1), check);
  printf ("zero %s checked %d fixed %s ", zero (), checked ("0123456789", 11),
	  fixed ());
  printf ("member %s\n", member ());
  return 0;
}
