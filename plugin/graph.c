/* graph.c -- locations and flows: building one function's graph.

   The bridge creates a graph per function, adds its locations and flows
   (escape.h), then calls esc_solve (solve.c).  This file owns memory
   management, the fixed locations every graph has, and the translation of
   Go-style flows with derefs into the solver's four constraint kinds
   (addresses, edges, loads, stores; see core.h).  It also holds the
   program: the table of function summaries the bridge fills in.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

void *
esc_xrealloc (void *p, size_t size)
{
  void *q = realloc (p, size ? size : 1);
  if (!q)
    {
      fputs ("escape: out of memory\n", stderr);
      abort ();
    }
  return q;
}

void
esc_ids_push (struct esc_ids *ids, int32_t id)
{
  ESC_GROW (ids->v, ids->n, ids->cap);
  ids->v[ids->n++] = id;
}

void
esc_ids_release (struct esc_ids *ids)
{
  free (ids->v);
  ids->v = NULL;
  ids->n = ids->cap = 0;
}

/* ---- A hash map from 64-bit keys to int32, open addressing. ---- */

#define ESC_EMPTY_KEY UINT64_MAX

static uint32_t
pairmap_slot (uint64_t key, uint32_t cap)
{
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  return (uint32_t) key & (cap - 1);
}

bool
esc_pairmap_get (const struct esc_pairmap *m, uint64_t key, int32_t *val)
{
  if (!m->cap)
    return false;
  for (uint32_t i = pairmap_slot (key, m->cap);; i = (i + 1) & (m->cap - 1))
    {
      if (m->keys[i] == ESC_EMPTY_KEY)
	return false;
      if (m->keys[i] == key)
	{
	  *val = m->vals[i];
	  return true;
	}
    }
}

void
esc_pairmap_put (struct esc_pairmap *m, uint64_t key, int32_t val)
{
  if (2 * (m->n + 1) > m->cap)
    {
      struct esc_pairmap bigger = { NULL, NULL, m->cap ? 2 * m->cap : 64, 0 };
      bigger.keys = esc_xrealloc (NULL, bigger.cap * sizeof *bigger.keys);
      bigger.vals = esc_xrealloc (NULL, bigger.cap * sizeof *bigger.vals);
      memset (bigger.keys, 0xff, bigger.cap * sizeof *bigger.keys);
      for (uint32_t i = 0; i < m->cap; i++)
	if (m->keys[i] != ESC_EMPTY_KEY)
	  esc_pairmap_put (&bigger, m->keys[i], m->vals[i]);
      esc_pairmap_release (m);
      *m = bigger;
    }
  uint32_t i = pairmap_slot (key, m->cap);
  while (m->keys[i] != ESC_EMPTY_KEY && m->keys[i] != key)
    i = (i + 1) & (m->cap - 1);
  if (m->keys[i] == ESC_EMPTY_KEY)
    m->n++;
  m->keys[i] = key;
  m->vals[i] = val;
}

void
esc_pairmap_release (struct esc_pairmap *m)
{
  free (m->keys);
  free (m->vals);
  m->keys = NULL;
  m->vals = NULL;
  m->cap = m->n = 0;
}

/* ---- Locations. ---- */

bool
esc_is_object_kind (enum esc_loc_kind kind)
{
  return kind != ESC_LOC_VALUE && kind != ESC_LOC_PARAM;
}

static esc_loc
new_location (esc_graph *g, enum esc_loc_kind kind, int32_t depth,
	      const void *origin, int32_t index)
{
  ESC_GROW (g->locs, g->nlocs, g->caplocs);
  struct esc_location *l = &g->locs[g->nlocs];
  memset (l, 0, sizeof *l);
  l->kind = kind;
  l->depth = depth;
  l->origin = origin;
  l->index = index;
  l->life_holder = ESC_NO_LOC;
  l->scalar = ESC_NO_LOC;
  l->owner = ESC_NO_LOC;
  return (esc_loc) g->nlocs++;
}

/* A frame object and its scalar part, made together so that every load
   and store sees both from the start.  */
static esc_loc
new_frame_object (esc_graph *g, enum esc_loc_kind kind, int32_t depth,
		  const void *origin)
{
  esc_loc obj = new_location (g, kind, depth, origin, -1);
  esc_loc part = new_location (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, origin, -1);
  g->locs[obj].scalar = part;
  g->locs[part].owner = obj;
  return obj;
}

int
esc_object_parts (const esc_graph *g, esc_loc obj, enum esc_content content,
		  esc_loc parts[2])
{
  esc_loc part = g->locs[obj].scalar;
  int n = 0;
  if (part == ESC_NO_LOC || content != ESC_CONTENT_SCALAR)
    parts[n++] = obj;
  if (part != ESC_NO_LOC && content != ESC_CONTENT_POINTER)
    parts[n++] = part;
  return n;
}

esc_loc
esc_part_owner (const esc_graph *g, esc_loc l)
{
  if (l < 0 || (uint32_t) l >= g->nlocs)
    return ESC_NO_LOC;
  return g->locs[l].owner;
}

uint32_t
esc_member_slot (const struct esc_location *l, esc_loc obj)
{
  uint32_t lo = 0, hi = l->npts;
  while (lo < hi)
    {
      uint32_t mid = lo + (hi - lo) / 2;
      if (l->pts[mid].obj < obj)
	lo = mid + 1;
      else
	hi = mid;
    }
  return lo;
}

const struct esc_member *
esc_find_member (const struct esc_location *l, esc_loc obj)
{
  uint32_t i = esc_member_slot (l, obj);
  return i < l->npts && l->pts[i].obj == obj ? &l->pts[i] : NULL;
}

esc_loc
esc_param_obj (const esc_graph *g, int k)
{
  return g->param0 + ESC_PARAM_STRIDE * k + 1;
}

esc_loc
esc_param_deep (const esc_graph *g, int k)
{
  return g->param0 + ESC_PARAM_STRIDE * k + 2;
}

esc_loc
esc_param_scalar (const esc_graph *g, int k)
{
  return g->param0 + ESC_PARAM_STRIDE * k + 3;
}

bool
esc_callers_memory (const esc_graph *g, esc_loc l)
{
  if (g->locs[l].owner != ESC_NO_LOC)
    l = g->locs[l].owner;
  switch (g->locs[l].kind)
    {
    case ESC_LOC_RESULT:
    case ESC_LOC_PARAM_OBJ:
    case ESC_LOC_PARAM_DEEP:
    case ESC_LOC_PARAM_SCALAR:
      return true;
    default:
      return false;
    }
}

esc_graph *
esc_graph_new (const esc_program *prog, int nparams, bool has_chain)
{
  esc_graph *g = esc_xrealloc (NULL, sizeof *g);
  memset (g, 0, sizeof *g);
  g->prog = prog;
  g->nparams = nparams < 0 ? 0 : nparams;
  g->has_chain = has_chain && nparams > 0;

  /* Memory that outlives the call has depth -1.  HEAP holds itself: what
     unknown memory points to is unknown memory.  */
  g->heap = new_location (g, ESC_LOC_HEAP, -1, NULL, -1);
  g->result = new_location (g, ESC_LOC_RESULT, -1, NULL, -1);
  g->heap_value = new_location (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL, -1);
  esc_add_member (g, g->heap, g->heap, ESC_VIA_RULE);
  esc_add_member (g, g->heap_value, g->heap, ESC_VIA_RULE);

  /* Each parameter: its value points to the caller's object, which holds
     pointers to deeper objects; those are summarised as one location that
     holds itself ("level >= 1").  The integers stored in the caller's
     objects get a location of their own: what they may point to (an
     integer turned back into a pointer reaches deeper objects too).  */
  g->param0 = (esc_loc) g->nlocs;
  for (int k = 0; k < g->nparams; k++)
    {
      esc_loc v = new_location (g, ESC_LOC_PARAM, ESC_DEPTH_NONE, NULL, k);
      esc_loc obj = new_location (g, ESC_LOC_PARAM_OBJ, -1, NULL, k);
      esc_loc deep = new_location (g, ESC_LOC_PARAM_DEEP, -1, NULL, k);
      esc_loc ints = new_location (g, ESC_LOC_PARAM_SCALAR, -1, NULL, k);
      esc_loc parts[2] = { obj, deep };
      for (int i = 0; i < 2; i++)
	{
	  esc_loc part = new_location (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL,
				       -1);
	  g->locs[parts[i]].scalar = part;
	  g->locs[part].owner = parts[i];
	  esc_add_member (g, part, ints, ESC_VIA_RULE);
	}
      esc_add_member (g, v, obj, ESC_VIA_RULE);
      esc_add_member (g, obj, deep, ESC_VIA_RULE);
      esc_add_member (g, deep, deep, ESC_VIA_RULE);
      esc_add_member (g, ints, deep, ESC_VIA_RULE);
      esc_add_member (g, ints, ints, ESC_VIA_RULE);
    }
  return g;
}

void
esc_graph_free (esc_graph *g)
{
  if (!g)
    return;
  for (uint32_t i = 0; i < g->nlocs; i++)
    {
      struct esc_location *l = &g->locs[i];
      free (l->pts);
      esc_ids_release (&l->delta);
      esc_ids_release (&l->out_edges);
      esc_ids_release (&l->loads);
      esc_ids_release (&l->stores);
      esc_ids_release (&l->calls);
    }
  for (uint32_t i = 0; i < g->ncalls; i++)
    {
      free (g->calls[i].args_store);
      esc_ids_release (&g->calls[i].applied);
    }
  free (g->locs);
  free (g->edges);
  esc_pairmap_release (&g->edge_index);
  esc_pairmap_release (&g->func_locs);
  free (g->addrs);
  free (g->derefs);
  free (g->calls);
  free (g->frees);
  esc_ids_release (&g->worklist);
  free (g);
}

esc_loc
esc_heap (const esc_graph *g)
{
  return g->heap;
}

esc_loc
esc_result (const esc_graph *g)
{
  return g->result;
}

esc_loc
esc_param (const esc_graph *g, int k)
{
  return k >= 0 && k < g->nparams ? g->param0 + ESC_PARAM_STRIDE * k
				   : ESC_NO_LOC;
}

esc_loc
esc_func (esc_graph *g, int func_id)
{
  int32_t loc;
  if (esc_pairmap_get (&g->func_locs, (uint64_t) (uint32_t) func_id, &loc))
    return loc;
  loc = new_location (g, ESC_LOC_FUNC, -1, NULL, func_id);
  esc_pairmap_put (&g->func_locs, (uint64_t) (uint32_t) func_id, loc);
  return loc;
}

esc_loc
esc_loc_new (esc_graph *g, enum esc_loc_kind kind, int32_t depth,
	     const void *origin)
{
  switch (kind)
    {
    case ESC_LOC_VALUE:
      break;
    case ESC_LOC_ALLOC:
      return new_frame_object (g, kind, depth < 0 ? 0 : depth, origin);
    case ESC_LOC_LOCAL:
      /* A local variable lives for the whole call: GIMPLE keeps no block
	 lifetimes we could trust across the function.  */
      return new_frame_object (g, kind, 0, origin);
    case ESC_LOC_GLOBAL:
      {
	esc_loc l = new_location (g, kind, -1, origin, -1);
	/* Globals are reachable from anywhere: escaped from birth.  */
	esc_add_member (g, g->heap, l, ESC_VIA_RULE);
	return l;
      }
    default:
      /* The graph makes its own HEAP, RESULT, PARAM* and FUNC
	 locations; anything else is treated as unknown memory.  */
      return g->heap;
    }
  return new_location (g, kind, depth, origin, -1);
}

enum esc_loc_kind
esc_loc_kind (const esc_graph *g, esc_loc l)
{
  return g->locs[l].kind;
}

const void *
esc_loc_origin (const esc_graph *g, esc_loc l)
{
  return g->locs[l].origin;
}

int32_t
esc_loc_depth (const esc_graph *g, esc_loc l)
{
  return g->locs[l].depth;
}

int
esc_loc_index (const esc_graph *g, esc_loc l)
{
  return g->locs[l].index;
}

int
esc_loc_count (const esc_graph *g)
{
  return (int) g->nlocs;
}

void
esc_mark_trampoline (esc_graph *g, esc_loc l)
{
  if (l >= 0 && (uint32_t) l < g->nlocs && esc_is_object_kind (g->locs[l].kind))
    g->locs[l].trampoline = true;
}

/* ---- Flows: Go's weighted edges, lowered to the solver's constraints. ---- */

static bool
valid (const esc_graph *g, esc_loc l)
{
  return l >= 0 && (uint32_t) l < g->nlocs;
}

/* A value holding what SRC holds after DEREFS (>= -1) dereferences.  */
static esc_loc
value_after_derefs (esc_graph *g, esc_loc src, int derefs,
		    const struct esc_why *why)
{
  if (derefs == 0)
    return src;
  esc_loc t = new_location (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL, -1);
  if (derefs < 0)
    esc_add_address (g, t, src, why);
  else
    {
      esc_add_load (g, src, t, ESC_CONTENT_ANY, why);
      for (int i = 1; i < derefs; i++)
	{
	  esc_loc u = new_location (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL,
				    -1);
	  esc_add_load (g, t, u, ESC_CONTENT_ANY, why);
	  t = u;
	}
    }
  return t;
}

void
esc_flow (esc_graph *g, esc_loc dst, esc_loc src, int derefs,
	  const struct esc_why *why)
{
  if (!valid (g, dst) || !valid (g, src))
    return;
  if (derefs < 0)
    {
      if (esc_is_object_kind (g->locs[src].kind))
	esc_add_address (g, dst, src, why);
      else
	/* The address of a register value is not a C thing; take it as
	   unknown memory rather than lose the flow.  */
	esc_add_address (g, dst, g->heap, why);
    }
  else if (derefs == 0)
    esc_add_edge (g, src, dst, why);
  else
    esc_add_load (g, value_after_derefs (g, src, derefs - 1, why), dst,
		  ESC_CONTENT_ANY, why);
}

void
esc_load_part (esc_graph *g, esc_loc dst, esc_loc ptr,
	       enum esc_content content, const struct esc_why *why)
{
  if (valid (g, dst) && valid (g, ptr))
    esc_add_load (g, ptr, dst, content, why);
}

void
esc_store_part (esc_graph *g, esc_loc ptr, esc_loc src,
		enum esc_content content, const struct esc_why *why)
{
  if (valid (g, ptr) && valid (g, src))
    esc_add_store (g, ptr, src, content, why);
}

void
esc_store (esc_graph *g, esc_loc ptr, esc_loc src, int derefs,
	   const struct esc_why *why)
{
  if (!valid (g, ptr) || !valid (g, src))
    return;
  if (derefs < 0 && !esc_is_object_kind (g->locs[src].kind))
    src = g->heap_value;
  else
    src = value_after_derefs (g, src, derefs < -1 ? -1 : derefs, why);
  esc_add_store (g, ptr, src, ESC_CONTENT_ANY, why);
}

void
esc_call (esc_graph *g, const struct esc_call *call)
{
  ESC_GROW (g->calls, g->ncalls, g->capcalls);
  struct esc_callrec *rec = &g->calls[g->ncalls];
  memset (rec, 0, sizeof *rec);
  rec->call = *call;
  rec->call.nargs = call->nargs < 0 ? 0 : call->nargs;
  rec->args_store = esc_xrealloc (NULL, (rec->call.nargs + 1)
				  * sizeof *rec->args_store);
  for (int i = 0; i < rec->call.nargs; i++)
    rec->args_store[i] = valid (g, call->args[i]) ? call->args[i] : ESC_NO_LOC;
  rec->call.args = rec->args_store;
  if (!valid (g, rec->call.result))
    rec->call.result = ESC_NO_LOC;
  int32_t id = (int32_t) g->ncalls++;

  if (call->callee_id >= 0)
    {
      /* A direct call: its target is known now.  */
      rec->call.fnptr = esc_loc_new (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL);
      esc_add_address (g, rec->call.fnptr, esc_func (g, call->callee_id),
		       &call->why);
    }
  else if (!valid (g, call->fnptr))
    {
      esc_apply_unknown_call (g, &g->calls[id]);
      return;
    }
  esc_ids_push (&g->locs[g->calls[id].call.fnptr].calls, id);
  /* Targets already known are resolved when the solver visits fnptr's
     members: queue it so that happens.  */
  struct esc_location *fl = &g->locs[g->calls[id].call.fnptr];
  for (uint32_t i = 0; i < fl->npts; i++)
    esc_ids_push (&fl->delta, fl->pts[i].obj);
  if (fl->npts && !fl->queued)
    {
      fl->queued = true;
      esc_ids_push (&g->worklist, g->calls[id].call.fnptr);
    }
}

void
esc_free (esc_graph *g, esc_loc ptr, const struct esc_why *why)
{
  if (valid (g, ptr))
    esc_add_free (g, ptr, why, false, false);
}

void
esc_resize (esc_graph *g, esc_loc ptr, const struct esc_why *why)
{
  if (valid (g, ptr))
    esc_add_free (g, ptr, why, false, true);
}

/* ---- The program: summaries by function id. ---- */

esc_program *
esc_program_new (void)
{
  esc_program *p = esc_xrealloc (NULL, sizeof *p);
  memset (p, 0, sizeof *p);
  return p;
}

void
esc_program_free (esc_program *p)
{
  if (!p)
    return;
  for (uint32_t i = 0; i < p->cap; i++)
    esc_summary_free (p->by_id[i]);
  free (p->by_id);
  free (p);
}

void
esc_program_clear_summary (esc_program *p, int func_id)
{
  if (func_id >= 0 && (uint32_t) func_id < p->cap)
    {
      esc_summary_free (p->by_id[func_id]);
      p->by_id[func_id] = NULL;
    }
}

const esc_summary *
esc_program_summary (const esc_program *p, int func_id)
{
  if (!p || func_id < 0 || (uint32_t) func_id >= p->cap)
    return NULL;
  return p->by_id[func_id];
}
