/* r-realloc-slot.c -- an object that a realloc may see keeps its slot
   when no other object that moved may reach the same realloc: the
   rewrite takes a new heap block for the slot's address and copies the
   slot (escape.run/realloc-slot.c runs it).  Two slots at one realloc,
   getline's buffer keeps "resized", a callee's realloc "freed by".  */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A growth buffer.  */
unsigned long
collect (int n)
{
  size_t cap = 16, len = 0;
  char *buf = malloc (cap);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!buf)
    return 0;
  for (int i = 0; i < n; i++)
    {
      if (len + 1 > cap)
	{
	  cap *= 2;
	  char *bigger = realloc (buf, cap);	/* { dg-message "does not escape, stays on heap: allocated by 'realloc'" } */
	  if (!bigger)
	    {
	      free (buf);
	      return 0;
	    }
	  buf = bigger;
	}
      buf[len++] = (char) i;
    }
  unsigned long h = 0;
  for (size_t i = 0; i < len; i++)
    h = h * 33 + (unsigned char) buf[i];
  free (buf);
  return h;
}

/* A run-time size: a guarded slot.  */
long
guarded (size_t n, size_t m)
{
  long *a = malloc (n * sizeof *a);	/* { dg-message "moved to stack when size <= 256" } */
  if (!a)
    return -1;
  for (size_t i = 0; i < n; i++)
    a[i] = (long) i;
  long *b = realloc (a, m * sizeof *b);	/* { dg-message "does not escape, stays on heap: allocated by 'realloc'" } */
  if (!b)
    {
      free (a);
      return -2;
    }
  long s = b[0];
  free (b);
  return s;
}

/* Two objects at one realloc.  */
int
two_sources (int k, size_t n)
{
  char *p;
  if (k)
    p = malloc (16);	/* { dg-message "does not escape, stays on heap: resized by 'realloc'" } */
  else
    p = malloc (32);	/* { dg-message "does not escape, stays on heap: resized by 'realloc'" } */
  if (!p)
    return -1;
  memset (p, 'z', 16);
  char *q = realloc (p, n);	/* { dg-message "does not escape, stays on heap: allocated by 'realloc'" } */
  if (!q)
    {
      free (p);
      return -1;
    }
  int r = q[0];
  free (q);
  return r;
}

/* getline may realloc what it is given.  */
long
line_length (FILE *f)	/* { dg-message "f does not escape" } */
{
  size_t cap = 64;
  char *line = malloc (cap);	/* { dg-message "does not escape, stays on heap: resized by 'getline'" } */
  if (!line)
    return -1;
  long n = getline (&line, &cap, f);
  free (line);
  return n;
}

/* A callee's realloc.  */
__attribute__ ((noinline)) static char *
grow (char *p,	/* { dg-message "leaking param content: p" } */
      /* { dg-message "frees param: p" "" { target *-*-* } 100 } */
      size_t n)
{
  return realloc (p, n);	/* { dg-message "escapes: returned from 'grow'" } */
}

int
grown_by_callee (size_t n)
{
  char *p = malloc (16);	/* { dg-message "escapes: freed by 'grow'" } */
  if (!p)
    return -1;
  p[0] = 1;
  char *q = grow (p, n);
  if (!q)
    {
      free (p);
      return -1;
    }
  int r = q[0];
  free (q);
  return r;
}
