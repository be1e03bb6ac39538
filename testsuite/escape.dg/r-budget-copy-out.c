/* r-budget-copy-out.c -- with the budget, a recursive call followed by
   a copy into the caller's memory (memcpy, memset, strcpy where a
   parameter points, of a length GCC knows is not 0) is no sibling call:
   no pass deletes the copy, and the call is not the function's last
   act.  A length that may be 0, or a copy into the function's own
   memory, may go; then the call may become a sibling call, and a slot
   would cost a frame per level.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report -fplugin-arg-escape-alloca-budget=65536" } */

#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static void
fill (int *t, int n)		/* { dg-message "t does not escape" } */
{
  for (int i = 0; i < n; i++)
    t[i] = n - i;
}

void
copy_back (int *a, int n)	/* { dg-message "a does not escape" } */
{
  if (n < 2)
    return;
  copy_back (a, n / 2);
  int *t = malloc (n * sizeof *t);	/* { dg-message "moved to stack while the thread's alloca budget lasts, when size <= 4096" } */
  if (!t)
    abort ();
  fill (t, n);
  memcpy (a, t, n * sizeof *t);
  free (t);
}

void
clear_back (char *s, int n)	/* { dg-message "s does not escape" } */
{
  if (n < 2)
    return;
  clear_back (s, n / 2);
  char *t = malloc (n);		/* { dg-message "moved to stack while the thread's alloca budget lasts, when size <= 4096" } */
  if (!t)
    abort ();
  fill ((int *) t, n / 4);
  strcpy (s, t);
  free (t);
}

/* m may be 0: the copy may be no copy.  */
void
copy_some (int *a, int n, int m)	/* { dg-message "a does not escape" } */
{
  if (n < 2)
    return;
  copy_some (a, n / 2, m);
  int *t = malloc (n * sizeof *t);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!t)
    abort ();
  fill (t, n);
  memcpy (a, t, m * sizeof *t);
  free (t);
}

/* Into the function's own memory: DSE may delete the copy.  */
void
copy_within (int *a, int n)	/* { dg-message "a does not escape" } */
{
  if (n < 2)
    return;
  copy_within (a, n / 2);
  int *t = malloc (n * sizeof *t);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  int u[64];
  if (!t)
    abort ();
  fill (t, n);
  memcpy (u, t, sizeof u);
  free (t);
}
