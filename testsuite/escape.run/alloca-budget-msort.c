/* alloca-budget-msort.c -- with alloca-budget, a merge sort's temporary
   takes stack space while the budget lasts.  Its recursive calls are no
   sibling calls: after them the merge copies the temporary back where
   the parameter points (memcpy of a length GCC knows is not 0), which no
   pass deletes.  Before, a walk that took the copy for deletable kept
   the temporary on the heap at -O2 (hunt 38-b's msort).  20000 ints:
   pieces of up to 4096 bytes are budgeted, larger ones malloc'd.  Under
   -flto (not counted) the temporary stays on the heap: IPA splits the
   test of n off into another function, and no range the link sees says
   the length is not 0.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "msort 20000 sorted 1 sum 9807135231(\n|\r\n|\r)" } */
/* escape-heap-allocs: 32 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
msort (int *a, int n)
{
  if (n < 2)
    return;
  int h = n / 2;
  msort (a, h);
  msort (a + h, n - h);
  int *t = malloc (n * sizeof *t);
  if (!t)
    abort ();
  int i = 0, j = h, k = 0;
  while (i < h && j < n)
    t[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < h)
    t[k++] = a[i++];
  while (j < n)
    t[k++] = a[j++];
  memcpy (a, t, n * sizeof *t);
  free (t);
}

int
main (void)
{
  enum { N = 20000 };
  int *a = malloc (N * sizeof *a);
  if (!a)
    return 1;
  unsigned x = 12345;
  long sum = 0;
  for (int i = 0; i < N; i++)
    {
      x = x * 1103515245u + 12345u;
      a[i] = (int) (x >> 8) % 1000000;
      sum += a[i];
    }
  msort (a, N);
  int sorted = 1;
  for (int i = 1; i < N; i++)
    sorted &= a[i - 1] <= a[i];
  printf ("msort %d sorted %d sum %ld\n", N, sorted, sum);
  free (a);
  return 0;
}
