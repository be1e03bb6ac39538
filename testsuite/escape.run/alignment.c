/* alignment.c -- the alignment of stack slots.

   malloc's memory is aligned for any object (alignof (max_align_t), 16 on
   x86-64) and aligned_alloc's to what was asked for; a slot that replaces
   them must be aligned the same, whatever its size and whatever else is
   in the frame.  Odd sizes and a mix of alignments make GCC pack the
   slots closely.  The program prints how many pointers were misaligned,
   and uses the memory (SSE stores of 16-byte vectors fault on a
   misaligned address when the compiler relies on the alignment).  */
/* { dg-do run } */
/* { dg-output "alignment misaligned 0 sum 269556(\n|\r\n|\r)" } */
/* escape-heap-allocs: 0 */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile int small = 5;
static unsigned misaligned;

/* Record a pointer that is not a multiple of ALIGN.  Only the integer
   value leaves the caller, so the object stays local.  */
#define CHECK(p, align) (misaligned += (uintptr_t) (p) % (align) != 0)

typedef int v4si __attribute__ ((vector_size (16)));

__attribute__ ((noinline)) static unsigned long
frame (int round)
{
  char *a = malloc (1);	/* { dg-message "moved to stack \\(1 byte\\)" } */
  char *b = malloc (3);	/* { dg-message "moved to stack \\(3 bytes\\)" } */
  v4si *c = malloc (sizeof *c);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  char *d = malloc (17);	/* { dg-message "moved to stack \\(17 bytes\\)" } */
  char *e = aligned_alloc (64, 64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  char *f = malloc (5);	/* { dg-message "moved to stack \\(5 bytes\\)" } */
  char *g = aligned_alloc (32, 96);	/* { dg-message "moved to stack \\(96 bytes\\)" } */
  char *h = aligned_alloc (128, 128);	/* { dg-message "moved to stack \\(128 bytes\\)" } */
  /* Run-time size: the guarded slot's small case.  */
  char *v = malloc (small + round % 7);	/* { dg-message "moved to stack when size <= 256" } */
  if (!a || !b || !c || !d || !e || !f || !g || !h || !v)
    abort ();
  CHECK (a, _Alignof (max_align_t));
  CHECK (b, _Alignof (max_align_t));
  CHECK (c, _Alignof (max_align_t));
  CHECK (d, _Alignof (max_align_t));
  CHECK (e, 64);
  CHECK (f, _Alignof (max_align_t));
  CHECK (g, 32);
  CHECK (h, 128);
  CHECK (v, _Alignof (max_align_t));
  *a = 1;
  memset (b, 2, 3);
  *c = (v4si) { round, 2, 3, 4 };
  memset (d, 4, 17);
  memset (e, round, 64);
  memset (f, 6, 5);
  memset (g, 7, 96);
  memset (h, 8, 128);
  memset (v, 9, small);
  unsigned long s = *a + b[2] + (*c)[0] + d[16] + e[63] + f[4] + g[95]
		    + h[127] + v[0];
  free (v);
  free (h);
  free (g);
  free (f);
  free (e);
  free (d);
  free (c);
  free (b);
  free (a);
  return s;
}

int
main (void)
{
  unsigned long sum = 0;
  for (int r = 0; r < 1000; r++)
    sum += frame (r % 200);
  /* The same in a loop: slots reused by every iteration.  */
  for (int r = 0; r < 1000; r++)
    {
      char *x = malloc (7);	/* { dg-message "moved to stack \\(7 bytes\\)" } */
      char *y = aligned_alloc (64, 192);	/* { dg-message "moved to stack \\(192 bytes\\)" } */
      if (!x || !y)
	abort ();
      CHECK (x, _Alignof (max_align_t));
      CHECK (y, 64);
      x[6] = (char) r;
      y[191] = 1;
      sum += (unsigned char) x[6] + y[191];
      free (y);
      free (x);
    }
  printf ("alignment misaligned %u sum %lu\n", misaligned, sum);
  return 0;
}
