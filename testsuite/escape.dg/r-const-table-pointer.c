/* r-const-table-pointer.c -- a call through a pointer into a read-only
   table of commands (for (c = commands; c->name; c++), a found entry
   kept in a variable) reaches the table's functions, as a call through
   the table itself does (r-const-table.c): of the table's contents, the
   load reads the fields of the loaded type, not the names.  A pointer
   that may point elsewhere too (a parameter, a writable table), and one
   loaded from memory, still make the call unknown code.  A pointer that
   may point into an element rather than at its start (&c->run, a field
   offset added by hand), or a view of the table of another type, reads
   the whole table: what a load reads is told by where it reads, not by
   its type (a compatible unprototyped function type, a generic one).  */
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

/* Handlers kept as void pointers, read as a table of functions.  */
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

/* A table of hooks, read through a compatible, unprototyped function
   type at the address of a field, and through a generic function type
   at a field's offset added by hand (an adversarial hunt: the first
   version took the load's type to tell which fields it may read, and
   read only the `old' and `data' fields here).  */
typedef int (*old_style) ();
typedef void (*any) (void);

struct hooks
{
  int (*old) ();
  int (*run) (const char *);
  const void *data;
};

static const struct hooks hooks[] = {
  { reader, keeper, (const void *) reader },
  { reader, keeper, (const void *) reader },
};

int
run_unprototyped (int i)
{
  char *arg = malloc (32);	/* { dg-message "escapes: passed to a function called through a pointer \\(parameter 1 leaks\\)" } */
  if (!arg)
    return -1;
  strcpy (arg, "argument");
  const old_style *run = (const old_style *) &hooks[i & 1].run;
  int r = (*run) (arg);
  free (arg);
  return r;
}

int
run_by_offset (int i)
{
  char *arg = malloc (32);	/* { dg-message "escapes: passed to a function called through a pointer \\(parameter 1 leaks\\)" } */
  if (!arg)
    return -1;
  strcpy (arg, "argument");
  any f = *(const any *) ((const char *) &hooks[i & 1]
			  + __builtin_offsetof (struct hooks, run));
  int r = ((int (*) (const char *)) f) (arg);
  free (arg);
  return r;
}

/* Offsets that only look like whole elements (an adversarial hunt):
   i * 24 may wrap to 8, into the middle of an element of 24 bytes, a
   step back by 16 bytes is a huge multiple of 24, and
   an array inside an element indexed past its start reads the field
   before it (GCC lets c->arr[-1] read c->first).  */
struct trio
{
  int (*a) (const char *);
  int (*b) (const char *);
  int (*c) (const char *);
};

static const struct trio trios[] = { { reader, keeper, reader } };

int
run_wrapped (size_t i)
{
  char *arg = malloc (32);	/* { dg-message "escapes: passed to a function called through a pointer \\(parameter 1 leaks\\)" } */
  if (!arg)
    return -1;
  strcpy (arg, "argument");
  const struct trio *t = (const struct trio *) ((const char *) trios + i * 24);
  int r = t->a (arg);
  free (arg);
  return r;
}

/* A step back by 16 bytes from an element start is 2^64 - 16, which 24
   divides: it lands on the field b of the element before (hunt 34-a).  */
int
run_back (int n)
{
  char *arg = malloc (32);	/* { dg-message "escapes: passed to a function called through a pointer \\(parameter 1 leaks\\)" } */
  if (!arg)
    return -1;
  strcpy (arg, "argument");
  const struct trio *t = &trios[n];
  const struct trio *b = (const struct trio *) ((const char *) t - 16);
  int r = b->a (arg);
  free (arg);
  return r;
}

struct with_array
{
  const char *name;
  int (*first) (const char *);
  int (*arr[2]) (const char *);
};

static const struct with_array arrays[] = {
  { "a", keeper, { reader, reader } },
  { 0, 0, { 0, 0 } },
};

int
run_member_index (int k)
{
  char *arg = malloc (32);	/* { dg-message "escapes: passed to an unknown function through a pointer" } */
  if (!arg)
    return -1;
  strcpy (arg, "argument");
  int r = 0;
  for (const struct with_array *c = arrays; c->name; c++)
    r += c->arr[k] (arg);
  free (arg);
  return r;
}
