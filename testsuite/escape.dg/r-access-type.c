/* r-access-type.c -- an object read through a pointer to a type larger
   than its slot would be stays on the heap, and the note names the type
   (GCC would take the access for one that cannot touch the slot:
   escape.run/sound-access-type-larger.c).  A type that fits the slot, a
   union, or a slot as large as the type, still moves.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wno-array-bounds -fplugin-arg-escape-report" } */

#include <stddef.h>
#include <stdlib.h>

struct str { long len; char tag; char data[]; };	/* 16 bytes */
union word { long l; char c[32]; };
typedef struct { int n; int v[30]; } block_t;		/* 124 bytes */

/* Reads what it is given: the stores before the calls stay.  */
void __attribute__ ((noinline))
consume (const void *p)	/* { dg-message "p does not escape" } */
{
  (void) *(const volatile char *) p;
}

long
header_only (int n)
{
  struct str *s = malloc (offsetof (struct str, data) + 3);	/* { dg-message "does not escape, stays on heap: accessed as 'struct str' \\(16 bytes\\), larger than its slot" } */
  if (!s)
    return 0;
  s->len = n;
  consume (s);
  long r = s->len;
  free (s);
  return r;
}

long
whole (int n)
{
  struct str *s = malloc (sizeof *s + 4);	/* { dg-message "moved to stack \\(20 bytes\\)" } */
  if (!s)
    return 0;
  s->len = n;
  consume (s);
  long r = s->len;
  free (s);
  return r;
}

long
in_union (int n)
{
  union word *w = malloc (8);	/* { dg-message "moved to stack \\(8 bytes\\)" } */
  if (!w)
    return 0;
  w->l = n;
  consume (w);
  long r = w->l;
  free (w);
  return r;
}

int
typedef_name (int n)
{
  block_t *b = malloc (offsetof (block_t, v) + 2 * sizeof (int));	/* { dg-message "does not escape, stays on heap: accessed as 'block_t' \\(124 bytes\\), larger than its slot" } */
  if (!b)
    return 0;
  b->n = n;
  b->v[1] = n;
  consume (b);
  int r = b->n + b->v[1];
  free (b);
  return r;
}

int
array_of_ints (int n)
{
  int (*v)[64] = malloc (64 * sizeof (int));	/* { dg-message "moved to stack \\(256 bytes\\)" } */
  if (!v)
    return 0;
  (*v)[n & 63] = n;
  consume (v);
  int r = (*v)[3];
  free (v);
  return r;
}
