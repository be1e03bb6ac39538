/* const-table-pointer.c -- calls through a pointer into read-only
   tables: a command table walked with a pointer (c++ until a null name),
   whose handlers only read their argument: the argument moves.  A table
   with a handler that keeps its argument, and a table of void pointers
   read as a struct of function pointers, and a table read through a
   compatible unprototyped function type, keep theirs on the heap; each
   kept object is read back after its function returned and another call
   wrote over the stack.  */
/* { dg-do run } */
/* { dg-output "sum 7776 kept keep me generic generic unprototyped(\n|\r\n|\r)" } */
/* escape-heap-allocs: 3 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *kept;

static __attribute__ ((noinline)) void
clobber (void)
{
  volatile unsigned char buf[16384];
  for (int i = 0; i < 16384; i++)
    buf[i] = 0xA5;
  __asm__ volatile ("" ::: "memory");
}

static int
reader (char *p)
{
  return p[0];
}

static int
counter (char *p)
{
  return (int) strlen (p);
}

static int
keeper (char *p)
{
  kept = p;
  return 0;
}

struct command
{
  const char *name;
  int (*run) (char *);
};

static const struct command commands[] = {
  { "read", reader },
  { "count", counter },
  { 0, 0 },
};

static const struct command keeping[] = {
  { "read", reader },
  { "keep", keeper },
  { 0, 0 },
};

static __attribute__ ((noinline)) int
run_keeping (const char *name, const char *text)
{
  char *p = malloc (32);
  if (!p)
    abort ();
  strcpy (p, text);
  int r = -1;
  for (const struct command *c = keeping; c->name; c++)
    if (strcmp (c->name, name) == 0)
      {
	r = c->run (p);
	break;
      }
  if (kept != p)
    free (p);
  return r;
}

static __attribute__ ((noinline)) int
run_commands (const char *name, const char *text)
{
  char *p = malloc (32);
  if (!p)
    abort ();
  strcpy (p, text);
  int r = -1;
  for (const struct command *c = commands; c->name; c++)
    if (strcmp (c->name, name) == 0)
      {
	r = c->run (p);
	break;
      }
  free (p);
  return r;
}

static const void *const generic[] = { (const void *) reader,
				       (const void *) keeper };

struct pair
{
  int (*a) (char *);
  int (*b) (char *);
};

static __attribute__ ((noinline)) int
run_generic (int i, const char *text)
{
  char *p = malloc (32);
  if (!p)
    abort ();
  strcpy (p, text);
  const struct pair *o = (const struct pair *) &generic[i & 1];
  int r = o->a (p);
  if (kept != p)
    free (p);
  return r;
}

/* Read through a compatible, unprototyped function type at the address
   of a field: the first version took the load's type to tell which
   fields it may read, read only `old', and moved the kept object.  */
typedef int (*old_style) ();

struct hooks
{
  int (*old) ();
  int (*run) (char *);
};

static const struct hooks hooks[] = { { reader, keeper }, { reader, keeper } };

static __attribute__ ((noinline)) int
run_unprototyped (int i, const char *text)
{
  char *p = malloc (32);
  if (!p)
    abort ();
  strcpy (p, text);
  const old_style *run = (const old_style *) &hooks[i & 1].run;
  int r = (*run) (p);
  if (kept != p)
    free (p);
  return r;
}

int
main (int argc, char **argv)
{
  (void) argv;
  int sum = 0;
  for (int i = 0; i < 32 + argc - 1; i++)
    sum += run_commands (i & 1 ? "read" : "count", "0123456789abcdefghij")
	   + run_commands ("read", "0") + run_commands ("none", "x");
  printf ("sum %d", sum * 3);
  run_keeping ("keep", "keep me");
  clobber ();
  printf (" kept %s", kept);
  free (kept);
  kept = NULL;
  run_generic (argc, "generic");
  clobber ();
  printf (" generic %s", kept);
  free (kept);
  kept = NULL;
  run_unprototyped (argc, "unprototyped");
  clobber ();
  printf (" %s\n", kept);
  free (kept);
  return 0;
}
