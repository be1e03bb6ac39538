/* offsets.c -- what a pointer's bits decide as an index or an offset.
   A difference of two pointers is an offset, not an address: scaled and
   added to another buffer (a multiply's accumulator row, as in
   libdecnumber), it carries neither buffer away, and both move.  A
   pointer's own bits used as an index (a hand-made hex formatter) are
   lost to the analysis: the object escapes.  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing" } */

#include <stdint.h>
#include <stdlib.h>

extern void use (unsigned long);

unsigned long
multiply_rows (int n)
{
  unsigned *rhs = malloc (64 * sizeof *rhs);		/* { dg-message "moved to stack" } */
  unsigned long *acc = malloc (128 * sizeof *acc);	/* { dg-message "moved to stack" } */
  if (n > 64)
    n = 64;
  for (int i = 0; i < 128; i++)
    acc[i] = 0;
  for (int i = 0; i < n; i++)
    rhs[i] = i * 7u;
  for (unsigned *rp = rhs; rp < rhs + n; rp++)
    {
      unsigned long *lp = acc + (rp - rhs);
      for (int k = 0; k < n; k++, lp++)
	*lp += (unsigned long) *rp * k;
    }
  unsigned long sum = 0;
  for (int i = 0; i < 128; i++)
    sum += acc[i];
  free (rhs);
  free (acc);
  return sum;
}

char text[17];

void
handle_text (void)
{
  static const char digits[] = "0123456789abcdef";
  int *session = malloc (sizeof *session);	/* { dg-message "escapes: kept as an offset" } */
  *session = 1;
  uintptr_t v = (uintptr_t) session;
  for (int i = 15; i >= 0; i--, v /= 16)
    text[i] = digits[v % 16];
}
