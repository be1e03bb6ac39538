/* r-loops.c -- loop lifetime (Go's loopDepth): an allocation made in a
   loop and dead by the end of its iteration may reuse one stack slot;
   one whose pointer survives into a later iteration (a loop-header PHI,
   or a variable declared outside the loop) outlives its iteration.  Goto
   loops count as loops.  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing" } */
#include <stdlib.h>
#include <unistd.h>

int
per_iteration (int n)
{
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      char *b = malloc (32);		/* { dg-message "moved to stack \\(32 bytes\\)" } */
      k += read (0, b, 32);
      write (1, b, 32);
      free (b);
    }
  return k;
}

/* The previous iteration's buffer is freed in the next one.  */
int
kept_for_next_iteration (int n)
{
  char *prev = 0;
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      char *b = malloc (32);		/* { dg-message "escapes: outlives its loop iteration" } */
      k += read (0, b, 32);
      if (prev)
	{
	  write (1, prev, 32);
	  free (prev);
	}
      prev = b;
    }
  free (prev);
  return k;
}

/* Only the last buffer is used after the loop, but it was allocated in
   an iteration.  */
int
last_one_after_loop (int n)
{
  char *last = 0;
  for (int i = 0; i < n; i++)
    {
      last = malloc (16);		/* { dg-message "escapes: outlives its loop iteration" } */
      read (0, last, 16);
      if (i + 1 < n)
	free (last);
    }
  int k = last ? write (1, last, 16) : 0;
  free (last);
  return k;
}

struct item { struct item *next; int v; };

/* A list built by a backward goto.  */
int
list_in_goto_loop (int n)
{
  struct item *head = 0;
  int i = 0;
again:
  {
    struct item *it = malloc (sizeof *it);	/* { dg-message "escapes: outlives its loop iteration" } */
    it->v = i;
    it->next = head;
    head = it;
  }
  if (++i < n)
    goto again;
  int k = 0;
  for (struct item *it = head; it; it = it->next)
    k += it->v;
  return k;
}

/* A buffer per iteration of a goto loop, dead at its end.  */
int
per_iteration_goto (int n)
{
  int k = 0, i = 0;
top:
  {
    char *b = malloc (8);			/* { dg-message "moved to stack \\(8 bytes\\)" } */
    k += read (0, b, 8);
    write (1, b, 8);
    free (b);
  }
  if (++i < n)
    goto top;
  return k;
}

/* Nested loops: the inner buffer dies in the inner iteration, the outer
   one lives through the whole inner loop but not past its own
   iteration.  */
int
nested (int n)
{
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      char *outer = malloc (16);		/* { dg-message "moved to stack \\(16 bytes\\)" } */
      read (0, outer, 16);
      for (int j = 0; j < n; j++)
	{
	  char *inner = malloc (8);		/* { dg-message "moved to stack \\(8 bytes\\)" } */
	  k += read (0, inner, 8);
	  write (1, outer, 16);
	  write (1, inner, 8);
	  free (inner);
	}
      free (outer);
    }
  return k;
}

