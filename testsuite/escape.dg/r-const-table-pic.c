/* r-const-table-pic.c -- in code for a shared library (-fPIC) a table
   other files can see may be replaced by the executable's own table of
   that name, which the loader then binds this code's loads to: GCC
   takes a const table to keep its initializer, the analysis does not,
   and a call through it is unknown code.  A static table is this
   file's.  Found by an adversarial hunt.  */
/* { dg-options "-O2 -fPIC -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

static int
reader (const char *p)		/* { dg-message "leaking param: p to result ~r0 level=1" } */
{
  return p[0];
}

struct command
{
  const char *name;
  int (*run) (const char *);
};

const struct command exported[] = { { "r", reader }, { "k", reader } };
static const struct command own[] = { { "r", reader }, { "k", reader } };

int
run_exported (int i)
{
  char *p = malloc (16);	/* { dg-message "escapes: passed to an unknown function through a pointer" } */
  if (!p)
    return -1;
  strcpy (p, "abc");
  int r = exported[i & 1].run (p);
  free (p);
  return r;
}

int
run_own (int i)
{
  char *p = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!p)
    return -1;
  strcpy (p, "abc");
  int r = own[i & 1].run (p);
  free (p);
  return r;
}
