/* r-const-table.c -- a call through a read-only table of functions
   (static const ops[] = { f, g }, a command table of names and
   handlers) reaches the table's functions, whose summaries say what
   happens to the arguments: an object they only read stays local.  A
   table that code may change, a read-only alias of a writable one, a
   weak one (another definition may take its place at the link), or one
   of functions without a body here still makes the call unknown code.  */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

static int
first (const char *p)		/* { dg-message "leaking param: p to result ~r0 level=1" } */
{
  return p[0];
}

static int
second (const char *p)		/* { dg-message "leaking param: p to result ~r0 level=1" } */
{
  return p[1];
}

static char *kept;

static int
keeper (const char *p)		/* { dg-message "leaking param: p" } */
{
  kept = (char *) p;
  return 0;
}

char *
get_kept (void)
{
  return kept;
}

static int (*const ops[]) (const char *) = { first, second, 0 };

int
call_table (int k)
{
  char *p = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!p)
    return 0;
  strcpy (p, "abc");
  int r = ops[k % 3] (p);
  free (p);
  return r;
}

/* A command table: names and handlers.  */
struct command
{
  const char *name;
  int (*run) (const char *);
};

static const struct command commands[] = {
  { "first", first },
  { "second", second },
};

int
dispatch (const char *name)	/* { dg-message "name does not escape" } */
{
  char *arg = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  if (!arg)
    return -1;
  strcpy (arg, "argument");
  int r = -1;
  for (unsigned i = 0; i < sizeof commands / sizeof commands[0]; i++)
    if (strcmp (commands[i].name, name) == 0)
      r = commands[i].run (arg);
  free (arg);
  return r;
}

/* One function of the table keeps its argument.  */
static int (*const some_keep[]) (const char *) = { first, keeper };

int
call_keeping_table (int k)
{
  char *p = malloc (16);	/* { dg-message "escapes: passed to a function called through a pointer \\(parameter 1 leaks\\)" } */
  if (!p)
    return 0;
  strcpy (p, "abc");
  return some_keep[k & 1] (p);
}

/* A view of a table shifted by one field: the call reads the .b
   handlers.  Found by an adversarial hunt.  */
struct pair
{
  int (*a) (const char *);
  int (*b) (const char *);
};

static const struct pair pairs[4] = {
  { first, keeper }, { first, keeper }, { first, keeper }, { first, keeper }
};

int
call_shifted (int i)
{
  char *p = malloc (16);	/* { dg-message "escapes: passed to a function called through a pointer \\(parameter 1 leaks\\)" } */
  if (!p)
    return 0;
  strcpy (p, "abc");
  const struct pair (*view)[3] = (const struct pair (*)[3]) &pairs[0].b;
  return (*view)[i & 1].a (p);
}

/* Code may change a writable table.  */
int (*writable[]) (const char *) = { first, second };

int
call_writable (int k)
{
  char *p = malloc (16);	/* { dg-message "escapes: passed to an unknown function through a pointer" } */
  if (!p)
    return 0;
  strcpy (p, "abc");
  int r = writable[k & 1] (p);
  free (p);
  return r;
}

/* A read-only name of the writable table: GCC folds loads from it, the
   analysis does not.  */
extern int (*const read_only_alias[2]) (const char *)
  __attribute__ ((alias ("writable")));

int
call_alias (int k)
{
  char *p = malloc (16);	/* { dg-message "escapes: passed to an unknown function through a pointer" } */
  if (!p)
    return 0;
  strcpy (p, "abc");
  int r = read_only_alias[k & 1] (p);
  free (p);
  return r;
}

/* Another file may define the table instead.  */
__attribute__ ((weak)) int (*const weak_ops[]) (const char *) = { first, second };

int
call_weak (int k)
{
  char *p = malloc (16);	/* { dg-message "escapes: passed to an unknown function through a pointer" } */
  if (!p)
    return 0;
  strcpy (p, "abc");
  int r = weak_ops[k & 1] (p);
  free (p);
  return r;
}

/* Functions of another file.  */
extern int other_a (const char *), other_b (const char *);
static int (*const others[]) (const char *) = { other_a, other_b };

int
call_others (int k)
{
  char *p = malloc (16);	/* { dg-message "escapes: passed to an unknown function through a pointer" } */
  if (!p)
    return 0;
  strcpy (p, "abc");
  int r = others[k & 1] (p);
  free (p);
  return r;
}
