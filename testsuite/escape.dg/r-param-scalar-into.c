/* r-param-scalar-into.c -- a callee that updates an integer of its
   caller's struct (sb->len++, b->n = a->m) stores only what the caller's
   integers point to: the pointer the struct holds beside them stays out
   of its integers, so the caller's buffer, read back through a count,
   does not count as returned (issue 15: "an integer loaded from a field
   drags in pointers stored in other fields").  No parameter note says
   so, as for a result of integers.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

struct sbuf { char *data; size_t len, cap; };

__attribute__ ((noinline)) static void
put (struct sbuf *sb, char c)	/* { dg-message "sb does not escape" } */
{
  sb->data[sb->len++] = c;
}

/* Writing A too keeps IPA-SRA from passing a->len by value.  */
__attribute__ ((noinline)) static void
count (struct sbuf *a, struct sbuf *b)	/* { dg-message "a does not escape" } */
{				/* { dg-message "b does not escape" "" { target *-*-* } 24 } */
  b->len = a->len + 1;
  a->len = 0;
}

long
build (int n)
{
  struct sbuf sb = { malloc (64), 0, 64 };	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!sb.data)
    return -1;
  for (int i = 0; i < n && sb.len + 1 < sb.cap; i++)
    put (&sb, (char) ('a' + i % 26));
  long r = (long) sb.len + sb.data[0];
  free (sb.data);
  return r;
}

long
counted (int k)
{
  struct sbuf a = { malloc (32), 3, 32 }, b = { NULL, 0, 0 };	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  if (!a.data)
    return -1;
  memset (a.data, k, 32);
  count (&a, &b);
  long r = (long) b.len + a.data[k & 31];
  free (a.data);
  return r;
}
