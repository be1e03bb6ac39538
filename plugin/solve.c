/* solve.c -- the solver: points-to sets to a fixed point, then lifetimes.

   Phase 1 is an inclusion-based (Andersen-style) points-to analysis over
   the constraints of core.h, driven by a worklist of locations whose sets
   grew; only the new members (the delta) are pushed along.  Three rules
   give memory outside the frame its meaning:
   - HEAP holds every escaped object, and an escaped object holds HEAP and
     whatever it holds escapes too (so HEAP is closed under "contents of");
   - an object of this frame held by the result or by a caller's object
     outlives the call, so it joins HEAP: to the caller it is unknown
     memory, and what it holds must be summarised as escaping;
   - calls through a pointer are resolved as the pointer's targets appear;
   - an object of this frame whose address reaches UNTRACKED (a double, a
     narrower integer: esc_untracked) joins HEAP;
   - a set that holds HEAP stands for every escaped object, so an object
     already in HEAP is not added to it (graph.c, esc_insert_member).
     What an escaped object holds, HEAP holds too (the first rule): a
     load through such a set gets nothing more from the object than from
     HEAP, a store into it escapes through HEAP alike, and a call through
     it is already unknown code.  Objects that have not escaped are never
     left out, so every decision stays; what may differ is which flow a
     note names, and facts of a summary that others imply (a parameter
     returned that also leaks).  In big inlined bodies, where a pointer
     may reach thousands of escaped objects, this is most of the work.

   Phase 2 is Go's walk in one pass: each location gets the shallowest
   depth of anything that (transitively) holds it.  Holders at depth -1
   (HEAP, globals, result, caller's objects) make an allocation escape;
   a holder shallower than the allocation's own loop depth (a loop-header
   PHI, memory of an outer loop) makes it outlive its iteration.  Depths
   are small integers, so a bucket queue processes each location once, at
   its final depth, and records the holder that set it for explanations.

   Cost: phase 1 is the usual worklist bound (members x constraints), near
   linear for the small sets C functions have; phase 2 is linear in the
   total size of the points-to sets.  */

#include <stdlib.h>
#include <string.h>

#include "core.h"

/* ---- Phase 1: propagate to a fixed point. ---- */

static bool
owned_by_frame (enum esc_loc_kind kind)
{
  return kind == ESC_LOC_ALLOC || kind == ESC_LOC_LOCAL
	 || kind == ESC_LOC_FRAME || kind == ESC_LOC_FUNC;
}

static void
propagate (esc_graph *g)
{
  while (g->worklist.n)
    {
      esc_loc h = g->worklist.v[--g->worklist.n];
      g->locs[h].queued = false;
      struct esc_ids delta = g->locs[h].delta;
      memset (&g->locs[h].delta, 0, sizeof delta);
      enum esc_loc_kind hkind = g->locs[h].kind;

      for (uint32_t d = 0; d < delta.n; d++)
	{
	  esc_loc m = delta.v[d];
	  /* Arrays may move as constraints are added: index afresh.  */
	  for (uint32_t i = 0; i < g->locs[h].out_edges.n; i++)
	    {
	      int32_t e = g->locs[h].out_edges.v[i];
	      esc_add_member (g, g->edges[e].dst, m, e);
	    }
	  for (uint32_t i = 0; i < g->locs[h].loads.n; i++)
	    {
	      struct esc_deref ld = g->derefs[g->locs[h].loads.v[i]];
	      esc_apply_deref (g, &ld, true, m);
	    }
	  for (uint32_t i = 0; i < g->locs[h].stores.n; i++)
	    {
	      struct esc_deref st = g->derefs[g->locs[h].stores.v[i]];
	      esc_apply_deref (g, &st, false, m);
	    }
	  for (uint32_t i = 0; i < g->locs[h].calls.n; i++)
	    esc_resolve_call (g, g->locs[h].calls.v[i], m);

	  if (hkind == ESC_LOC_HEAP && m != h)
	    {
	      /* An escaped object: unknown code may store anything into
		 it, and everything it holds escapes, in both parts.  */
	      esc_add_member (g, m, g->heap, ESC_VIA_RULE);
	      esc_add_rule_edge (g, m, g->heap);
	      esc_loc part = g->locs[m].scalar;
	      if (part != ESC_NO_LOC)
		{
		  esc_add_member (g, part, g->heap, ESC_VIA_RULE);
		  esc_add_rule_edge (g, part, g->heap);
		}
	    }
	  else if (hkind != ESC_LOC_HEAP && owned_by_frame (g->locs[m].kind)
		   && esc_callers_memory (g, h))
	    esc_add_member (g, g->heap, m, ESC_VIA_RULE);
	  else if (h == g->untracked && owned_by_frame (g->locs[m].kind))
	    /* Its address went where the analysis does not follow: it
	       escapes, for the flow that took it there.  The caller's
	       memory stays in UNTRACKED, for the summary.  */
	    esc_add_member (g, g->heap, m,
			    esc_find_member (&g->locs[h], m)->via);
	}
      esc_pool_ids_release (&g->pool, &delta);
    }
}

/* ---- Phase 2: lifetimes. ---- */

static int32_t
initial_life (const struct esc_location *l)
{
  switch (l->kind)
    {
    case ESC_LOC_HEAP:
    case ESC_LOC_GLOBAL:
    case ESC_LOC_RESULT:
    case ESC_LOC_PARAM_OBJ:
    case ESC_LOC_PARAM_DEEP:
    case ESC_LOC_PARAM_SCALAR:
    case ESC_LOC_FUNC:
      return -1;
    case ESC_LOC_FRAME:
      return 0;
    case ESC_LOC_LOCAL:
    case ESC_LOC_ALLOC:
    case ESC_LOC_VALUE:
      return l->depth;
    case ESC_LOC_PARAM:
    default:
      return ESC_DEPTH_NONE;
    }
}

struct bucket_queue
{
  struct esc_ids *buckets;	/* bucket d+1 holds locations at depth d */
  uint32_t nbuckets;
};

static void
bucket_push (struct bucket_queue *q, int32_t depth, esc_loc l)
{
  uint32_t b = (uint32_t) (depth + 1);
  if (b >= q->nbuckets)
    {
      uint32_t n = b + 1;
      q->buckets = esc_xrealloc (q->buckets, n * sizeof *q->buckets);
      memset (&q->buckets[q->nbuckets], 0,
	      (n - q->nbuckets) * sizeof *q->buckets);
      q->nbuckets = n;
    }
  esc_ids_push (&q->buckets[b], l);
}

/* When OBJ's address arrives in HOLDER: the latest step along the flows
   that first put it there (explain.c prints the same path); 0 when a
   rule put it there on the way (HEAP holding what an escaped object
   holds): when the rule applied, no statement says.  */
static uint32_t
arrival_step (const esc_graph *g, esc_loc holder, esc_loc obj)
{
  uint32_t latest = 0;
  esc_loc h = holder;
  /* First introductions form a tree: the walk ends at the address.  */
  for (uint32_t guard = 0; guard <= g->nlocs; guard++)
    {
      const struct esc_member *m = esc_find_member (&g->locs[h], obj);
      if (!m || m->via == ESC_VIA_RULE)
	return 0;
      if (ESC_VIA_IS_ADDR (m->via))
	{
	  uint32_t step = g->addrs[ESC_VIA_ADDR_ID (m->via)].why.step;
	  return step > latest ? step : latest;
	}
      const struct esc_edge *e = &g->edges[m->via];
      if (e->rule || e->why.step == 0)
	return 0;
      if (e->why.step > latest)
	latest = e->why.step;
      h = e->src;
    }
  return 0;
}

/* Whether H, reaching allocation M at the depth M already has, got it
   at an earlier step than M's holder did: the note then gives H's
   reason, the first to happen along the flow.  H must not hold by way
   of M, or the chain of holders would be a cycle.  */
static bool
holds_earlier (const esc_graph *g, esc_loc h, esc_loc m)
{
  esc_loc cur = g->locs[m].life_holder;
  if (g->locs[m].kind != ESC_LOC_ALLOC || cur == ESC_NO_LOC || cur == h)
    return false;
  uint32_t step = arrival_step (g, h, m);
  uint32_t cur_step = arrival_step (g, cur, m);
  if (step == 0 || (cur_step != 0 && cur_step <= step))
    return false;
  esc_loc up = h;
  for (int guard = 0; guard < 64; guard++)
    {
      if (up == m)
	return false;
      if (up == ESC_NO_LOC)
	return true;
      up = g->locs[up].life_holder;
    }
  return false;
}

static void
compute_lifetimes (esc_graph *g)
{
  struct bucket_queue q = { NULL, 0 };
  for (uint32_t i = 0; i < g->nlocs; i++)
    {
      g->locs[i].life = initial_life (&g->locs[i]);
      g->locs[i].life_holder = ESC_NO_LOC;
    }

  /* Of the holders that set the same depth, the one whose flow comes
     first is named (holds_earlier): a store through a parameter before
     a call that frees the object.  Ties keep the first holder walked,
     HEAP first: an object that reached it directly (passed to unknown
     code, kept by a library) is reported for that, even if loads from
     unknown memory then carry it to the result.  Objects that joined
     HEAP only by a rule (held by the result, a global or a caller's
     object) are traced back to that holder by esc_reason_holder.  */
  bucket_push (&q, -1, g->heap);
  bucket_push (&q, -1, g->result);
  for (int k = 0; k < g->nparams; k++)
    {
      bucket_push (&q, -1, esc_param_obj (g, k));
      bucket_push (&q, -1, esc_param_deep (g, k));
      bucket_push (&q, -1, esc_param_scalar (g, k));
    }
  for (uint32_t i = 0; i < g->nlocs; i++)
    if (g->locs[i].kind == ESC_LOC_GLOBAL)
      bucket_push (&q, -1, (esc_loc) i);
  /* A holder of the frame with its own depth passes it on to what it
     holds, in its pointer part or its scalar part (a uintptr_t array
     keeping objects of a loop).  */
  for (uint32_t i = 0; i < g->nlocs; i++)
    {
      int32_t life = g->locs[i].life;
      esc_loc part = g->locs[i].scalar;
      if (life >= 0 && life != ESC_DEPTH_NONE
	  && (g->locs[i].npts || (part != ESC_NO_LOC && g->locs[part].npts)))
	bucket_push (&q, life, (esc_loc) i);
    }

  for (uint32_t b = 0; b < q.nbuckets; b++)
    {
      int32_t depth = (int32_t) b - 1;
      /* The bucket grows while it is walked.  */
      for (uint32_t j = 0; j < q.buckets[b].n; j++)
	{
	  esc_loc h = q.buckets[b].v[j];
	  if (g->locs[h].life != depth)
	    continue;
	  /* An object's scalar part lives as long as the object.  */
	  esc_loc part = g->locs[h].scalar;
	  if (part != ESC_NO_LOC && g->locs[part].life > depth)
	    {
	      g->locs[part].life = depth;
	      g->locs[part].life_holder = h;
	      bucket_push (&q, depth, part);
	    }
	  for (uint32_t i = 0; i < g->locs[h].npts; i++)
	    {
	      esc_loc m = g->locs[h].pts[i].obj;
	      if (g->locs[m].life > depth)
		{
		  g->locs[m].life = depth;
		  g->locs[m].life_holder = h;
		  bucket_push (&q, depth, m);
		}
	      else if (depth < 0 && g->locs[m].life == depth
		       && holds_earlier (g, h, m))
		g->locs[m].life_holder = h;
	    }
	}
    }
  for (uint32_t b = 0; b < q.nbuckets; b++)
    esc_ids_release (&q.buckets[b]);
  free (q.buckets);
}

/* Which objects a callee may free: once per graph, not once per site.  */
static void
mark_freed_by_callees (esc_graph *g)
{
  for (uint32_t i = 0; i < g->nlocs; i++)
    g->locs[i].freed_by = -1;
  for (uint32_t f = 0; f < g->nfrees; f++)
    if (g->frees[f].by_callee)
      {
	const struct esc_location *ptr = &g->locs[g->frees[f].ptr];
	for (uint32_t i = 0; i < ptr->npts; i++)
	  if (g->locs[ptr->pts[i].obj].freed_by < 0)
	    g->locs[ptr->pts[i].obj].freed_by = (int32_t) f;
      }
}

void
esc_solve (esc_graph *g)
{
  propagate (g);
  compute_lifetimes (g);
  mark_freed_by_callees (g);
  g->solved = true;
}

/* ---- Queries. ---- */

/* ESC_NO_LOC points to nothing; another id that is not G's breaks an
   invariant, and then points to HEAP.  */
static const struct esc_location *
queried (const esc_graph *g, esc_loc l)
{
  ESC_ASSERT (g->solved);
  if (l == ESC_NO_LOC)
    return NULL;
  return ESC_ASSERT (esc_in_graph (g, l)) ? &g->locs[l] : &g->locs[g->heap];
}

size_t
esc_points_to_count (const esc_graph *g, esc_loc l)
{
  const struct esc_location *loc = queried (g, l);
  return loc ? loc->npts : 0;
}

esc_loc
esc_points_to_at (const esc_graph *g, esc_loc l, size_t i)
{
  const struct esc_location *loc = queried (g, l);
  return ESC_ASSERT (loc && i < loc->npts) ? loc->pts[i].obj : g->heap;
}

bool
esc_may_point_to (const esc_graph *g, esc_loc ptr, esc_loc obj)
{
  const struct esc_location *loc = queried (g, ptr);
  return loc && esc_find_member (loc, obj) != NULL;
}

bool
esc_calls_reached (const esc_graph *g, esc_reached_fn *fn, void *data)
{
  bool unknown = false;
  for (uint32_t c = 0; c < g->ncalls; c++)
    {
      const struct esc_callrec *rec = &g->calls[c];
      for (uint32_t i = 0; i < rec->applied.n; i++)
	fn (data, rec->applied.v[i]);
      unknown |= rec->unknown_applied;
    }
  return unknown || g->broken;
}

int
esc_free_site_count (const esc_graph *g)
{
  return (int) g->nfrees;
}

const struct esc_free_site *
esc_free_site_at (const esc_graph *g, int i)
{
  return &g->frees[i];
}

/* The flow that first put OBJ into HOLDER.  */
static struct esc_why
membership_why (const esc_graph *g, esc_loc holder, esc_loc obj)
{
  const struct esc_member *m = esc_find_member (&g->locs[holder], obj);
  if (m && ESC_VIA_IS_EDGE (m->via))
    return g->edges[m->via].why;
  if (m && ESC_VIA_IS_ADDR (m->via))
    return g->addrs[ESC_VIA_ADDR_ID (m->via)].why;
  return esc_rule_why;
}

/* The holder to name in a reason: HEAP only holds OBJ by itself when
   something sent OBJ there; when HEAP got it because an escaped object
   held it, name that object.  */
esc_loc
esc_reason_holder (const esc_graph *g, esc_loc obj)
{
  esc_loc h = g->locs[obj].life_holder;
  if (h == g->heap)
    {
      const struct esc_member *m = esc_find_member (&g->locs[h], obj);
      if (m && ESC_VIA_IS_EDGE (m->via) && g->edges[m->via].rule)
	return g->edges[m->via].src;
      if (m && m->via == ESC_VIA_RULE)
	{
	  /* Joined HEAP because the result or a caller's object holds it
	     (the only rule that adds to HEAP without an edge): name that
	     holder.  */
	  if (esc_find_member (&g->locs[g->result], obj))
	    return g->result;
	  for (int k = 0; k < g->nparams; k++)
	    for (esc_loc l = esc_param_obj (g, k);
		 l < esc_param (g, k) + ESC_PARAM_STRIDE; l++)
	      if (esc_find_member (&g->locs[l], obj))
		return l;
	}
    }
  return h;
}

/* Reasons name objects, not their scalar parts.  */
static esc_loc
reported_holder (const esc_graph *g, esc_loc holder)
{
  if (holder != ESC_NO_LOC && g->locs[holder].owner != ESC_NO_LOC)
    return g->locs[holder].owner;
  return holder;
}

struct esc_verdict
esc_verdict_of (const esc_graph *g, esc_loc obj)
{
  struct esc_verdict v;
  memset (&v, 0, sizeof v);
  v.holder = ESC_NO_LOC;
  v.why = esc_rule_why;
  if (!ESC_ASSERT (g->solved && esc_in_graph (g, obj)) || g->broken)
    {
      v.escapes = true;
      v.lives_within = -1;
      return v;
    }
  const struct esc_location *l = &g->locs[obj];
  v.escapes = l->life < 0;
  v.outlives_iteration = l->life < l->depth;
  v.lives_within = l->life < 0 ? -1 : l->life;
  if (v.escapes || v.outlives_iteration)
    {
      esc_loc holder = esc_reason_holder (g, obj);
      if (holder != ESC_NO_LOC)
	v.why = membership_why (g, holder, obj);
      v.holder = reported_holder (g, holder);
    }
  if (l->freed_by >= 0)
    {
      v.freed_by_callee = true;
      v.freed_why = g->frees[l->freed_by].why;
    }
  return v;
}
