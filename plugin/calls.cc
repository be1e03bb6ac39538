/* calls.cc -- what a call does to its arguments: read_call.

   In order of trust:
   1. builtins, internal functions and allocation calls have meanings of
      their own (builtins.cc);
   2. a function with a body in this unit: its summary, applied by the
      core (opaque functions have none, so their arguments escape); calls
      through pointers are resolved by the core as their targets become
      known;
   3. a library function in libc-models.def (the reviewed table; the core
      says what its letters do);
   4. GCC's own per-argument facts (gimple_call_arg_flags: fnspec
      attributes of builtins);
   5. nothing known: every argument escapes, the result is unknown.  */

#include "gcc-includes.h"
#include "bridge.h"

/* The library's row for FNDECL, matched by its name.  */
static const esc_libc_model *
libc_model (tree fndecl)
{
  if (!fndecl || !DECL_NAME (fndecl))
    return NULL;
  return esc_libc_model_find (IDENTIFIER_POINTER (DECL_NAME (fndecl)));
}

bool
may_call_back (tree fndecl)
{
  if (fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    return false;
  return esc_libc_model_calls_back (libc_model (fndecl));
}

/* ---- Calls to code: the unit's functions, pointers, the unknown. ---- */

void
read_code_call (function_graph &fg, gcall *call, int callee_id, esc_loc fnptr,
		const char *name)
{
  auto_vec<esc_loc> args;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    args.safe_push (fg.call_arg (call, i));
  if (gimple_call_chain (call))
    args.safe_push (fg.rvalue (gimple_call_chain (call)));
  esc_loc result = fg.call_result (call);
  struct esc_call c = { callee_id, fnptr, args.address (),
			(int) args.length (), result,
			fg.why (ESC_WHY_CALL, name) };
  esc_call (fg.g, &c);
  fg.finish_call_result (call, result);
}

/* ---- The table. ---- */

struct table_args
{
  function_graph *fg;
  gcall *call;
};

static esc_loc
table_arg (void *data, unsigned i)
{
  struct table_args *a = (struct table_args *) data;
  return a->fg->call_arg (a->call, i);
}

static void
read_table_call (function_graph &fg, gcall *call,
		 const esc_libc_model *model, const char *name)
{
  esc_loc result = fg.call_result (call);
  struct table_args args = { &fg, call };
  struct esc_why w = fg.why (ESC_WHY_CALL, name);
  esc_libc_call (fg.g, model, gimple_call_num_args (call), table_arg, &args,
		 result, &w);
  fg.finish_call_result (call, result);
}

/* ---- GCC's facts (fnspec). ---- */

static void
read_call_by_flags (function_graph &fg, gcall *call, const char *name)
{
  /* A free-like function reads the heap's bookkeeping of its argument,
     which a stack slot does not have; GCC's facts may still say the
     argument does not escape.  */
  if (name && (strstr (name, "free") || strstr (name, "realloc")))
    {
      read_code_call (fg, call, -1, ESC_NO_LOC, name);
      return;
    }
  esc_graph *g = fg.g;
  esc_loc result = fg.call_result (call);
  int rflags = gimple_call_return_flags (call);
  struct esc_why flow = fg.why (ESC_WHY_FLOW, name);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      esc_loc a = fg.call_arg (call, i);
      if (a == ESC_NO_LOC)
	continue;
      int flags = gimple_call_arg_flags (call, i);
      struct esc_why w = fg.why (ESC_WHY_UNKNOWN_CALL, name);
      w.argno = (int) i + 1;
      if (flags & EAF_UNUSED)
	continue;
      if (!(flags & EAF_NO_DIRECT_ESCAPE))
	esc_flow (g, esc_heap (g), a, 0, &w);
      else if (!(flags & EAF_NO_INDIRECT_ESCAPE))
	esc_flow (g, esc_heap (g), esc_reachable (g, a, &w), 0, &w);
      if (result == ESC_NO_LOC || (rflags & ERF_RETURNS_ARG))
	continue;
      if (!(flags & EAF_NOT_RETURNED_DIRECTLY))
	esc_flow (g, result, a, 0, &flow);
      if (!(flags & EAF_NOT_RETURNED_INDIRECTLY))
	esc_flow (g, result, esc_reachable (g, a, &flow), 0, &flow);
    }
  if (result != ESC_NO_LOC)
    {
      unsigned ret = rflags & ERF_RETURN_ARG_MASK;
      esc_loc returned
	= (rflags & ERF_RETURNS_ARG) && ret < gimple_call_num_args (call)
	  ? fg.call_arg (call, ret) : fg.anywhere ();
      if (returned != ESC_NO_LOC)
	esc_flow (g, result, returned, 0, &flow);
    }
  fg.finish_call_result (call, result);
}

void
read_call (function_graph &fg, gcall *call)
{
  if (read_special_call (fg, call))
    return;
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl)
    {
      read_code_call (fg, call, -1, fg.rvalue (gimple_call_fn (call)), NULL);
      return;
    }
  const char *name = source_name (fndecl);
  cgraph_node *node = cgraph_node::get (fndecl);
  if (node && node->ultimate_alias_target ()->has_gimple_body_p ())
    read_code_call (fg, call, function_id (fndecl), ESC_NO_LOC, name);
  else if (const esc_libc_model *model = libc_model (fndecl))
    read_table_call (fg, call, model, name);
  else
    read_call_by_flags (fg, call, name);
}
