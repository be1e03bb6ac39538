/* explain.c -- flow paths for report level 2 (Go's -m=2).

   Every member of a points-to set remembers the constraint that first put
   it there (core.h).  Following those back from "holder H holds object A"
   gives the chain of flows that carried A's address from the statement
   that took it to H; first introductions form a tree, so the chain ends.
   When H is itself an object that escapes or outlives its iteration, the
   path goes on with H's own chain, up to a holder that outlives the call
   (or the loop-header PHI that carries it across iterations).  An object
   kept because a callee frees it has the chain to the freeing call's
   argument instead.  */

#include <stdlib.h>

#include "core.h"

struct step
{
  esc_loc dst, src;
  bool address;
  struct esc_why why;
};

struct steps
{
  struct step *v;
  uint32_t n, cap;
};

static void
push_step (struct steps *s, esc_loc dst, esc_loc src, bool address,
	   const struct esc_why *why)
{
  ESC_GROW (s->v, s->n, s->cap);
  s->v[s->n].dst = dst;
  s->v[s->n].src = src;
  s->v[s->n].address = address;
  s->v[s->n].why = *why;
  s->n++;
}

/* Append, outermost first, the flows that put OBJ into HOLDER.  */
static void
membership_path (const esc_graph *g, esc_loc holder, esc_loc obj,
		 struct steps *out)
{
  esc_loc h = holder;
  /* Bounded by the number of locations: each step goes to an earlier
     introduction.  */
  for (uint32_t guard = 0; guard <= g->nlocs; guard++)
    {
      const struct esc_member *m = esc_find_member (&g->locs[h], obj);
      if (!m || m->via == ESC_VIA_RULE)
	{
	  push_step (out, h, ESC_NO_LOC, false, &esc_rule_why);
	  return;
	}
      if (ESC_VIA_IS_ADDR (m->via))
	{
	  const struct esc_addr *a = &g->addrs[ESC_VIA_ADDR_ID (m->via)];
	  push_step (out, h, a->obj, true, &a->why);
	  return;
	}
      const struct esc_edge *e = &g->edges[m->via];
      push_step (out, h, e->src, false, &e->why);
      h = e->src;
    }
}

/* Append to OUT the flows that put OBJ into HOLDER, from the object out:
   membership_path walks from the holder back to the address.  */
static void
append_path_outwards (const esc_graph *g, esc_loc holder, esc_loc obj,
		      struct steps *out)
{
  struct steps part = { NULL, 0, 0 };
  membership_path (g, holder, obj, &part);
  for (uint32_t i = part.n; i-- > 0;)
    push_step (out, part.v[i].dst, part.v[i].src, part.v[i].address,
	       &part.v[i].why);
  free (part.v);
}

static bool
ends_path (const esc_graph *g, esc_loc holder)
{
  const struct esc_location *l = &g->locs[holder];
  switch (l->kind)
    {
    case ESC_LOC_ALLOC:
    case ESC_LOC_LOCAL:
    case ESC_LOC_FRAME:
      /* An object continues the path only when it outlives something
	 itself.  */
      return !esc_outlives (l);
    default:
      return true;
    }
}

void
esc_explain (const esc_graph *g, esc_loc obj, esc_explain_fn *fn, void *data)
{
  if (!ESC_ASSERT (g->solved && esc_in_graph (g, obj)))
    return;
  struct steps all = { NULL, 0, 0 };
  esc_loc cur = obj;
  for (uint32_t guard = 0; guard <= g->nlocs; guard++)
    {
      if (!esc_outlives (&g->locs[cur]))
	break;
      esc_loc holder = esc_reason_holder (g, cur);
      if (holder == ESC_NO_LOC)
	break;
      append_path_outwards (g, holder, cur, &all);
      /* A scalar part holds for its object: go on with the object.  */
      esc_loc next = g->locs[holder].owner != ESC_NO_LOC
		     ? g->locs[holder].owner : holder;
      if (ends_path (g, next))
	break;
      cur = next;
    }
  const struct esc_location *l = &g->locs[obj];
  if (all.n == 0 && !esc_outlives (l) && l->freed_by >= 0)
    {
      const struct esc_free_site *f = &g->frees[l->freed_by];
      append_path_outwards (g, f->ptr, obj, &all);
      push_step (&all, f->ptr, f->ptr, false, &f->why);
    }
  for (uint32_t i = 0; i < all.n; i++)
    fn (data, all.v[i].dst, all.v[i].src, all.v[i].address, &all.v[i].why);
  free (all.v);
}

static const char *const kind_names[] = {
  "heap", "result", "value", "alloc", "local", "global", "func", "param",
  "param-obj", "param-deep", "param-scalar", "frame"
};

void
esc_dump (const esc_graph *g, FILE *out)
{
  if (!out)
    return;
  for (uint32_t i = 0; i < g->nlocs; i++)
    {
      const struct esc_location *l = &g->locs[i];
      fprintf (out, "  %u %s", i, kind_names[l->kind]);
      if (l->index >= 0)
	fprintf (out, "#%d", l->index);
      if (l->owner != ESC_NO_LOC)
	fprintf (out, " scalars-of %d", l->owner);
      if (l->depth != ESC_DEPTH_NONE)
	fprintf (out, " depth %d", l->depth);
      if (g->solved && l->life != ESC_DEPTH_NONE)
	fprintf (out, " life %d (holder %d)", l->life, l->life_holder);
      fputs (" ->", out);
      for (uint32_t j = 0; j < l->npts; j++)
	fprintf (out, " %d", l->pts[j].obj);
      fputc ('\n', out);
    }
  for (uint32_t e = 0; e < g->nedges; e++)
    fprintf (out, "  edge %d -> %d%s (why %d, arg %d)\n", g->edges[e].src,
	     g->edges[e].dst, g->edges[e].rule ? " rule" : "",
	     g->edges[e].why.kind, g->edges[e].why.argno);
  for (uint32_t f = 0; f < g->nfrees; f++)
    fprintf (out, "  free site %u: ptr %d%s%s\n", f, g->frees[f].ptr,
	     g->frees[f].by_callee ? " (callee)" : "",
	     g->frees[f].resizes ? " (resize)" : "");
}
