/* r-fortify-min.c -- under _FORTIFY_SOURCE=2 (a distribution's default)
   GCC bounds a __*_chk builtin by the smaller of __builtin_object_size's
   answer and the allocation's size it knows (`MIN_EXPR <_6, 32>'): the
   answer still only bounds a check, which a slot (never smaller than
   its object) leaves as it was, and the object moves.  Found by a review
   of the report: every fixed-size buffer given to snprintf, strcpy or
   strcat stayed on the heap, "its size is read by
   '__builtin_object_size'".  An answer the program itself reads still
   keeps the object on the heap.  */
/* { dg-do compile } */
/* { dg-options "-O2 -D_FORTIFY_SOURCE=2 -fplugin-arg-escape-report" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
format_number (int i)
{
  char *p = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  if (!p)
    return -1;
  snprintf (p, 32, "%d", i);
  int r = strlen (p);
  free (p);
  return r;
}

int
join (int n)
{
  char *p = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!p)
    return -1;
  strcpy (p, "abc");
  strcat (p, n ? "def" : "g");
  int r = strlen (p);
  free (p);
  return r;
}

volatile unsigned long seen;

int
measure (int i)
{
  char *p = malloc (48 + (i & 16));	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_object_size'" } */
  if (!p)
    return -1;
  snprintf (p, 32, "%d", i);
  seen = __builtin_object_size (p, 1);
  int r = strlen (p);
  free (p);
  return r;
}
