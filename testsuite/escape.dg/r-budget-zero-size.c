/* r-budget-zero-size.c -- malloc (0) under the alloca budget takes one
   byte, so that two such objects are distinct pointers, and the note says
   so, as a slot's does (hunt 45-a: it said "0 bytes").  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report -fplugin-arg-escape-alloca-budget=65536" } */

#include <stdlib.h>

int
distinct (int n)
{
  char *a = malloc (0);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(1 byte\\)" } */
  char *b = malloc (0);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(1 byte\\)" } */
  int same = a == b;
  int r = n > 0 ? distinct (n - 1) : 0;
  free (a);
  free (b);
  return same + r;
}

int
once (void)
{
  char *a = malloc (0);	/* { dg-message "moved to stack \\(1 byte\\)" } */
  char *b = malloc (0);	/* { dg-message "moved to stack \\(1 byte\\)" } */
  int same = a == b;
  free (a);
  free (b);
  return same;
}
