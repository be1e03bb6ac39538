/* libc.c -- unit tests of the library table: every row of
   plugin/libc-models.def, argument by argument, against what its letter
   means (the legend at the top of libc-models.def), and the traps by
   name.

   For each row and each argument position, a graph calls the function
   with every argument pointing to an allocation of its own, which holds
   a second allocation ("inner"); the letter under test then decides what
   must happen to the argument's object, to what it holds, and to the
   result.  */

#include <string.h>

#include "unit.h"

#define MAX_ARGS 8

struct row_call
{
  esc_graph *g;
  esc_loc obj[MAX_ARGS], inner[MAX_ARGS], val[MAX_ARGS], result;
  unsigned nargs;
};

static esc_loc
arg_of (void *data, unsigned i)
{
  return ((struct row_call *) data)->val[i];
}

/* Call MODEL with NARGS arguments, each &obj[i] where obj[i] holds
   &inner[i]; CALLBACK_KNOWN: argument slots marked 'c' point to a
   function whose summary keeps nothing, instead of unknown code.  */
static void
call_row (struct row_call *c, esc_program *prog, const esc_libc_model *model,
	  unsigned nargs, bool callback_known)
{
  memset (c, 0, sizeof *c);
  c->g = esc_graph_new (prog, 0, false);
  c->nargs = nargs;
  for (unsigned i = 0; i < nargs; i++)
    {
      esc_loc p;
      c->obj[i] = alloc_at (c->g, 0, &c->val[i]);
      c->inner[i] = alloc_at (c->g, 0, &p);
      esc_store (c->g, c->val[i], p, 0, W);
      if (esc_libc_model_letter (model, i) == 'c')
	{
	  c->val[i] = value (c->g);
	  if (callback_known)
	    esc_flow (c->g, c->val[i], esc_func (c->g, 0), -1, W);
	  else
	    esc_flow (c->g, c->val[i], esc_heap (c->g), -1, W);
	}
    }
  c->result = value (c->g);
  struct esc_why call = { ESC_WHY_CALL, NULL,
			  esc_libc_model_name (model), 0 };
  esc_libc_call (c->g, model, nargs, arg_of, c, c->result, &call, 0);
  esc_solve (c->g);
}

static bool
resized (const esc_graph *g, esc_loc obj)
{
  for (int f = 0; f < esc_free_site_count (g); f++)
    {
      const struct esc_free_site *fs = esc_free_site_at (g, f);
      if (fs->resizes && esc_may_point_to (g, fs->ptr, obj))
	return true;
    }
  return false;
}

/* Does the letter at I behave as the legend says?  */
static void
check_letter (const esc_libc_model *model, struct row_call *c, unsigned i)
{
  const char *name = esc_libc_model_name (model);
  char letter = esc_libc_model_letter (model, i);
  esc_graph *g = c->g;
  bool esc = escapes (g, c->obj[i]);
  bool inner_esc = escapes (g, c->inner[i]);
  bool returned = esc_may_point_to (g, c->result, c->obj[i]);
  bool holds_heap = esc_may_point_to (g, c->obj[i], esc_heap (g));
  bool holds_first = i > 0 && esc_may_point_to (g, c->obj[i], c->obj[0]);
  bool returns_held = esc_may_point_to (g, c->result, c->inner[i]);
  bool in_returned = strchr ("RWDEAJ", letter) != NULL;

  if (!strchr (".rwRWdDMsbvVEeoOIJpTgcaAPBN", letter))
    {
      fail ("%s arg %u: unknown letter '%c'", name, i + 1, letter);
      return;
    }
  if (letter != 'c')
    CHECK (returned == in_returned, "%s arg %u ('%c'): %s returned", name,
	   i + 1, letter, in_returned ? "may be" : "is not");
  switch (letter)
    {
    case 'e':
    case 'E':
      CHECK (esc, "%s arg %u ('%c'): escapes", name, i + 1, letter);
      break;
    case 'O':
      CHECK (!esc && inner_esc, "%s arg %u ('O'): what its bytes point to "
	     "escapes, the buffer does not", name, i + 1);
      break;
    case 'o':
    case 'I':
    case 'J':
      CHECK (!esc && holds_heap, "%s arg %u ('%c'): receives unknown "
	     "pointers, does not escape", name, i + 1, letter);
      break;
    case 'p':
    case 'T':
      CHECK (!esc && (i == 0 || holds_first), "%s arg %u ('%c'): receives "
	     "the first argument", name, i + 1, letter);
      if (letter == 'T')
	CHECK (returns_held, "%s arg %u ('T'): the result may come from it",
	       name, i + 1);
      break;
    case 'g':
      CHECK (!esc && holds_heap && resized (g, c->inner[i]),
	     "%s arg %u ('g'): its buffer is resized and replaced", name,
	     i + 1);
      break;
    case 'a':
    case 'A':
      /* The callback is unknown code here: what it is given escapes.  */
      CHECK (esc, "%s arg %u ('%c'): passed to an unknown callback, "
	     "escapes", name, i + 1, letter);
      break;
    case 'c':
      break;
    case 'P':
      CHECK (!esc && returns_held, "%s arg %u ('P'): the text does not "
	     "escape, the result holds what it holds", name, i + 1);
      break;
    case 'B':
      /* A result whose bytes the program keeps, as the test's is.  */
      CHECK (!esc && !inner_esc && returns_held, "%s arg %u ('B'): the "
	     "bytes do not escape, the result holds what they hold", name,
	     i + 1);
      break;
    case 'd':
    case 'D':
    case 'M':
      for (unsigned j = 0; j < c->nargs; j++)
	if (esc_libc_model_letter (model, j) == 's')
	  CHECK (esc_may_point_to (g, c->obj[i], c->inner[j]),
		 "%s arg %u ('%c'): receives what arg %u ('s') holds", name,
		 i + 1, letter, j + 1);
	else if (esc_libc_model_letter (model, j) == 'b')
	  CHECK (esc_may_point_to (g, c->obj[i], c->obj[j]),
		 "%s arg %u ('%c'): receives arg %u ('b') as it is", name,
		 i + 1, letter, j + 1);
      CHECK (!esc && !inner_esc, "%s arg %u ('%c'): keeps nothing", name,
	     i + 1, letter);
      if (letter == 'M')
	CHECK (holds_heap, "%s arg %u ('M'): may receive a heap pointer",
	       name, i + 1);
      break;
    default:
      CHECK (!esc && !inner_esc, "%s arg %u ('%c'): keeps nothing", name,
	     i + 1, letter);
      break;
    }
}

/* The letters of one row, over its arguments (and two variadic ones).  */
static void
check_row (esc_program *prog, const esc_libc_model *model)
{
  const char *name = esc_libc_model_name (model);
  bool variadic;
  unsigned n = (unsigned) esc_libc_model_arity (model, &variadic);
  unsigned nargs = variadic ? n + 2 : n;
  if (nargs > MAX_ARGS)
    {
      fail ("%s: at most %d arguments in a row", name, MAX_ARGS);
      return;
    }
  struct row_call c;
  call_row (&c, prog, model, nargs, false);
  for (unsigned i = 0; i < nargs; i++)
    check_letter (model, &c, i);

  /* The result points to nothing but the arguments (or what they hold)
     and unknown memory.  */
  bool other = false;
  for (size_t k = 0; k < esc_points_to_count (c.g, c.result); k++)
    {
      esc_loc o = esc_points_to_at (c.g, c.result, k);
      bool arg = o == esc_heap (c.g);
      for (unsigned i = 0; i < nargs; i++)
	arg |= o == c.obj[i] || o == c.inner[i];
      other |= !arg;
    }
  CHECK (!other, "%s: the result points to nothing but the arguments "
	 "and unknown memory", name);
  esc_graph_free (c.g);

  /* With a callback that keeps nothing, what it is given stays local.  */
  if (!esc_libc_model_takes_callback (model))
    return;
  call_row (&c, prog, model, nargs, true);
  for (unsigned i = 0; i < nargs; i++)
    {
      char letter = esc_libc_model_letter (model, i);
      if (letter == 'a' || letter == 'A')
	CHECK (!escapes (c.g, c.obj[i]), "%s arg %u ('%c'): a callback "
	       "that keeps nothing keeps it local", name, i + 1, letter);
    }
  esc_graph_free (c.g);
}

/* The result letter: 'h' may point to memory that is not ours, 'n' is
   not a pointer, 'a' points only into arguments marked returned.  With
   no argument that can carry a pointer, only 'h' points anywhere.  */
static void
check_result (const esc_libc_model *model)
{
  const char *name = esc_libc_model_name (model);
  char kind = esc_libc_model_result (model);
  bool variadic;
  unsigned nargs = (unsigned) esc_libc_model_arity (model, &variadic);
  bool returns_arg = false;
  for (unsigned i = 0; i < nargs; i++)
    returns_arg |= strchr ("RWDEAJT", esc_libc_model_letter (model, i))
		   != NULL;
  CHECK (kind == 'h' || kind == 'n' || kind == 'a', "%s: result letter "
	 "'%c' is one of h, n, a", name, kind);
  CHECK (kind != 'n' || !returns_arg, "%s: a result that is not a pointer "
	 "returns no argument", name);

  struct row_call c;
  memset (&c, 0, sizeof c);
  for (unsigned i = 0; i < MAX_ARGS; i++)
    c.val[i] = ESC_NO_LOC;
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc result = value (g);
  struct esc_why call = { ESC_WHY_CALL, NULL, name, 0 };
  esc_libc_call (g, model, nargs, arg_of, &c, result, &call, 0);
  esc_solve (g);
  bool anywhere = esc_may_point_to (g, result, esc_heap (g));
  CHECK (anywhere == (kind == 'h'), "%s: with no pointer arguments the "
	 "result %s unknown memory", name, kind == 'h' ? "is" : "is not");
  CHECK (anywhere || esc_points_to_count (g, result) == 0, "%s: with no "
	 "pointer arguments the result points to nothing else", name);
  esc_graph_free (g);
}

/* The traps, by name: what a row must say, whatever the legend.  */
static void
check_traps (void)
{
  static const struct
  {
    const char *name;
    unsigned arg;
    char letter;
  } traps[] = {
    { "strtok", 0, 'E' },		/* kept for the next call */
    { "setvbuf", 1, 'e' },		/* the stream keeps the buffer */
    { "setbuf", 1, 'e' },
    { "pthread_create", 3, 'e' },	/* handed to another thread */
    { "pthread_setspecific", 1, 'e' },
    { "atexit", 0, 'e' },
    { "putenv", 0, 'e' },
    { "getline", 0, 'g' },		/* realloc'd */
    { "getdelim", 0, 'g' },
    { "write", 1, 'O' },		/* bytes out carry pointers */
    { "send", 1, 'O' },
    { "fwrite", 0, 'O' },
    { "read", 1, 'I' },			/* bytes in bring them */
    { "sscanf", 2, 'M' },		/* %ms: a new heap buffer */
    { "memcpy", 1, 's' },
    { "qsort", 3, 'c' },
  };
  for (size_t i = 0; i < sizeof traps / sizeof traps[0]; i++)
    {
      const esc_libc_model *m = esc_libc_model_find (traps[i].name);
      CHECK (m && esc_libc_model_letter (m, traps[i].arg) == traps[i].letter,
	     "%s arg %u is '%c'", traps[i].name, traps[i].arg + 1,
	     traps[i].letter);
    }
  CHECK (esc_libc_model_find ("__builtin_memcpy")
	 == esc_libc_model_find ("memcpy"), "__builtin_ names find the row");
  CHECK (!esc_libc_model_find ("malloc_usable_size"),
	 "no row for a function that reads the heap's bookkeeping");
  CHECK (!esc_libc_model_find ("free") && !esc_libc_model_find ("realloc"),
	 "no row for free-like functions");
}

int
main (void)
{
  esc_program *prog = esc_program_new ();
  /* Function 0: a callback that keeps nothing, for up to 3 arguments.  */
  esc_summary *keeps_nothing = esc_summarize_empty (3);
  esc_program_set_summary (prog, 0, keeps_nothing);
  esc_summary_free (keeps_nothing);

  int n = esc_libc_model_count ();
  CHECK (n > 100, "the table has its rows (%d)", n);
  const char *twice = NULL;
  for (int i = 0; i < n; i++)
    {
      check_row (prog, esc_libc_model_at (i));
      check_result (esc_libc_model_at (i));
      const char *name = esc_libc_model_name (esc_libc_model_at (i));
      if (esc_libc_model_find (name) != esc_libc_model_at (i))
	twice = name;
    }
  /* A second row of a name is never found, so never read.  */
  CHECK (!twice, "one row per name (%s has two)", twice ? twice : "none");
  check_traps ();
  esc_program_free (prog);
  totals ();
  return 0;
}
