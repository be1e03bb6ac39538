/* r-size.c -- oversized and variable-size buffers with the default limits
   (max-object-size=4096, var-buffer=256).  None escapes; a constant size
   above the limit stays on the heap and says by how much, the limit
   itself still fits, and a size known only at run time gets the guarded
   form: a 256-byte stack buffer when the request fits in it.  */
/* { dg-options "-fplugin-arg-escape-report" } */
#include <stdlib.h>
#include <unistd.h>

int
at_limit (void)
{
  char *p = malloc (4096);		/* { dg-message "moved to stack \\(4096 bytes\\)" } */
  int n = read (0, p, 4096);
  write (1, p, n);
  free (p);
  return n;
}

int
one_over (void)
{
  char *p = malloc (4097);		/* { dg-message "does not escape, stays on heap: too large for stack: 4097 bytes > 4096" } */
  int n = read (0, p, 4097);
  write (1, p, n);
  free (p);
  return n;
}

/* calloc's size is the product of its arguments.  */
int
calloc_too_large (void)
{
  int *p = calloc (1024 * 1024, sizeof (int));	/* { dg-message "does not escape, stays on heap: too large for stack: 4194304 bytes > 4096" } */
  int n = read (0, p, 64);
  write (1, p, n);
  free (p);
  return n;
}

int
variable (size_t m)
{
  char *p = malloc (m);			/* { dg-message "moved to stack when size <= 256" } */
  int n = read (0, p, m);
  write (1, p, n);
  free (p);
  return n;
}

/* The size is computed; still only known at run time.  */
int
variable_computed (size_t m)
{
  char *p = malloc (m * 2 + 1);		/* { dg-message "moved to stack when size <= 256" } */
  int n = read (0, p, m);
  write (1, p, n);
  free (p);
  return n;
}

/* A variable-size buffer that escapes is not guarded: escape wins.  */
char *
variable_escapes (size_t m)
{
  return malloc (m);			/* { dg-message "escapes: returned from 'variable_escapes'" } */
}

