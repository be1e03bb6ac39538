/* call.c -- what a call does to the caller's graph.

   A call names its callee directly (a function id of the program) or
   through a pointer.  A direct call is a call through a pointer whose one
   target is known from the start; calls through pointers are resolved by
   the solver (solve.c) as their targets reach the pointer, so one graph
   handles both.  For each target:
   - a function with a summary (leaks.c): the summary's facts become
     edges, stores and free sites over the arguments, and the caller's own
     solve puts their effects in its frame;
   - a GNU C trampoline (a local closure): a call through it calls the
     functions it holds, with what it holds as their static chain;
   - anything else (no summary, unknown memory): the unknown-call rule,
     every argument escapes and the result may point anywhere.

   Level 0 of argument k is the argument's value; level 1 a temporary
   that holds everything reachable from it (esc_reachable).  */

#include <stdlib.h>
#include <string.h>

#include "core.h"

/* ---- Summaries applied. ---- */

struct arg_levels
{
  esc_loc level[3];		/* by level; [2] is ESC_LEVEL_SCALARS */
};

/* The argument's value at LEVEL: 0 the value itself, 1 everything
   reachable through it, ESC_LEVEL_SCALARS the integers stored in what it
   reaches.  Made once per call and level.  */
static esc_loc
arg_level (esc_graph *g, struct arg_levels *a, int level,
	   const struct esc_why *why)
{
  if (level <= 0 || a->level[0] == ESC_NO_LOC)
    return a->level[0];
  if (a->level[1] == ESC_NO_LOC)
    a->level[1] = esc_reachable (g, a->level[0], why);
  if (level != ESC_LEVEL_SCALARS)
    return a->level[1];
  if (a->level[2] == ESC_NO_LOC)
    {
      esc_loc ints = esc_loc_new (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL);
      esc_add_load (g, a->level[0], ints, ESC_CONTENT_SCALAR, why);
      esc_add_load (g, a->level[1], ints, ESC_CONTENT_SCALAR, why);
      a->level[2] = ints;
    }
  return a->level[2];
}

static struct esc_why
arg_why (const struct esc_callrec *rec, enum esc_why_kind kind, int k)
{
  struct esc_why why = rec->call.why;
  why.kind = kind;
  why.argno = k + 1;
  return why;
}

/* The facts of parameter K's summary S, over the arguments ARGS, but for
   those OLD has too (OLD is NULL, or the summary already applied).  */
static void
apply_param (esc_graph *g, const struct esc_callrec *rec,
	     const esc_summary *s, const esc_summary *old,
	     struct arg_levels *args, int k)
{
  esc_loc result = rec->call.result;
  struct esc_why why = arg_why (rec, ESC_WHY_CALL, k);
  if (s->has_chain && k == s->nparams - 1)
    why.argno = ESC_ARGNO_CHAIN;
  int heap = esc_leaks_heap (s, k);
  /* Only what integers point to: lost to the analysis in the callee, as
     for this function's own doubles and narrower integers.  A level
     OLD had stays applied: a lower one now holds all it held.  */
  if (heap == esc_leaks_heap (old, k))
    ;
  else if (heap == ESC_LEVEL_SCALARS)
    esc_add_edge (g, arg_level (g, &args[k], heap, &why), esc_untracked (g),
		  &why);
  else if (heap != ESC_LEVEL_NONE)
    esc_add_edge (g, arg_level (g, &args[k], heap, &why), g->heap, &why);
  for (int l = 0; l <= ESC_LEVEL_SCALARS; l++)
    if (esc_leaks_result (s, k, l) && !esc_leaks_result (old, k, l)
	&& result != ESC_NO_LOC)
      esc_add_edge (g, arg_level (g, &args[k], l, &why), result, &why);
  for (int l = 0; l < 2; l++)
    {
      if ((esc_frees_param (s, k, l) && !esc_frees_param (old, k, l))
	  || (esc_resizes_param (s, k, l) && !esc_resizes_param (old, k, l)))
	esc_add_free (g, arg_level (g, &args[k], l, &why), &why, true,
		      esc_resizes_param (s, k, l), false);
      if (esc_param_clobbered (s, k, l) && !esc_param_clobbered (old, k, l))
	esc_add_store (g, arg_level (g, &args[k], l, &why), g->heap_value,
		       ESC_CONTENT_ANY, &why);
    }
  static const enum esc_content parts[2]
    = { ESC_CONTENT_POINTER, ESC_CONTENT_SCALAR };
  for (int l = 0; l <= ESC_LEVEL_SCALARS; l++)
    for (int j = 0; j < s->nparams; j++)
      for (int m = 0; m < 2; m++)
	for (int c = 0; c < 2; c++)
	  if (esc_leaks_into_part (s, k, j, m, l, parts[c])
	      && !esc_leaks_into_part (old, k, j, m, l, parts[c])
	      && args[j].level[0] != ESC_NO_LOC)
	    esc_add_store (g, arg_level (g, &args[j], m, &why),
			   arg_level (g, &args[k], l, &why), parts[c], &why);
}

/* REC calls a function with summary S; CHAIN, if not ESC_NO_LOC, is its
   static chain (a trampoline's contents), else the chain REC passes, if
   it does.  With OLD, the summary REC applied before, only what S adds
   to it.  */
static void
apply_summary (esc_graph *g, struct esc_callrec *rec, const esc_summary *s,
	       const esc_summary *old, esc_loc chain)
{
  int n = s->nparams;
  int named = s->has_chain ? n - 1 : n;
  int nargs = rec->call.nargs - (rec->call.chained ? 1 : 0);
  esc_loc passed_chain = rec->call.chained ? rec->call.args[nargs]
			 : ESC_NO_LOC;
  if (chain == ESC_NO_LOC)
    chain = passed_chain;
  struct arg_levels *args = esc_xrealloc (NULL, (n + 1) * sizeof *args);
  for (int k = 0; k < n; k++)
    {
      esc_loc a = k >= named ? chain
		  : k < nargs ? rec->call.args[k] : ESC_NO_LOC;
      args[k].level[0] = a;
      args[k].level[1] = args[k].level[2] = ESC_NO_LOC;
    }
  for (int k = 0; k < n; k++)
    if (args[k].level[0] != ESC_NO_LOC)
      apply_param (g, rec, s, old, args, k);
  if (s->result_unknown && !(old && old->result_unknown)
      && rec->call.result != ESC_NO_LOC)
    esc_add_address (g, rec->call.result, g->heap, &rec->call.why);
  /* Arguments past the named parameters are read with va_arg, which the
     callee's graph sees as unknown memory: they escape.  So does a chain
     passed to a function that has none.  */
  for (int k = named; k < rec->call.nargs && !old; k++)
    if (rec->call.args[k] != ESC_NO_LOC
	&& (k < nargs || !s->has_chain))
      {
	struct esc_why why = arg_why (rec, ESC_WHY_VARARGS, k);
	esc_add_edge (g, rec->call.args[k], g->heap, &why);
      }
  free (args);
}

/* The unknown-call rule: every argument escapes, the result may point
   anywhere.  Applied once per call.  */
static void
apply_unknown_call (esc_graph *g, struct esc_callrec *rec)
{
  if (rec->unknown_applied)
    return;
  rec->unknown_applied = true;
  enum esc_why_kind kind = rec->call.why.callee ? ESC_WHY_UNKNOWN_CALL
						: ESC_WHY_INDIRECT_CALL;
  for (int k = 0; k < rec->call.nargs; k++)
    if (rec->call.args[k] != ESC_NO_LOC)
      {
	struct esc_why why = arg_why (rec, kind, k);
	esc_add_edge (g, rec->call.args[k], g->heap, &why);
      }
  /* Unknown code reached through a pointer to our memory (a trampoline
     and the frame it holds) may do anything with it.  */
  if (rec->call.callee_id < 0 && rec->call.fnptr != ESC_NO_LOC)
    {
      struct esc_why why = arg_why (rec, kind, -1);
      esc_add_edge (g, rec->call.fnptr, g->heap, &why);
    }
  if (rec->call.result != ESC_NO_LOC)
    esc_add_address (g, rec->call.result, g->heap, &rec->call.why);
}

/* ---- Calls recorded, targets resolved. ---- */

static void
check_ids (esc_graph *g, esc_loc *ids, int n)
{
  for (int i = 0; i < n; i++)
    if (ids[i] != ESC_NO_LOC && !ESC_ASSERT (esc_in_graph (g, ids[i])))
      ids[i] = g->heap;
}

void
esc_call (esc_graph *g, const struct esc_call *call)
{
  if (!ESC_ASSERT (!g->solved))
    g->broken = true;
  ESC_GROW (g->calls, g->ncalls, g->capcalls);
  struct esc_callrec *rec = &g->calls[g->ncalls];
  memset (rec, 0, sizeof *rec);
  rec->call = *call;
  rec->call.nargs = call->nargs < 0 ? 0 : call->nargs;
  rec->args_store = esc_pool_resize (&g->pool, NULL, 0,
				     (rec->call.nargs + 1)
				     * sizeof *rec->args_store);
  memcpy (rec->args_store, call->args,
	  rec->call.nargs * sizeof *rec->args_store);
  check_ids (g, rec->args_store, rec->call.nargs);
  rec->call.args = rec->args_store;
  check_ids (g, &rec->call.result, 1);
  int32_t id = (int32_t) g->ncalls++;

  if (call->callee_id >= 0)
    {
      /* A direct call: its target is known now.  */
      rec->call.fnptr = esc_loc_new (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL);
      esc_add_address (g, rec->call.fnptr, esc_func (g, call->callee_id),
		       &call->why);
    }
  else if (!esc_in_graph (g, call->fnptr))
    {
      ESC_ASSERT (call->fnptr == ESC_NO_LOC);
      apply_unknown_call (g, &g->calls[id]);
      return;
    }
  esc_pool_ids_push (&g->pool, &g->locs[g->calls[id].call.fnptr].calls, id);
  /* Targets already known are resolved when the solver visits fnptr's
     members: queue it so that happens.  */
  struct esc_location *fl = &g->locs[g->calls[id].call.fnptr];
  for (uint32_t i = 0; i < fl->npts; i++)
    esc_pool_ids_push (&g->pool, &fl->delta, fl->pts[i].obj);
  if (fl->npts && !fl->queued)
    {
      fl->queued = true;
      esc_ids_push (&g->worklist, g->calls[id].call.fnptr);
    }
}

/* The static chain REC passes a summary's function: a trampoline's
   contents when REC calls the function a trampoline holds.  */
static esc_loc
chain_of (const struct esc_callrec *rec)
{
  return rec->chain_from_target ? rec->call.fnptr : ESC_NO_LOC;
}

static bool
summary_applied (const struct esc_callrec *rec, int func_id)
{
  for (uint32_t i = 0; i < rec->applied.n; i++)
    if (rec->applied.v[i] == func_id)
      return true;
  return false;
}

void
esc_resolve_call (esc_graph *g, int32_t call_id, esc_loc target)
{
  const struct esc_location *t = &g->locs[target];
  struct esc_callrec *rec = &g->calls[call_id];

  if (t->kind == ESC_LOC_FUNC)
    {
      const esc_summary *s = esc_program_summary (g->prog, t->index);
      if (!s)
	{
	  apply_unknown_call (g, rec);
	  return;
	}
      if (summary_applied (rec, t->index))
	return;
      esc_pool_ids_push (&g->pool, &rec->applied, t->index);
      apply_summary (g, rec, s, NULL, chain_of (rec));
      return;
    }
  if (rec->chain_from_target && t->kind != ESC_LOC_HEAP)
    /* A trampoline holds its static chain next to its function.  */
    return;
  if (t->trampoline && !rec->chain_from_target)
    {
      /* Call the functions the trampoline holds, passing what it holds as
	 their static chain.  */
      esc_loc inner = esc_loc_new (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL);
      esc_add_edge (g, target, inner, &rec->call.why);
      struct esc_call derived = rec->call;
      derived.callee_id = -1;
      derived.fnptr = inner;
      esc_call (g, &derived);
      g->calls[g->ncalls - 1].chain_from_target = true;
      return;
    }
  apply_unknown_call (g, rec);
}

bool
esc_reapply_summary (esc_graph *g, int func_id, const esc_summary *old)
{
  const esc_summary *s = esc_program_summary (g->prog, func_id);
  if (!s || !old || s->nparams != old->nparams
      || s->has_chain != old->has_chain)
    return false;
  g->solved = false;
  for (uint32_t i = 0; i < g->ncalls; i++)
    if (summary_applied (&g->calls[i], func_id))
      apply_summary (g, &g->calls[i], s, old, chain_of (&g->calls[i]));
  return true;
}
