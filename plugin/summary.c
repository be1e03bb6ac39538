/* summary.c -- parameter summaries: computing them and applying them.

   A summary says what a function does with the pointers its caller gives
   it, in Go's levels: level 0 is a parameter's value (the object it points
   to), level 1 anything reachable through that object.  Per parameter:
   - heap: the lowest level that leaks to the heap ("leaking param: p" at
     0, "leaking param content: p" at 1);
   - result: the levels that flow to the return value (Go's "leaking
     param: p to result ~r0 level=L");
   - into[j][M]: the levels stored into parameter j's object (M = 0) or
     deeper (M = 1): C's out-parameters and linked structures, which Go
     would send to the heap;
   - frees: the levels freed or realloc'd;
   - clobbered: the levels of the parameter's memory that receive unknown
     pointers (the callee's own allocations, the heap).
   Only heap is a single level (escaping contents escape too); the others
   are sets, because a function can free both p and p->buf, or return p
   on one path and p->next on another.
   Plus result_unknown: the result may point to memory that is not the
   caller's (the heap, the callee's allocations).

   Computing: the graph models a parameter with three locations (escape.h):
   its value, the caller's object, and a self-holding "deep" object; after
   solving, membership of those objects in HEAP, the result, free sites and
   other parameters' objects gives the summary directly.

   Applying at a call: level 0 of argument k is the argument's value; level
   1 is a temporary that holds everything reachable from it (t = *a; t =
   *t).  Each summary fact becomes an edge, a store or a free site over
   those, so the caller's own solve puts the effects in its frame.  */

#include <stdlib.h>
#include <string.h>

#include "core.h"

/* ---- Applying. ---- */

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
    {
      esc_loc deep = esc_loc_new (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL);
      esc_add_load (g, a->level[0], deep, ESC_CONTENT_ANY, why);
      esc_add_load (g, deep, deep, ESC_CONTENT_ANY, why);
      a->level[1] = deep;
    }
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

void
esc_apply_summary (esc_graph *g, struct esc_callrec *rec,
		   const esc_summary *s, esc_loc chain)
{
  int n = s->nparams;
  int nargs = rec->call.nargs;
  struct arg_levels *args = esc_xrealloc (NULL, (n + 1) * sizeof *args);
  for (int k = 0; k < n; k++)
    {
      esc_loc a = k < nargs ? rec->call.args[k] : ESC_NO_LOC;
      if (s->has_chain && k == n - 1 && chain != ESC_NO_LOC)
	a = chain;
      args[k].level[0] = a;
      args[k].level[1] = args[k].level[2] = ESC_NO_LOC;
    }
  esc_loc result = rec->call.result;

  for (int k = 0; k < n; k++)
    {
      const struct esc_param_summary *p = &s->params[k];
      if (args[k].level[0] == ESC_NO_LOC)
	continue;
      struct esc_why why = arg_why (rec, ESC_WHY_CALL, k);
      if (p->heap >= 0)
	esc_add_edge (g, arg_level (g, &args[k], p->heap, &why), g->heap,
		      &why);
      for (int l = 0; l <= ESC_LEVEL_SCALARS; l++)
	{
	  if (!(p->result & ESC_LEVEL_BIT (l)) || result == ESC_NO_LOC)
	    continue;
	  esc_add_edge (g, arg_level (g, &args[k], l, &why), result, &why);
	}
      for (int l = 0; l < 2; l++)
	{
	  if (p->frees & ESC_LEVEL_BIT (l))
	    esc_add_free (g, arg_level (g, &args[k], l, &why), &why, true,
			  false);
	  if (p->clobbered & ESC_LEVEL_BIT (l))
	    esc_add_store (g, arg_level (g, &args[k], l, &why),
			   g->heap_value, ESC_CONTENT_ANY, &why);
	  for (int j = 0; j < n; j++)
	    for (int m = 0; m < 2; m++)
	      if ((p->into[j][m] & ESC_LEVEL_BIT (l))
		  && args[j].level[0] != ESC_NO_LOC)
		esc_add_store (g, arg_level (g, &args[j], m, &why),
			       arg_level (g, &args[k], l, &why),
			       ESC_CONTENT_ANY, &why);
	}
    }
  if (s->result_unknown && result != ESC_NO_LOC)
    esc_add_address (g, result, g->heap, &rec->call.why);
  /* Arguments past the named parameters are read with va_arg, which the
     callee's graph sees as unknown memory: they escape.  */
  for (int k = n; k < nargs; k++)
    if (rec->call.args[k] != ESC_NO_LOC)
      {
	struct esc_why why = arg_why (rec, ESC_WHY_VARARGS, k);
	esc_add_edge (g, rec->call.args[k], g->heap, &why);
      }
  free (args);
}

void
esc_apply_unknown_call (esc_graph *g, struct esc_callrec *rec)
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

/* ---- Computing. ---- */

static esc_summary *
summary_new (int nparams, bool has_chain)
{
  esc_summary *s = esc_xrealloc (NULL, sizeof *s);
  s->nparams = nparams;
  s->has_chain = has_chain;
  s->result_unknown = false;
  s->params = esc_xrealloc (NULL, (nparams + 1) * sizeof *s->params);
  for (int k = 0; k < nparams; k++)
    {
      struct esc_param_summary *p = &s->params[k];
      p->heap = ESC_LEVEL_NONE;
      p->result = p->frees = p->clobbered = 0;
      p->into = esc_xrealloc (NULL, (nparams + 1) * sizeof *p->into);
      memset (p->into, 0, (nparams + 1) * sizeof *p->into);
    }
  return s;
}

/* The parameter and level OBJ stands for, if it is a caller's object (or
   a scalar part of one).  What integers reach counts as level 1: anything
   reachable, which covers it.  */
static bool
param_level (const esc_graph *g, esc_loc obj, int *k, int *level)
{
  if (g->locs[obj].owner != ESC_NO_LOC)
    obj = g->locs[obj].owner;
  enum esc_loc_kind kind = g->locs[obj].kind;
  if (kind != ESC_LOC_PARAM_OBJ && kind != ESC_LOC_PARAM_DEEP
      && kind != ESC_LOC_PARAM_SCALAR)
    return false;
  *k = g->locs[obj].index;
  *level = kind == ESC_LOC_PARAM_OBJ ? 0 : 1;
  return true;
}

/* OBJ was written into parameter J's memory at level M.  */
static void
record_store (esc_summary *s, const esc_graph *g, int j, int m, esc_loc obj)
{
  int k, level;
  if (param_level (g, obj, &k, &level))
    s->params[k].into[j][m] |= ESC_LEVEL_BIT (level);
  else
    s->params[j].clobbered |= ESC_LEVEL_BIT (m);
}

esc_summary *
esc_summarize (const esc_graph *g)
{
  esc_summary *s = summary_new (g->nparams, g->has_chain);
  const struct esc_location *heap = &g->locs[g->heap];
  const struct esc_location *result = &g->locs[g->result];

  for (int k = 0; k < g->nparams; k++)
    {
      struct esc_param_summary *p = &s->params[k];
      for (int level = 1; level >= 0; level--)
	{
	  esc_loc o = level ? esc_param_deep (g, k) : esc_param_obj (g, k);
	  if (esc_find_member (heap, o))
	    p->heap = (int8_t) level;
	  if (esc_find_member (result, o))
	    p->result |= ESC_LEVEL_BIT (level);
	}
      if (p->heap < 0 && esc_find_member (heap, esc_param_scalar (g, k)))
	p->heap = 1;
      if (esc_find_member (result, esc_param_scalar (g, k)))
	p->result |= ESC_LEVEL_BIT (ESC_LEVEL_SCALARS);
    }
  for (uint32_t i = 0; i < result->npts; i++)
    {
      int k, level;
      if (!param_level (g, result->pts[i].obj, &k, &level))
	s->result_unknown = true;
    }
  for (uint32_t f = 0; f < g->nfrees; f++)
    {
      const struct esc_location *ptr = &g->locs[g->frees[f].ptr];
      for (uint32_t i = 0; i < ptr->npts; i++)
	{
	  int k, level;
	  if (param_level (g, ptr->pts[i].obj, &k, &level))
	    s->params[k].frees |= ESC_LEVEL_BIT (level);
	}
    }
  /* What flowed into the caller's objects: every non-rule edge or address
     whose destination is one of them.  */
  for (uint32_t e = 0; e < g->nedges; e++)
    {
      const struct esc_edge *edge = &g->edges[e];
      int j, m;
      if (edge->rule || !param_level (g, edge->dst, &j, &m))
	continue;
      const struct esc_location *src = &g->locs[edge->src];
      for (uint32_t i = 0; i < src->npts; i++)
	record_store (s, g, j, m, src->pts[i].obj);
    }
  for (uint32_t a = 0; a < g->naddrs; a++)
    {
      int j, m;
      if (param_level (g, g->addrs[a].dst, &j, &m))
	record_store (s, g, j, m, g->addrs[a].obj);
    }
  return s;
}

void
esc_summary_free (esc_summary *s)
{
  if (!s)
    return;
  for (int k = 0; k < s->nparams; k++)
    free (s->params[k].into);
  free (s->params);
  free (s);
}

bool
esc_summary_equal (const esc_summary *a, const esc_summary *b)
{
  if (!a || !b)
    return a == b;
  if (a->nparams != b->nparams || a->has_chain != b->has_chain
      || a->result_unknown != b->result_unknown)
    return false;
  for (int k = 0; k < a->nparams; k++)
    {
      const struct esc_param_summary *p = &a->params[k], *q = &b->params[k];
      if (p->heap != q->heap || p->result != q->result
	  || p->frees != q->frees || p->clobbered != q->clobbered
	  || memcmp (p->into, q->into, a->nparams * sizeof *p->into))
	return false;
    }
  return true;
}

esc_summary *
esc_summarize_empty (int nparams)
{
  return summary_new (nparams < 0 ? 0 : nparams, false);
}

esc_summary *
esc_summary_opaque (int nparams, bool has_chain)
{
  esc_summary *s = summary_new (nparams, has_chain);
  s->result_unknown = true;
  for (int k = 0; k < nparams; k++)
    {
      s->params[k].heap = 0;
      s->params[k].clobbered = ESC_LEVEL_BIT (0) | ESC_LEVEL_BIT (1);
    }
  return s;
}

static esc_summary *
summary_copy (const esc_summary *from)
{
  esc_summary *s = summary_new (from->nparams, from->has_chain);
  s->result_unknown = from->result_unknown;
  for (int k = 0; k < from->nparams; k++)
    {
      uint8_t (*into)[2] = s->params[k].into;
      s->params[k] = from->params[k];
      s->params[k].into = into;
      memcpy (into, from->params[k].into, from->nparams * sizeof *into);
    }
  return s;
}

void
esc_program_set_summary (esc_program *p, int func_id, const esc_summary *s)
{
  if (func_id < 0)
    return;
  if ((uint32_t) func_id >= p->cap)
    {
      uint32_t cap = p->cap ? p->cap : 64;
      while (cap <= (uint32_t) func_id)
	cap *= 2;
      p->by_id = esc_xrealloc (p->by_id, cap * sizeof *p->by_id);
      memset (&p->by_id[p->cap], 0, (cap - p->cap) * sizeof *p->by_id);
      p->cap = cap;
    }
  esc_summary_free (p->by_id[func_id]);
  p->by_id[func_id] = s ? summary_copy (s) : NULL;
}
