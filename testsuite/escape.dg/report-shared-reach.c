/* report-shared-reach.c -- everything reachable through a pointer is one
   temporary for all the calls that pass the pointer.  Its flows are plain
   ones at the first call that asked for it (here 'peek', which leaks
   nothing to the heap), and the call that leaks it names itself.  */
/* { dg-options "-fplugin-arg-escape-report=2 -fplugin-arg-escape-transform=no" } */

#include <stdlib.h>

struct box { int *item; };
int *kept;

__attribute__ ((noinline)) int *
peek (struct box *b)		/* { dg-message "leaking param: b to result" } */
{
  return b->item;
}

__attribute__ ((noinline)) void
keep (struct box *b)		/* { dg-message "leaking param content: b" } */
{
  kept = b->item;
}

int
shared (void)
{
  struct box *b = malloc (sizeof *b);	/* { dg-message "does not escape" } */
  b->item = malloc (sizeof (int));	/* { dg-message "escapes: passed to 'keep' \\(parameter 1 leaks\\)" } */
  *b->item = 1;
  keep (b);		/* { dg-message "  flow: the heap = a temporary \\(passed to 'keep' \\(parameter 1 leaks\\)\\)" } */
  int v = *peek (b);	/* { dg-message "  flow: a temporary = the allocation at line 27" } */
  /* { dg-bogus "passed to 'peek'" "" { target *-*-* } 31 } */
  /* { dg-message "  flow: a temporary = &the allocation at line 28" "" { target *-*-* } 28 } */
  /* { dg-message "  flow: the allocation at line 27 = a temporary" "" { target *-*-* } 28 } */
  free (b);
  return v;
}
