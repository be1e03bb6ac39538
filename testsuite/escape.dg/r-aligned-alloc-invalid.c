/* r-aligned-alloc-invalid.c -- aligned_alloc with an alignment that is no
   power of two, or none at all, fails under C17 (glibc from 2.38 on;
   2.36 accepts 0 and rounds others up): such objects stay on the heap,
   where the call may return NULL.  Alignment 0 used to get a slot, as if
   malloc had been called (found by an adversarial hunt).  */
/* { dg-options "-fplugin-arg-escape-report" } */
#include <stdlib.h>
#include <string.h>

/* The object's use, in the function that allocates it.  */
#define USE(p, n)						\
  ((p) ? (memset ((p), (n), 16), r = ((volatile char *) (p))[3],	\
	  free (p), r)						\
       : -1)

int
zero (int n)
{
  int r;
  char *p = aligned_alloc (0, 16);	/* { dg-message "does not escape, stays on heap: alignment not available on the stack" } */
  return USE (p, n);
}

int
three (int n)
{
  int r;
  char *p = aligned_alloc (3, 16);	/* { dg-message "does not escape, stays on heap: alignment not available on the stack" } */
  return USE (p, n);
}

int
sixteen (int n)
{
  int r;
  char *p = aligned_alloc (16, 16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  return USE (p, n);
}
