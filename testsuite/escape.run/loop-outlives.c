/* loop-outlives.c -- a buffer that outlives its loop iteration.

   Double buffering: each iteration reads the previous iteration's buffer
   while it fills its own, and frees the previous one.  Both are local to
   main, but one reused slot per site would make "previous" and "current"
   the same memory: the copy would read what it had just written and the
   checksum would change.  The buffers must stay on the heap.  The scratch
   buffer in the same loop does not outlive its iteration and is moved.  */
/* { dg-do run } */
/* { dg-output "loop-outlives 6758430080(\n|\r\n|\r)" } */
/* escape-heap-allocs: 100000 */

#include <stdio.h>
#include <stdlib.h>

#define N 100000

int
main (void)
{
  unsigned char *prev = NULL;
  unsigned long sum = 0;
  for (int i = 0; i < N; i++)
    {
      unsigned char *cur = malloc (32);	/* { dg-message "escapes: outlives its loop iteration" } */
      unsigned char *scratch = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
      if (!cur || !scratch)
	abort ();
      for (int k = 0; k < 32; k++)
	scratch[k] = (unsigned char) (i * k);
      /* Reverse the previous buffer into this one.  */
      for (int k = 0; k < 32; k++)
	cur[k] = (unsigned char) ((prev ? prev[31 - k] : k) + scratch[k]);
      for (int k = 0; k < 32; k++)
	sum += cur[k] * (unsigned long) (k + 1);
      free (scratch);
      free (prev);
      prev = cur;
    }
  free (prev);
  printf ("loop-outlives %lu\n", sum);
  return 0;
}
