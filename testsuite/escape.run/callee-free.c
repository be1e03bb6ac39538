/* callee-free.c -- objects freed by another function.

   A free can be removed only when it is in the function that allocated
   the object.  Each object here is freed by a callee: directly, only on
   some calls, or through a function pointer.  Moving any of them to the
   stack would hand a stack address to free, which aborts ("free():
   invalid pointer") or corrupts the heap.  */
/* { dg-do run } */
/* { dg-output "callee-free 106127920 3999 999000(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>

/* noinline: inlined, the free would be in the caller and the object
   could rightly move to the stack.  It keeps the first byte too: a
   function that only frees is a free, whose calls go with the slot
   (alloc-wrapper.c).  */
volatile int released_first;

__attribute__ ((noinline)) static void
release (char *p)
{
  released_first = p[0];
  free (p);
}

/* Frees P only when asked to; the caller frees it otherwise.  */
__attribute__ ((noinline)) static int
maybe_release (char *p, int now)
{
  int first = p[0];
  if (now)
    free (p);
  return first;
}

/* Not a constant: the call below stays an indirect call.  */
static void (*volatile releaser) (void *) = free;

int
main (void)
{
  unsigned long sum = 0;
  for (int i = 0; i < 1000; i++)
    {
      char *a = malloc (40);	/* { dg-message "escapes: freed by 'release'" } */
      if (!a)
	abort ();
      for (int k = 0; k < 40; k++)
	a[k] = (char) (i + k);
      for (int k = 0; k < 40; k++)
	sum += (unsigned char) a[k] * (unsigned long) (k + 1);
      release (a);
    }

  unsigned long kept = 0;
  for (int i = 0; i < 2000; i++)
    {
      char *b = malloc (24);	/* { dg-message "escapes: freed by 'maybe_release'" } */
      if (!b)
	abort ();
      b[0] = (char) (i % 3 + 1);
      kept += maybe_release (b, i % 2);
      if (i % 2 == 0)
	free (b);
    }

  unsigned long through = 0;
  for (int i = 0; i < 1000; i++)
    {
      int *c = malloc (16 * sizeof *c);	/* { dg-message "escapes: passed to an unknown function through a pointer" } */
      if (!c)
	abort ();
      c[15] = 2 * i;
      through += c[15];
      releaser (c);
    }
  printf ("callee-free %lu %lu %lu\n", sum, kept, through);
  return 0;
}
