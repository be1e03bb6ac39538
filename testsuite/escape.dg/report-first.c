/* report-first.c -- when several flows make an allocation escape, the
   note names the first along the control flow: a store through a
   parameter before the call that frees the object on an error path (the
   oniguruma idiom), a store to a global before the return.  */
/* { dg-options "-fplugin-arg-escape-report" } */
#include <stdlib.h>

struct regex { int n; char *buf; };
extern int init (struct regex *);
extern void release (struct regex *);
extern void use (void *);

int
make (struct regex **reg)		/* { dg-message "leaking param content: reg" } */
{
  *reg = malloc (sizeof **reg);		/* { dg-message "escapes: stored through parameter 'reg'" } */
  if (init (*reg))
    {
      release (*reg);
      *reg = 0;
      return -1;
    }
  return 0;
}

char *keep;

char *
stored_then_returned (void)
{
  char *p = malloc (8);			/* { dg-message "escapes: stored to global 'keep'" } */
  keep = p;
  return p;
}

char *
passed_then_returned (void)
{
  char *p = malloc (8);			/* { dg-message "escapes: passed to unknown function 'use'" } */
  use (p);
  return p;
}
