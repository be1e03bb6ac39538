/* graph.c -- one function's graph: locations, constraints and flows.

   The bridge creates a graph per function, adds its locations and flows
   (escape.h), then calls esc_solve (solve.c).  This file owns the
   graph's memory, the fixed locations every graph has (HEAP, the result,
   each parameter's value and the caller's memory behind it), the
   constraint store with its adders (core.h lists the four kinds), and
   the translation of Go-style flows with derefs into those constraints.

   Adding a constraint applies it at once to the members its trigger
   already has; later members reach it through the solver's worklist, so
   constraints may be added while solving (calls resolved late do).

   Ids from the bridge are checked here: ESC_NO_LOC means "no pointer"
   and the flow is dropped; any other id that is not the graph's breaks
   an invariant (ESC_ASSERT) and stands for HEAP, so what it touches
   escapes.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

const struct esc_why esc_rule_why = { ESC_WHY_FLOW, NULL, NULL, 0, 0 };

bool
esc_in_graph (const esc_graph *g, esc_loc l)
{
  return l >= 0 && (uint32_t) l < g->nlocs;
}

/* L as the graph should use it: ESC_NO_LOC stays, an id that is not the
   graph's fails closed as HEAP.  */
static esc_loc
checked (const esc_graph *g, esc_loc l)
{
  if (l == ESC_NO_LOC || ESC_ASSERT (esc_in_graph (g, l)))
    return l;
  return g->heap;
}

/* Nothing is added to a solved graph: its answers would not show it.
   Should it happen, every answer fails closed (esc_verdict_of).  */
static void
before_solve (esc_graph *g)
{
  if (!ESC_ASSERT (!g->solved))
    g->broken = true;
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
  obj = checked (g, obj);
  if (obj == ESC_NO_LOC)
    return 0;
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
  if (!esc_in_graph (g, l))
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
esc_param_level (const esc_graph *g, esc_loc l, int *k, int *level)
{
  if (g->locs[l].owner != ESC_NO_LOC)
    l = g->locs[l].owner;
  switch (g->locs[l].kind)
    {
    case ESC_LOC_PARAM_OBJ:
      *level = 0;
      break;
    case ESC_LOC_PARAM_DEEP:
    case ESC_LOC_PARAM_SCALAR:
      *level = 1;
      break;
    default:
      return false;
    }
  *k = g->locs[l].index;
  return true;
}

bool
esc_callers_memory (const esc_graph *g, esc_loc l)
{
  int k, level;
  if (esc_param_level (g, l, &k, &level))
    return true;
  if (g->locs[l].owner != ESC_NO_LOC)
    l = g->locs[l].owner;
  return g->locs[l].kind == ESC_LOC_RESULT;
}

void
esc_graph_free (esc_graph *g)
{
  if (!g)
    return;
  /* The pool's chunks go at once; arrays too big for it one by one.  */
  for (uint32_t i = 0; i < g->nlocs; i++)
    {
      struct esc_location *l = &g->locs[i];
      esc_pool_put (&g->pool, l->pts, l->cappts * sizeof *l->pts);
      esc_pool_put (&g->pool, l->member_bits,
		    l->nmember_words * sizeof *l->member_bits);
      esc_pool_ids_release (&g->pool, &l->delta);
      esc_pool_ids_release (&g->pool, &l->out_edges);
      esc_pool_ids_release (&g->pool, &l->loads);
      esc_pool_ids_release (&g->pool, &l->stores);
      esc_pool_ids_release (&g->pool, &l->calls);
    }
  for (uint32_t i = 0; i < g->ncalls; i++)
    {
      struct esc_callrec *rec = &g->calls[i];
      esc_pool_put (&g->pool, rec->args_store,
		    (rec->call.nargs + 1) * sizeof *rec->args_store);
      esc_pool_ids_release (&g->pool, &rec->applied);
    }
  esc_pool_release (&g->pool);
  free (g->locs);
  free (g->edges);
  esc_pairmap_release (&g->edge_index);
  esc_pairmap_release (&g->func_locs);
  esc_pairmap_release (&g->reachable_of);
  free (g->addrs);
  free (g->derefs);
  free (g->calls);
  free (g->frees);
  free (g->queries);
  esc_ids_release (&g->worklist);
  free (g);
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
  g->untracked = ESC_NO_LOC;
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
      /* The integers' targets have integers too: their scalar part
	 points to them, their pointer part to deeper objects.  */
      esc_loc parts[3] = { obj, deep, ints };
      for (int i = 0; i < 3; i++)
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
    }
  return g;
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
esc_untracked (esc_graph *g)
{
  /* Made on first use: most functions never need it.  */
  if (g->untracked == ESC_NO_LOC)
    g->untracked = new_location (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL, -1);
  return g->untracked;
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

void
esc_functions_named (const esc_graph *g, esc_reached_fn *fn, void *data)
{
  for (uint32_t i = 0; i < g->nlocs; i++)
    if (g->locs[i].kind == ESC_LOC_FUNC)
      fn (data, g->locs[i].index);
}

esc_loc
esc_loc_new (esc_graph *g, enum esc_loc_kind kind, int32_t depth,
	     const void *origin)
{
  before_solve (g);
  switch (kind)
    {
    case ESC_LOC_VALUE:
      break;
    case ESC_LOC_ALLOC:
      return new_frame_object (g, kind, depth < 0 ? 0 : depth, origin);
    case ESC_LOC_LOCAL:
      /* The bridge gives a variable the depth of a loop when each
	 iteration ends its life (clobbers); else it lives for the call.  */
      return new_frame_object (g, kind, depth < 0 ? 0 : depth, origin);
    case ESC_LOC_FRAME:
      /* Lives for the whole call.  */
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
  return ESC_ASSERT (esc_in_graph (g, l)) ? g->locs[l].kind : ESC_LOC_HEAP;
}

const void *
esc_loc_origin (const esc_graph *g, esc_loc l)
{
  return ESC_ASSERT (esc_in_graph (g, l)) ? g->locs[l].origin : NULL;
}

int32_t
esc_loc_depth (const esc_graph *g, esc_loc l)
{
  return ESC_ASSERT (esc_in_graph (g, l)) ? g->locs[l].depth : -1;
}

int
esc_loc_index (const esc_graph *g, esc_loc l)
{
  return ESC_ASSERT (esc_in_graph (g, l)) ? g->locs[l].index : -1;
}

int
esc_loc_count (const esc_graph *g)
{
  return (int) g->nlocs;
}

void
esc_mark_trampoline (esc_graph *g, esc_loc l)
{
  if (esc_in_graph (g, l) && esc_is_object_kind (g->locs[l].kind))
    g->locs[l].trampoline = true;
}

/* ---- The constraint store. ---- */

static void
enqueue (esc_graph *g, esc_loc l)
{
  if (!g->locs[l].queued)
    {
      g->locs[l].queued = true;
      esc_ids_push (&g->worklist, l);
    }
}

/* A set gets its bitmap once it has this many members: below, the
   binary search is as quick.  */
#define MEMBER_BITS_FROM 8

/* Sized for the graph's locations so far; ones made later grow it.  */
static void
set_member_bit (esc_graph *g, struct esc_location *l, esc_loc obj)
{
  uint32_t w = (uint32_t) obj / 64;
  if (w >= l->nmember_words)
    {
      uint32_t n = g->nlocs / 64 + 1;
      if (n < w + 1)
	n = w + 1 > 2 * l->nmember_words ? w + 1 : 2 * l->nmember_words;
      l->member_bits = esc_pool_resize (&g->pool, l->member_bits,
					l->nmember_words * sizeof (uint64_t),
					n * sizeof (uint64_t));
      memset (&l->member_bits[l->nmember_words], 0,
	      (n - l->nmember_words) * sizeof (uint64_t));
      l->nmember_words = n;
    }
  l->member_bits[w] |= (uint64_t) 1 << (obj % 64);
}

/* Whether L's set has OBJ: by its bitmap when it has one.  */
static bool
holds (const struct esc_location *l, esc_loc obj)
{
  if (l->member_bits)
    {
      uint32_t w = (uint32_t) obj / 64;
      return w < l->nmember_words && (l->member_bits[w] >> (obj % 64)) & 1;
    }
  return esc_find_member (l, obj) != NULL;
}

bool
esc_insert_member (esc_graph *g, esc_loc holder, esc_loc obj, int32_t via)
{
  struct esc_location *h = &g->locs[holder];
  uint32_t lo = esc_member_slot (h, obj);
  if (lo < h->npts && h->pts[lo].obj == obj)
    return false;
  /* A set that holds HEAP already stands for every escaped object
     (solve.c): one more would carry nothing HEAP does not.  */
  if (holder != g->heap && obj != g->heap && holds (h, g->heap)
      && holds (&g->locs[g->heap], obj))
    return false;
  ESC_POOL_GROW (&g->pool, h->pts, h->npts, h->cappts);
  memmove (&h->pts[lo + 1], &h->pts[lo], (h->npts - lo) * sizeof *h->pts);
  h->pts[lo].obj = obj;
  h->pts[lo].via = via;
  h->npts++;
  if (h->member_bits)
    set_member_bit (g, h, obj);
  else if (h->npts >= MEMBER_BITS_FROM)
    for (uint32_t i = 0; i < h->npts; i++)
      set_member_bit (g, h, h->pts[i].obj);
  esc_pool_ids_push (&g->pool, &h->delta, obj);
  enqueue (g, holder);
  return true;
}

static void
add_edge (esc_graph *g, esc_loc src, esc_loc dst, const struct esc_why *why,
	  bool rule)
{
  if (src == dst)
    return;
  uint64_t key = ((uint64_t) (uint32_t) src << 32) | (uint32_t) dst;
  int32_t id;
  if (esc_pairmap_get (&g->edge_index, key, &id))
    return;
  ESC_GROW (g->edges, g->nedges, g->capedges);
  id = (int32_t) g->nedges++;
  g->edges[id].src = src;
  g->edges[id].dst = dst;
  g->edges[id].why = *why;
  g->edges[id].rule = rule;
  esc_pairmap_put (&g->edge_index, key, id);
  esc_pool_ids_push (&g->pool, &g->locs[src].out_edges, id);
  /* What SRC already holds flows now; later members come as deltas.  */
  const struct esc_location *s = &g->locs[src];
  if (s->member_bits && g->locs[dst].member_bits
      && s->nmember_words < s->npts)
    /* A word of SRC's members at a time (when there are fewer words
       than members), those DST lacks in ascending order, as the loop
       below adds them.  Insertion changes no location but DST.  */
    for (uint32_t w = 0; w < s->nmember_words; w++)
      {
	const struct esc_location *d = &g->locs[dst];
	uint64_t fresh = s->member_bits[w];
	if (w < d->nmember_words)
	  fresh &= ~d->member_bits[w];
	for (; fresh; fresh &= fresh - 1)
	  {
	    uint32_t bit = (uint32_t) __builtin_ctzll (fresh);
	    esc_insert_member (g, dst, (esc_loc) (w * 64 + bit), id);
	  }
      }
  else
    for (uint32_t i = 0; i < s->npts; i++)
      esc_add_member (g, dst, s->pts[i].obj, id);
}

void
esc_add_edge (esc_graph *g, esc_loc src, esc_loc dst,
	      const struct esc_why *why)
{
  add_edge (g, src, dst, why, false);
}

void
esc_add_rule_edge (esc_graph *g, esc_loc src, esc_loc dst)
{
  add_edge (g, src, dst, &esc_rule_why, true);
}

void
esc_apply_deref (esc_graph *g, const struct esc_deref *d, bool load,
		 esc_loc obj)
{
  esc_loc touched[2];
  int n = esc_object_parts (g, obj, d->content, touched);
  for (int i = 0; i < n; i++)
    {
      if (load)
	add_edge (g, touched[i], d->other, &d->why, false);
      else
	add_edge (g, d->other, touched[i], &d->why, false);
    }
}

/* A load (OTHER = *PTR) or store (*PTR = OTHER): recorded on PTR for the
   members it gets later, applied now to those it has.  */
static void
add_deref (esc_graph *g, esc_loc ptr, esc_loc other, enum esc_content content,
	   const struct esc_why *why, bool load)
{
  ESC_GROW (g->derefs, g->nderefs, g->capderefs);
  int32_t id = (int32_t) g->nderefs++;
  g->derefs[id].ptr = ptr;
  g->derefs[id].other = other;
  g->derefs[id].content = content;
  g->derefs[id].why = *why;
  esc_pool_ids_push (&g->pool,
		     load ? &g->locs[ptr].loads : &g->locs[ptr].stores, id);
  for (uint32_t i = 0; i < g->locs[ptr].npts; i++)
    {
      struct esc_deref d = g->derefs[id];
      esc_apply_deref (g, &d, load, g->locs[ptr].pts[i].obj);
    }
}

void
esc_add_load (esc_graph *g, esc_loc ptr, esc_loc dst,
	      enum esc_content content, const struct esc_why *why)
{
  add_deref (g, ptr, dst, content, why, true);
}

void
esc_add_store (esc_graph *g, esc_loc ptr, esc_loc src,
	       enum esc_content content, const struct esc_why *why)
{
  add_deref (g, ptr, src, content, why, false);
}

void
esc_add_address (esc_graph *g, esc_loc dst, esc_loc obj,
		 const struct esc_why *why)
{
  ESC_GROW (g->addrs, g->naddrs, g->capaddrs);
  int32_t id = (int32_t) g->naddrs++;
  g->addrs[id].dst = dst;
  g->addrs[id].obj = obj;
  g->addrs[id].why = *why;
  esc_add_member (g, dst, obj, ESC_VIA_ADDR0 - id);
}

void
esc_add_free (esc_graph *g, esc_loc ptr, const struct esc_why *why,
	      bool by_callee, bool resizes, bool copies)
{
  ESC_GROW (g->frees, g->nfrees, g->capfrees);
  struct esc_free_site *f = &g->frees[g->nfrees++];
  f->ptr = ptr;
  f->why = *why;
  f->by_callee = by_callee;
  f->resizes = resizes;
  f->copies = copies;
}

/* ---- Flows: Go's weighted edges, lowered to the constraints. ---- */

/* *L as a flow should use it (checked); false if it is "no pointer".  */
static bool
usable (esc_graph *g, esc_loc *l)
{
  before_solve (g);
  *l = checked (g, *l);
  return *l != ESC_NO_LOC;
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
  if (!usable (g, &dst) || !usable (g, &src))
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
esc_object_flow (esc_graph *g, esc_loc obj, esc_loc value,
		 enum esc_content content, bool into_object,
		 const struct esc_why *why)
{
  esc_loc parts[2];
  int n = esc_object_parts (g, obj, content, parts);
  for (int i = 0; i < n; i++)
    {
      if (into_object)
	esc_flow (g, parts[i], value, 0, why);
      else
	esc_flow (g, value, parts[i], 0, why);
    }
}

esc_loc
esc_reachable (esc_graph *g, esc_loc v, const struct esc_why *why)
{
  int32_t known;
  if (esc_pairmap_get (&g->reachable_of, (uint64_t) (uint32_t) v, &known))
    return known;
  /* Plain flows at the first statement that asked: whatever call leaks
     the location names itself on its own edge.  */
  struct esc_why flow = *why;
  flow.kind = ESC_WHY_FLOW;
  flow.callee = NULL;
  flow.argno = 0;
  esc_loc t = new_location (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL, -1);
  esc_flow (g, t, v, 1, &flow);
  esc_flow (g, t, t, 1, &flow);
  esc_pairmap_put (&g->reachable_of, (uint64_t) (uint32_t) v, t);
  return t;
}

void
esc_load_part (esc_graph *g, esc_loc dst, esc_loc ptr,
	       enum esc_content content, const struct esc_why *why)
{
  if (usable (g, &dst) && usable (g, &ptr))
    esc_add_load (g, ptr, dst, content, why);
}

void
esc_store_part (esc_graph *g, esc_loc ptr, esc_loc src,
		enum esc_content content, const struct esc_why *why)
{
  if (usable (g, &ptr) && usable (g, &src))
    esc_add_store (g, ptr, src, content, why);
}

void
esc_store (esc_graph *g, esc_loc ptr, esc_loc src, int derefs,
	   const struct esc_why *why)
{
  if (!usable (g, &ptr) || !usable (g, &src))
    return;
  if (derefs < 0 && !esc_is_object_kind (g->locs[src].kind))
    src = g->heap_value;
  else
    src = value_after_derefs (g, src, derefs < -1 ? -1 : derefs, why);
  esc_add_store (g, ptr, src, ESC_CONTENT_ANY, why);
}

void
esc_free (esc_graph *g, esc_loc ptr, const struct esc_why *why)
{
  if (usable (g, &ptr))
    esc_add_free (g, ptr, why, false, false, false);
}

void
esc_resize (esc_graph *g, esc_loc ptr, const struct esc_why *why)
{
  if (usable (g, &ptr))
    esc_add_free (g, ptr, why, false, true, false);
}

void
esc_realloc (esc_graph *g, esc_loc ptr, const struct esc_why *why)
{
  if (usable (g, &ptr))
    esc_add_free (g, ptr, why, false, true, true);
}

static void
add_query (esc_graph *g, esc_loc ptr, enum esc_query_kind kind,
	   const char *name, int64_t bytes, const void *origin)
{
  if (!usable (g, &ptr))
    return;
  ESC_GROW (g->queries, g->nqueries, g->capqueries);
  struct esc_query *q = &g->queries[g->nqueries++];
  q->ptr = ptr;
  q->kind = kind;
  q->name = name;
  q->bytes = bytes;
  q->origin = origin;
}

void
esc_size_query (esc_graph *g, esc_loc ptr, const char *builtin,
		bool only_checked)
{
  add_query (g, ptr, only_checked ? ESC_QUERY_CHECKED_SIZE : ESC_QUERY_SIZE,
	     builtin, -1, NULL);
}

void
esc_access_bound (esc_graph *g, esc_loc ptr, const char *fn, int64_t bound,
		  const void *call)
{
  add_query (g, ptr, ESC_QUERY_READ_LIMIT, fn, bound, call);
}

void
esc_access_type (esc_graph *g, esc_loc ptr, const char *type, int64_t bytes)
{
  add_query (g, ptr, ESC_QUERY_ACCESS_TYPE, type, bytes, NULL);
}

void
esc_allocated_size_read (esc_graph *g, esc_loc ptr, const char *fn)
{
  add_query (g, ptr, ESC_QUERY_ALLOCATED_SIZE, fn, -1, NULL);
}
