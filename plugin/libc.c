/* libc.c -- the library table: what C library functions do with the
   pointers they are given, where GCC has no facts or coarse ones.

   libc-models.def holds one row per function, a letter per argument; the
   letters are explained there.  This file finds a row by name and turns
   its letters into flows at a call.  Which calls may use a row at all (the
   real library declaration, not a project's function of the same name)
   is the bridge's to say; the core only knows names and letters.  */

#include <string.h>

#include "core.h"

struct esc_libc_model
{
  const char *name;
  const char *args;
  char result;
  enum esc_why_kind why;
  int callback_args;
};

static const struct esc_libc_model libc_models[] = {
#define ESC_LIBC(NAME, ARGS, RESULT, WHY, CB) { NAME, ARGS, RESULT, WHY, CB },
#include "libc-models.def"
#undef ESC_LIBC
};

#define N_MODELS (sizeof libc_models / sizeof libc_models[0])

const esc_libc_model *
esc_libc_model_find (const char *name)
{
  if (!name)
    return NULL;
  if (!strncmp (name, "__builtin_", strlen ("__builtin_")))
    name += strlen ("__builtin_");
  for (size_t i = 0; i < N_MODELS; i++)
    if (!strcmp (libc_models[i].name, name))
      return &libc_models[i];
  return NULL;
}

int
esc_libc_model_count (void)
{
  return (int) N_MODELS;
}

const esc_libc_model *
esc_libc_model_at (int i)
{
  return i >= 0 && (size_t) i < N_MODELS ? &libc_models[i] : NULL;
}

const char *
esc_libc_model_name (const esc_libc_model *model)
{
  return model->name;
}

char
esc_libc_model_result (const esc_libc_model *model)
{
  return model->result;
}

bool
esc_libc_model_takes_callback (const esc_libc_model *model)
{
  return strchr (model->args, 'c') != NULL;
}

char
esc_libc_model_letter (const esc_libc_model *model, unsigned i)
{
  size_t len = strlen (model->args);
  if (i < len && model->args[i] != '*')
    return model->args[i];
  if (len >= 2 && model->args[len - 1] == '*')
    return model->args[len - 2];
  return 'e';
}

int
esc_libc_model_arity (const esc_libc_model *model, bool *variadic)
{
  size_t len = strlen (model->args);
  *variadic = len >= 1 && model->args[len - 1] == '*';
  return (int) (*variadic ? len - 1 : len);
}

esc_loc
esc_anywhere (esc_graph *g, const void *site)
{
  esc_loc v = esc_loc_new (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL);
  struct esc_why why = { ESC_WHY_INT_TO_PTR, site, NULL, 0, 0 };
  esc_flow (g, v, g->heap, -1, &why);
  return v;
}

/* Where the arguments of one call go, gathered while the letters are
   read.  'p' and 'T' store the first argument's value.  */
struct libc_call
{
  esc_loc first;
  struct esc_ids copy_dsts, copy_srcs, fills, to_callback, callbacks;
};

static void
flow_to (esc_graph *g, esc_loc dst, esc_loc src, const struct esc_why *why)
{
  if (dst != ESC_NO_LOC && src != ESC_NO_LOC)
    esc_flow (g, dst, src, 0, why);
}

/* Argument I, value A, of a call with MODEL: what its letter says.  */
static void
apply_letter (esc_graph *g, const struct esc_libc_model *model, unsigned i,
	      esc_loc a, esc_loc result, const struct esc_why *flow,
	      struct libc_call *c)
{
  struct esc_why why = *flow;
  why.kind = model->why;
  why.argno = (int) i + 1;
  char letter = esc_libc_model_letter (model, i);
  /* R W D E A J: r w d e a I whose argument may also be returned.  */
  static const char returned[] = "RWDEAJ", as[] = "rwdeaI";
  if (strchr (returned, letter))
    {
      flow_to (g, result, a, flow);
      letter = as[strchr (returned, letter) - returned];
    }
  switch (letter)
    {
    case '.':
    case 'r':
    case 'w':
      break;
    case 'd':
      esc_ids_push (&c->copy_dsts, a);
      break;
    case 'M':
      esc_ids_push (&c->copy_dsts, a);
      esc_store (g, a, esc_anywhere (g, flow->site), 0, flow);
      break;
    case 's':
      esc_ids_push (&c->copy_srcs, a);
      break;
    case 'b':
      esc_ids_push (&c->fills, a);
      break;
    case 'v':
    case 'V':
      {
	/* A va_list: its arguments are what the letter is about, and
	   what they point to (%s's text), in argument areas the va_list
	   points to: everything it reaches (a va_list the program filled
	   itself points into the program's memory, hunt 38-c).  */
	esc_loc args = esc_reachable (g, a, flow);
	if (letter == 'v')
	  esc_ids_push (&c->copy_srcs, args);
	else
	  {
	    struct esc_why sent = why;
	    sent.kind = ESC_WHY_SENT;
	    esc_flow (g, g->heap, esc_reachable (g, args, flow), 0, &sent);
	  }
	break;
      }
    case 'B':
    case 'P':
      /* The number parsed, or a byte of the content (B): what the bytes
	 hold.  B's result may hold one byte only where the program keeps
	 its bytes (function_graph::call_result gives it a location); one
	 only compared carries nothing.  */
      if (result != ESC_NO_LOC)
	esc_flow (g, result, a, 1, flow);
      else if (letter == 'P')
	/* A number that cannot hold them whole (an int, a double).  */
	esc_flow (g, g->heap, esc_reachable (g, a, flow), 0, &why);
      break;
    case 'o':
    case 'I':
      esc_store (g, a, esc_anywhere (g, flow->site), 0, flow);
      break;
    case 'O':
      {
	/* The bytes leave: so does everything they point to.  */
	struct esc_why sent = why;
	sent.kind = ESC_WHY_SENT;
	esc_flow (g, g->heap, esc_reachable (g, a, flow), 0, &sent);
	break;
      }
    case 'p':
    case 'T':
      if (c->first != ESC_NO_LOC && c->first != a)
	esc_store (g, a, c->first, 0, flow);
      if (letter == 'T' && result != ESC_NO_LOC)
	esc_flow (g, result, a, 1, flow);
      break;
    case 'g':
      {
	/* getline (&buf, &n, stream): buf may be realloc'd, and is
	   replaced with a heap buffer.  */
	esc_loc buf = esc_loc_new (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL);
	esc_flow (g, buf, a, 1, flow);
	esc_resize (g, buf, flow);
	esc_store (g, a, esc_anywhere (g, flow->site), 0, flow);
	break;
      }
    case 'a':
      esc_ids_push (&c->to_callback, a);
      break;
    case 'c':
      esc_ids_push (&c->callbacks, a);
      break;
    case 'e':
    default:
      esc_flow (g, g->heap, a, 0, &why);
      break;
    }
}

void
esc_libc_call (esc_graph *g, const esc_libc_model *model, unsigned nargs,
	       esc_arg_fn *arg, void *data, esc_loc result,
	       const struct esc_why *call, uint64_t printed)
{
  struct esc_why flow = *call;
  flow.kind = ESC_WHY_FLOW;
  flow.argno = 0;
  struct libc_call c = { ESC_NO_LOC, { 0 }, { 0 }, { 0 }, { 0 }, { 0 } };
  for (unsigned i = 0; i < nargs; i++)
    {
      esc_loc a = arg (data, i);
      if (a == ESC_NO_LOC)
	continue;
      if (i == 0)
	c.first = a;
      apply_letter (g, model, i, a, result, &flow, &c);
      if ((printed >> (i < 63 ? i : 63)) & 1)
	{
	  struct esc_why why = *call;
	  why.kind = ESC_WHY_PRINTED;
	  why.argno = (int) i + 1;
	  esc_flow (g, g->heap, a, 0, &why);
	}
    }
  /* Copies carry the pointers the sources hold into the destinations.  */
  for (uint32_t i = 0; i < c.copy_dsts.n; i++)
    for (uint32_t j = 0; j < c.copy_srcs.n; j++)
      esc_store (g, c.copy_dsts.v[i], c.copy_srcs.v[j], 1, &flow);
  /* A fill byte lands in the destinations as it is.  */
  for (uint32_t i = 0; i < c.copy_dsts.n; i++)
    for (uint32_t j = 0; j < c.fills.n; j++)
      esc_store (g, c.copy_dsts.v[i], c.fills.v[j], 0, &flow);
  /* The library calls the callback with pointers into its arguments.  */
  for (uint32_t i = 0; i < c.callbacks.n; i++)
    {
      esc_loc passed = esc_loc_new (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL);
      for (uint32_t j = 0; j < c.to_callback.n; j++)
	esc_flow (g, passed, c.to_callback.v[j], 0, &flow);
      esc_loc cb_args[8];
      int ncb = model->callback_args < 8 ? model->callback_args : 8;
      for (int j = 0; j < ncb; j++)
	cb_args[j] = passed;
      struct esc_call cb = { -1, c.callbacks.v[i], cb_args, ncb, ESC_NO_LOC,
			     *call, false };
      cb.why.kind = ESC_WHY_CALL;
      cb.why.argno = 0;
      esc_call (g, &cb);
    }
  if (model->result == 'h' && result != ESC_NO_LOC)
    flow_to (g, result, esc_anywhere (g, flow.site), &flow);
  esc_ids_release (&c.copy_dsts);
  esc_ids_release (&c.copy_srcs);
  esc_ids_release (&c.fills);
  esc_ids_release (&c.to_callback);
  esc_ids_release (&c.callbacks);
}
