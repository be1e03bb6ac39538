/* r-own-allocator.c -- a program that defines malloc and free itself (a
   bump arena that counts live objects): a call to them runs the
   program's body, with its side effects, so it is no allocation site
   and nothing of it moves to the stack.  Found by an adversarial hunt:
   the calls were taken for the C library's, moved, and `live' changed.
   (Defined in another file, per unit, GCC and the plugin take them for
   the C library's.)  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing" } */

#include <stddef.h>

static char arena[1 << 16];
static size_t top;
int live;

__attribute__ ((noinline)) void *
malloc (size_t n)
{
  void *p = arena + top;
  top += (n + 15) & ~(size_t) 15;
  live++;
  return p;
}

__attribute__ ((noinline)) void
free (void *p)			/* { dg-message "p does not escape" } */
{
  if (p)
    live--;
}

__attribute__ ((noinline)) int
use (int k)
{
  int *p = malloc (16);
  p[0] = k;
  int r = p[0] + live;
  free (p);
  return r;
}

/* Never freed: GCC keeps the call at every level.  What N points to is
   copied into the arena, a global.  */
int
first_of (const char *n)	/* { dg-message "leaking param content: n" } */
{
  char *s = malloc (32);
  for (int i = 0; i < 31 && n[i]; i++)
    s[i] = n[i];
  return s[0] + live;
}

/* __builtin_malloc is GCC's own declaration, but its symbol is malloc:
   the program's too (found by a review).  */
__attribute__ ((noinline)) int
use_builtin (int k)
{
  char *p = __builtin_malloc (64);
  for (int i = 0; i < 64; i++)
    p[i] = (char) (k + i);
  int r = p[k & 63] + live;
  __builtin_free (p);
  return r;
}
