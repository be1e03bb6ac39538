/* summary.c -- a function's summary, read off its solved graph.

   What a summary holds is described in escape.h and leaks.c.  The graph
   models each parameter with its value, the caller's object it points to
   and a self-holding "deep" object for everything beyond (graph.c); once
   solved, the membership of those objects in HEAP, in the result, in
   free sites and in other parameters' objects is the summary.  */

#include "core.h"

/* OBJ was written into DST, parameter J's memory at level M: into its
   integers when DST is the scalar part of the caller's object or of what
   lies beyond, into its pointers when DST is that memory itself; the
   objects the caller's integers point to (ESC_LOC_PARAM_SCALAR) may take
   it in either.  OBJ is one of those objects when the callee stored an
   integer it read from the caller's memory (p->len++): ESC_LEVEL_SCALARS,
   so that the caller stores what its integers point to, not every
   pointer its memory holds.  */
static void
record_store (esc_summary *s, const esc_graph *g, esc_loc dst, int j, int m,
	      esc_loc obj)
{
  int k, level;
  if (!esc_param_level (g, obj, &k, &level))
    {
      s->params[j].clobbered |= ESC_LEVEL_BIT (m);
      return;
    }
  if (esc_loc_kind (g, obj) == ESC_LOC_PARAM_SCALAR)
    level = ESC_LEVEL_SCALARS;
  esc_loc owner = esc_part_owner (g, dst);
  enum esc_loc_kind kind = esc_loc_kind (g, owner != ESC_NO_LOC ? owner : dst);
  bool ints = owner != ESC_NO_LOC || kind == ESC_LOC_PARAM_SCALAR;
  bool pointers = owner == ESC_NO_LOC;
  if (pointers)
    s->params[k].into[j][m][0] |= ESC_LEVEL_BIT (level);
  if (ints)
    s->params[k].into[j][m][1] |= ESC_LEVEL_BIT (level);
}

esc_summary *
esc_summarize (const esc_graph *g)
{
  if (!ESC_ASSERT (g->solved) || g->broken)
    return esc_summary_opaque (g->nparams, g->has_chain);
  esc_summary *s = esc_summary_new (g->nparams, g->has_chain);
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
      if (g->untracked != ESC_NO_LOC)
	{
	  /* Turned into doubles or narrower integers: the caller's objects
	     escape, or only what its integers point to.  */
	  const struct esc_location *u = &g->locs[g->untracked];
	  int level = esc_find_member (u, esc_param_obj (g, k)) ? 0
		      : esc_find_member (u, esc_param_deep (g, k)) ? 1
		      : esc_find_member (u, esc_param_scalar (g, k))
		      ? ESC_LEVEL_SCALARS : ESC_LEVEL_NONE;
	  if (level != ESC_LEVEL_NONE && (p->heap < 0 || level < p->heap))
	    p->heap = (int8_t) level;
	}
      if (esc_find_member (result, esc_param_scalar (g, k)))
	p->result |= ESC_LEVEL_BIT (ESC_LEVEL_SCALARS);
    }
  for (uint32_t i = 0; i < result->npts; i++)
    {
      int k, level;
      if (!esc_param_level (g, result->pts[i].obj, &k, &level))
	s->result_unknown = true;
    }
  for (uint32_t f = 0; f < g->nfrees; f++)
    {
      const struct esc_location *ptr = &g->locs[g->frees[f].ptr];
      for (uint32_t i = 0; i < ptr->npts; i++)
	{
	  int k, level;
	  if (esc_param_level (g, ptr->pts[i].obj, &k, &level))
	    {
	      s->params[k].frees |= ESC_LEVEL_BIT (level);
	      if (g->frees[f].resizes)
		s->params[k].resizes |= ESC_LEVEL_BIT (level);
	    }
	}
    }
  /* What flowed into the caller's objects: every non-rule edge or address
     whose destination is one of them.  */
  for (uint32_t e = 0; e < g->nedges; e++)
    {
      const struct esc_edge *edge = &g->edges[e];
      int j, m;
      if (edge->rule || !esc_param_level (g, edge->dst, &j, &m))
	continue;
      const struct esc_location *src = &g->locs[edge->src];
      for (uint32_t i = 0; i < src->npts; i++)
	record_store (s, g, edge->dst, j, m, src->pts[i].obj);
    }
  for (uint32_t a = 0; a < g->naddrs; a++)
    {
      int j, m;
      if (esc_param_level (g, g->addrs[a].dst, &j, &m))
	record_store (s, g, g->addrs[a].dst, j, m, g->addrs[a].obj);
    }
  return s;
}
