/* r-const-table-pointer.c -- a call through a pointer into a read-only
   table of commands (for (c = commands; c->name; c++), a found entry
   kept in a variable) reaches the table's functions, as a call through
   the table itself does (r-const-table.c): of the table's contents, the
   load reads the fields of the loaded type, not the names.  A pointer
   that may point elsewhere too (a parameter, a writable table), and one
   loaded from memory, still make the call unknown code; a table read
   through a view of another type reads every field that type may alias.  */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

static int
reader (const char *p)		/* { dg-message "leaking param: p to result ~r0 level=1" } */
{
  return p[0];
}

static int
counter (const char *p)		/* { dg-message "p does not escape" } */
{
  return (int) strlen (p);
}

static const char *kept;

static int
keeper (const char *p)		/* { dg-message "leaking param: p" } */
{
  kept = p;
  return 0;
}

const char *
get_kept (void)
{
  return kept;
}

struct command
{
  const char *name;
  int (*run) (const char *);
};

static const struct command commands[] = {
  { "read", reader },
  { "count", counter },
  { 0, 0 },
};

int
run_walked (const char *name)	/* { dg-message "name does not escape" } */
{
  char *arg = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  if (!arg)
    return -1;
  strcpy (arg, "argument");
  int r = -1;
  for (const struct command *c = commands; c->name; c++)
    if (strcmp (c->name, name) == 0)
      {
	r = c->run (arg);
	break;
      }
  free (arg);
  return r;
}

int
run_found (const char *name)	/* { dg-message "name does not escape" } */
{
  char *arg = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  if (!arg)
    return -1;
  strcpy (arg, "argument");
  const struct command *found = NULL;
  for (int i = 0; commands[i].name; i++)
    if (strcmp (commands[i].name, name) == 0)
      found = &commands[i];
  int r = found ? found->run (arg) : -1;
  free (arg);
  return r;
}

/* A table with a handler that keeps its argument.  */
static const struct command keeping[] = {
  { "read", reader },
  { "keep", keeper },
  { 0, 0 },
};

int
run_keeping (const char *name)	/* { dg-message "name does not escape" } */
{
  char *arg = malloc (32);	/* { dg-message "escapes: passed to a function called through a pointer \\(parameter 1 leaks\\)" } */
  if (!arg)
    return -1;
  strcpy (arg, "argument");
  for (const struct command *c = keeping; c->name; c++)
    if (strcmp (c->name, name) == 0)
      return c->run (arg);
  free (arg);
  return -1;
}

/* The entry may be the caller's.  */
int
run_given (const struct command *given, int i)	/* { dg-message "leaking param content: given" } */
{
  char *arg = malloc (32);	/* { dg-message "escapes: passed to an unknown function through a pointer" } */
  if (!arg)
    return -1;
  strcpy (arg, "argument");
  const struct command *c = i ? given : &commands[1];
  int r = c->run (arg);
  free (arg);
  return r;
}

/* Code may change a writable table.  */
struct command writable[] = { { "read", reader }, { 0, 0 } };

int
run_writable (int i)
{
  char *arg = malloc (32);	/* { dg-message "escapes: passed to an unknown function through a pointer" } */
  if (!arg)
    return -1;
  strcpy (arg, "argument");
  const struct command *c = i ? &writable[0] : &commands[1];
  int r = c->run (arg);
  free (arg);
  return r;
}

/* The pointer to the entry is loaded from memory.  */
const struct command *current = &commands[0];

int
run_current (void)
{
  char *arg = malloc (32);	/* { dg-message "escapes: passed to an unknown function through a pointer" } */
  if (!arg)
    return -1;
  strcpy (arg, "argument");
  int r = current->run (arg);
  free (arg);
  return r;
}

/* Handlers kept as void pointers, read as a table of functions: a void
   pointer may alias a pointer to a function, so the keeper is read.  */
static const void *const generic[] = { (const void *) reader,
				       (const void *) keeper };

struct pair
{
  int (*a) (const char *);
  int (*b) (const char *);
};

int
run_generic (int i)
{
  char *arg = malloc (32);	/* { dg-message "escapes: passed to a function called through a pointer \\(parameter 1 leaks\\)" } */
  if (!arg)
    return -1;
  strcpy (arg, "argument");
  const struct pair *o = (const struct pair *) &generic[i & 1];
  int r = o->a (arg);
  free (arg);
  return r;
}
