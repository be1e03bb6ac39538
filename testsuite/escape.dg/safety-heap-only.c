/* safety-heap-only.c -- objects that something may treat as heap memory
   stay on the heap: functions that read the allocator's bookkeeping of
   their argument, and callbacks that can be re-entered through a library
   call (no call-graph cycle shows that recursion).  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing" } */

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void use (void *);

size_t
usable (void)
{
  char *p = malloc (24);	/* { dg-message "escapes: passed to unknown function 'malloc_usable_size'" } */
  size_t n = malloc_usable_size (p);
  free (p);
  return n;
}

/* cmp can run inside qsort inside cmp: a slot per activation could
   overflow a stack the heap version fits in.  */
static int depth;
static int cmp (const void *a, const void *b)	/* { dg-message "a does not escape" } */
/* { dg-message "b does not escape" "" { target *-*-* } 26 } */
{
  char *scratch = malloc (64);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  int keys[2] = { *(const int *) a, *(const int *) b };
  if (depth++ < 2)
    qsort (keys, 2, sizeof keys[0], cmp);
  memcpy (scratch, keys, sizeof keys);
  puts (scratch);		/* reads it: GCC cannot fold the buffer away */
  int r = scratch[0] - scratch[4];
  free (scratch);
  return r;
}

void
sort (int *v, size_t n)		/* { dg-message "v does not escape" } */
{
  qsort (v, n, sizeof *v, cmp);
}

/* The same scratch buffer in a function nobody can re-enter is moved.  */
int
plain (int x)
{
  char *scratch = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  memcpy (scratch, &x, sizeof x);
  puts (scratch);
  int r = scratch[0];
  free (scratch);
  return r;
}
