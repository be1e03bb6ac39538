/* r-params.c -- parameter summaries, one note per pointer parameter (and
   one per fact when a parameter has several), in Go's wording: leaking
   to the heap, its content leaking, flowing to the result at a deref
   level, flowing into another parameter's pointee, being freed, or not
   escaping.  Non-pointer parameters get no note.  */
/* { dg-options "-fplugin-arg-escape-report" } */
#include <stdlib.h>
#include <unistd.h>

char *g;

__attribute__ ((noinline)) void
leaks (char *p)				/* { dg-message "leaking param: p" } */
{
  g = p;
}

/* p itself is not kept, what it points to is.  */
__attribute__ ((noinline)) void
leaks_content (char **p)		/* { dg-message "leaking param content: p" } */
{
  g = *p;
}

__attribute__ ((noinline)) char *
to_result (char *p)			/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return p + 1;
}

/* One load between p and the result.  */
__attribute__ ((noinline)) char *
to_result_level1 (char **p)		/* { dg-message "leaking param: p to result ~r0 level=1" } */
{
  return *p;
}

__attribute__ ((noinline)) void
into (char *p, char **q)		/* { dg-message "leaking param: p into \\*q" } */
/* { dg-message "q does not escape" "" { target *-*-* } 39 } */
{
  *q = p;
}

__attribute__ ((noinline)) void
content_into (char **p, char ***q)	/* { dg-message "leaking param content: p into \\*\\*q" } */
/* { dg-message "q does not escape" "" { target *-*-* } 46 } */
{
  **q = *p;
}

__attribute__ ((noinline)) void
frees (char *p)				/* { dg-message "frees param: p" } */
{
  free (p);
}

__attribute__ ((noinline)) void
frees_content (char **p)		/* { dg-message "frees param content: p" } */
{
  free (*p);
}

__attribute__ ((noinline)) int
reads_only (const char *p, int n)	/* { dg-message "leaking param content: p" } */
{
  return write (1, p, n);
}

/* Two facts about p: returned, and stored into *q.  */
__attribute__ ((noinline)) char *
returned_and_stored (char *p, char **q)	/* { dg-message "leaking param: p to result ~r0 level=0" } */
/* { dg-message "leaking param: p into \\*q" "" { target *-*-* } 72 } */
/* { dg-message "q does not escape" "" { target *-*-* } 72 } */
{
  *q = p;
  return p;
}

/* Leaks on one path, freed on the other.  */
__attribute__ ((noinline)) void
leaks_or_frees (char *p)		/* { dg-message "leaking param: p" } */
/* { dg-message "frees param: p" "" { target *-*-* } 82 } */
{
  if (*p)
    g = p;
  else
    free (p);
}

/* Only pointer parameters are summarized.  */
__attribute__ ((noinline)) long
no_pointers (long a, int b)		/* { dg-bogus "param|does not escape" } */
{
  return a + b;
}

