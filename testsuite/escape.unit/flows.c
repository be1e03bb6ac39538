/* flows.c -- unit tests of single-function flows: addresses, copies,
   loads, stores, and the roots that make an object escape.  */

#include "unit.h"

static void
test_local_temp (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc p, q;
  esc_loc a = alloc_at (g, 0, &p);
  q = value (g);
  esc_flow (g, q, p, 0, W);		/* q = p */
  esc_solve (g);
  CHECK (!escapes (g, a), "local temporary does not escape");
  CHECK (esc_may_point_to (g, q, a), "copy carries the address");
  esc_graph_free (g);
}

static void
test_returned (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc p;
  esc_loc a = alloc_at (g, 0, &p);
  esc_flow (g, esc_result (g), p, 0, W);	/* return p */
  esc_solve (g);
  struct esc_verdict v = esc_verdict_of (g, a);
  CHECK (v.escapes, "returned object escapes");
  CHECK (v.holder == esc_result (g), "reason names the result");
  esc_graph_free (g);
}

static void
test_global (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc p, gp;
  esc_loc a = alloc_at (g, 0, &p);
  esc_loc glob = esc_loc_new (g, ESC_LOC_GLOBAL, 0, "g");
  gp = value (g);
  esc_flow (g, gp, glob, -1, W);	/* gp = &g */
  esc_store (g, gp, p, 0, W);		/* *gp = p */
  esc_solve (g);
  struct esc_verdict v = esc_verdict_of (g, a);
  CHECK (v.escapes, "object stored to a global escapes");
  CHECK (v.holder == glob, "reason names the global");
  esc_graph_free (g);
}

/* Go sends every *p = q to the heap; a store into a local object must
   stay local (golang/go#76488).  */
static void
test_store_into_local_object (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc pn, pb, t;
  esc_loc node = alloc_at (g, 0, &pn);
  esc_loc buf = alloc_at (g, 0, &pb);
  esc_store (g, pn, pb, 0, W);		/* node->buf = buf */
  t = value (g);
  esc_flow (g, t, pn, 1, W);		/* t = node->buf */
  esc_solve (g);
  CHECK (!escapes (g, buf) && !escapes (g, node),
	 "store into a local object stays local");
  CHECK (esc_may_point_to (g, t, buf), "load sees the stored pointer");
  esc_graph_free (g);
}

/* What an escaping object holds escapes with it, transitively.  */
static void
test_escaping_container (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc pl, pn, pd;
  esc_loc list = alloc_at (g, 0, &pl);
  esc_loc node = alloc_at (g, 0, &pn);
  esc_loc data = alloc_at (g, 0, &pd);
  esc_store (g, pl, pn, 0, W);		/* list->head = node */
  esc_store (g, pn, pd, 0, W);		/* node->data = data */
  esc_flow (g, esc_heap (g), pl, 0, W);	/* sink (list) */
  esc_solve (g);
  CHECK (escapes (g, list) && escapes (g, node) && escapes (g, data),
	 "contents of an escaping container escape");
  CHECK (esc_verdict_of (g, data).holder == node,
	 "reason names the escaping holder");
  esc_graph_free (g);
}

/* Loading from escaped memory gives unknown pointers; storing a local
   object through them escapes it.  */
static void
test_store_through_loaded_heap_pointer (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc pc, pb, q;
  esc_loc cont = alloc_at (g, 0, &pc);
  esc_loc buf = alloc_at (g, 0, &pb);
  esc_flow (g, esc_heap (g), pc, 0, W);	/* cont escapes */
  q = value (g);
  esc_flow (g, q, pc, 1, W);		/* q = cont->next (unknown) */
  esc_store (g, q, pb, 0, W);		/* q->x = buf */
  esc_solve (g);
  CHECK (escapes (g, cont), "sunk container escapes");
  CHECK (escapes (g, buf), "store through pointer loaded from escaped "
	 "memory escapes");
  esc_graph_free (g);
}

/* Two levels: returning what an object holds escapes that, not the
   object.  */
static void
test_two_level_load (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc pa, pb, r;
  esc_loc a = alloc_at (g, 0, &pa);
  esc_loc b = alloc_at (g, 0, &pb);
  esc_store (g, pa, pb, 0, W);		/* a->p = b */
  r = value (g);
  esc_flow (g, r, pa, 1, W);		/* r = a->p */
  esc_flow (g, esc_result (g), r, 0, W);	/* return r */
  esc_solve (g);
  CHECK (!escapes (g, a) && escapes (g, b),
	 "returning a loaded pointer escapes only its target");
  esc_graph_free (g);
}

static void
test_param_out (void)
{
  esc_graph *g = esc_graph_new (NULL, 1, false);
  esc_loc p;
  esc_loc a = alloc_at (g, 0, &p);
  esc_store (g, esc_param (g, 0), p, 0, W);	/* *out = p */
  esc_solve (g);
  struct esc_verdict v = esc_verdict_of (g, a);
  CHECK (v.escapes, "stored through an out-parameter escapes");
  CHECK (esc_loc_kind (g, v.holder) == ESC_LOC_PARAM_OBJ,
	 "reason names the parameter's object");
  esc_graph_free (g);
}

static void
test_free_site (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc p;
  esc_loc a = alloc_at (g, 0, &p);
  esc_free (g, p, W);
  esc_solve (g);
  CHECK (!escapes (g, a), "free is not an escape");
  CHECK (esc_free_site_count (g) == 1
	 && esc_may_point_to (g, esc_free_site_at (g, 0)->ptr, a),
	 "free site sees the object");
  esc_graph_free (g);
}

/* p = q; q = r; r = p: a cycle of copies shares one points-to set.  */
static void
test_copy_cycle (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc p = value (g), q = value (g), r = value (g), pa, pb;
  esc_loc a = alloc_at (g, 0, &pa);
  esc_loc b = alloc_at (g, 0, &pb);
  esc_flow (g, p, q, 0, W);
  esc_flow (g, q, r, 0, W);
  esc_flow (g, r, p, 0, W);
  esc_flow (g, p, pa, 0, W);
  esc_flow (g, r, pb, 0, W);
  esc_flow (g, esc_heap (g), q, 0, W);
  esc_solve (g);
  CHECK (esc_may_point_to (g, p, b) && esc_may_point_to (g, r, a)
	 && esc_points_to_count (g, q) == 2, "copy cycle: every member "
	 "holds both objects");
  CHECK (escapes (g, a) && escapes (g, b), "sinking one member of the "
	 "cycle escapes both");
  esc_graph_free (g);
}

/* Go's deref levels: x = **pp reaches the object two stores down, and
   &-then-* cancels.  */
static void
test_deref_levels (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc pbox, pitem, x = value (g), y = value (g);
  esc_loc box = alloc_at (g, 0, &pbox);
  esc_loc item = alloc_at (g, 0, &pitem);
  esc_loc var = esc_loc_new (g, ESC_LOC_LOCAL, 0, NULL);
  esc_store (g, pbox, pitem, 0, W);	/* box->item = item */
  esc_flow (g, var, pbox, 0, W);	/* var = box (var in memory) */
  esc_loc pvar = value (g);
  esc_flow (g, pvar, var, -1, W);	/* pvar = &var */
  esc_flow (g, x, pvar, 2, W);		/* x = **pvar = box->item */
  esc_flow (g, y, var, -1, W);
  esc_loc z = value (g);
  esc_flow (g, z, y, 1, W);		/* z = *&var = box */
  esc_solve (g);
  CHECK (esc_may_point_to (g, x, item) && !esc_may_point_to (g, x, box),
	 "two loads reach exactly two levels down");
  CHECK (esc_may_point_to (g, z, box) && esc_points_to_count (g, z) == 1,
	 "address then load gives back the value");
  (void) item;
  esc_graph_free (g);
}

/* An object's pointer and scalar parts: a pointer field and an integer
   field of the same object are told apart, unless the access punned.  */
static void
test_object_parts (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc pn, pd, n = value (g), c = value (g);
  esc_loc node = alloc_at (g, 0, &pn);
  esc_loc data = alloc_at (g, 0, &pd);
  esc_store_part (g, pn, pd, ESC_CONTENT_POINTER, W);	/* node->data = data */
  esc_load_part (g, n, pn, ESC_CONTENT_SCALAR, W);	/* n = node->len */
  esc_load_part (g, c, pn, ESC_CONTENT_ANY, W);	/* c = ((char *) node)[i] */
  esc_flow (g, esc_result (g), n, 0, W);		/* return n */
  esc_solve (g);
  CHECK (!escapes (g, data) && !esc_may_point_to (g, n, data),
	 "an integer field does not carry the pointer field");
  CHECK (esc_may_point_to (g, c, data), "a character access sees both parts");
  (void) node;
  esc_graph_free (g);
}

/* Of two reasons, the note gives the one whose statement comes first
   along the flow (its step), whichever holder the solver walks first.  */
static bool
global_named_first (uint32_t store_step, uint32_t return_step)
{
  struct esc_why store = { ESC_WHY_FLOW, NULL, NULL, 0, store_step };
  struct esc_why ret = { ESC_WHY_RETURN, NULL, NULL, 0, return_step };
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc p, gp;
  esc_loc a = alloc_at (g, 0, &p);
  esc_loc glob = esc_loc_new (g, ESC_LOC_GLOBAL, 0, "keep");
  gp = value (g);
  esc_flow (g, gp, glob, -1, W);
  esc_store (g, gp, p, 0, &store);	/* keep = p */
  esc_flow (g, esc_result (g), p, 0, &ret);	/* return p */
  esc_solve (g);
  bool named = esc_verdict_of (g, a).holder == glob;
  esc_graph_free (g);
  return named;
}

static void
test_first_reason (void)
{
  CHECK (global_named_first (3, 9), "the earlier store to a global is named");
  CHECK (!global_named_first (9, 3), "the earlier return is named");
}

static unsigned explained_steps;

static void
count_step (void *data, esc_loc dst, esc_loc src, bool address,
	    const struct esc_why *why)
{
  (void) data, (void) dst, (void) src, (void) address, (void) why;
  explained_steps++;
}

/* Two objects that hold each other, each by an earlier step than the
   last: choosing earlier holders must not make their chain a cycle.  */
static void
test_first_reason_cycle (void)
{
  struct esc_why early = { ESC_WHY_FLOW, NULL, NULL, 0, 1 };
  struct esc_why mid = { ESC_WHY_FLOW, NULL, NULL, 0, 2 };
  struct esc_why late = { ESC_WHY_UNKNOWN_CALL, NULL, "sink", 1, 5 };
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc pa, pb;
  esc_loc a = alloc_at (g, 0, &pa);
  esc_loc b = alloc_at (g, 0, &pb);
  esc_store (g, pb, pa, 0, &early);	/* b->y = a */
  esc_store (g, pa, pb, 0, &mid);	/* a->x = b */
  esc_flow (g, esc_heap (g), pa, 0, &late);	/* sink (a) */
  esc_solve (g);
  CHECK (esc_verdict_of (g, a).holder == esc_heap (g)
	 && esc_verdict_of (g, b).holder == a,
	 "held by each other: the chain still ends at HEAP");
  explained_steps = 0;
  esc_explain (g, b, count_step, NULL);
  CHECK (explained_steps > 0 && explained_steps < 16,
	 "the explanation of a mutual hold ends");
  esc_graph_free (g);
}

/* Sets past a few members keep a bitmap of them as well: members made
   after it (ids past its end, next to one another), repeated flows, a
   copy cycle and a copy between two sets with bitmaps (added a word at
   a time) must still give each member once.  */
static void
test_large_sets (void)
{
  enum { N = 200 };
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc v = value (g);
  esc_loc objs[2 * N];
  for (int i = 0; i < N; i++)
    {
      objs[2 * i] = esc_loc_new (g, ESC_LOC_ALLOC, 0, NULL);
      objs[2 * i + 1] = esc_loc_new (g, ESC_LOC_GLOBAL, 0, NULL);
      esc_flow (g, v, objs[2 * i], -1, W);	/* v = &obj */
      esc_flow (g, v, objs[2 * i + 1], -1, W);	/* v = &glob */
      esc_flow (g, v, objs[i], -1, W);		/* an earlier one again */
    }
  esc_loc w = value (g);
  esc_flow (g, w, v, 0, W);			/* w = v */
  esc_flow (g, v, w, 0, W);			/* v = w */
  /* A set with a bitmap of its own, then all of V's at once.  */
  esc_loc u = value (g);
  for (int i = 0; i < 2 * N; i += 7)
    esc_flow (g, u, objs[i], -1, W);
  esc_flow (g, u, v, 0, W);			/* u = v */
  esc_solve (g);
  CHECK (esc_points_to_count (g, v) == 2 * N
	 && esc_points_to_count (g, w) == 2 * N
	 && esc_points_to_count (g, u) == 2 * N,
	 "a large set holds each member once");
  bool all = true;
  for (int i = 0; i < 2 * N; i++)
    all &= esc_may_point_to (g, w, objs[i]) && esc_may_point_to (g, u, objs[i]);
  for (int i = 0; i < N; i++)
    all &= !escapes (g, objs[2 * i]);
  CHECK (all, "a large set holds every member, made before or after its bitmap");
  esc_graph_free (g);
}

/* A load found while solving makes an edge from an object whose members
   have all been pushed along already: the new edge must carry them at
   once, here a word of the bitmap at a time into a set that has one.
   The worklist is a stack, so the object, filled last while building,
   is visited before the pointer that reaches it.  */
static void
test_edge_after_visit (void)
{
  enum { N = 300 };
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc objs[N];
  esc_loc v = value (g), u = value (g), q = value (g), r = value (g);
  esc_loc s = value (g), pb = value (g);
  for (int i = 0; i < N; i++)
    {
      objs[i] = esc_loc_new (g, ESC_LOC_ALLOC, 0, NULL);
      esc_flow (g, v, objs[i], -1, W);		/* v = &obj */
      if (i % 10 == 0)
	esc_flow (g, u, objs[i], -1, W);	/* u = &obj, a few */
    }
  esc_loc box = esc_loc_new (g, ESC_LOC_ALLOC, 0, NULL);
  esc_flow (g, u, q, 1, W);			/* u = *q */
  esc_flow (g, q, r, 0, W);			/* q = r */
  esc_flow (g, r, s, 0, W);			/* r = s */
  esc_flow (g, s, box, -1, W);			/* s = &box */
  esc_flow (g, pb, box, -1, W);			/* pb = &box */
  esc_store (g, pb, v, 0, W);			/* *pb = v */
  esc_solve (g);
  bool all = esc_points_to_count (g, u) == N;
  for (int i = 0; i < N; i++)
    all &= esc_may_point_to (g, u, objs[i]);
  CHECK (all, "an edge made while solving carries what its source holds");
  esc_graph_free (g);
}

/* Everything reachable through a value is one location, whichever call
   asks: three calls passing V share it, and it still holds what V's
   objects reach at any depth, found before or after it was made.  */
static void
test_shared_reachable (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc v = value (g), w = value (g), p1, p2, p3;
  esc_loc a = alloc_at (g, 0, &p1);
  esc_loc b = alloc_at (g, 0, &p2);
  esc_flow (g, v, p1, 0, W);			/* v = a */
  esc_store (g, p1, p2, 0, W);			/* *a = b */
  esc_loc t = esc_reachable (g, v, W);
  esc_loc c = alloc_at (g, 0, &p3);
  esc_store (g, p2, p3, 0, W);			/* *b = c, after */
  CHECK (esc_reachable (g, v, W) == t && esc_reachable (g, v, W) == t,
	 "calls passing one value share what it reaches");
  CHECK (esc_reachable (g, w, W) != t,
	 "another value reaches through a location of its own");
  esc_flow (g, esc_heap (g), t, 0, W);		/* a call leaks it */
  esc_solve (g);
  CHECK (esc_may_point_to (g, t, b) && esc_may_point_to (g, t, c)
	 && !esc_may_point_to (g, t, a),
	 "the shared location holds what is reachable, not the value's own");
  CHECK (escapes (g, b) && escapes (g, c) && !escapes (g, a),
	 "what a call leaks through it escapes");
  esc_graph_free (g);
}

/* A set that holds HEAP stands for every escaped object: one that has
   escaped is not added to it, one that has not always is, and what goes
   through the set escapes as before.  */
static void
test_heap_stands_for_escaped (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc pe, px, pw, pz;
  esc_loc e = alloc_at (g, 0, &pe);
  esc_loc x = alloc_at (g, 0, &px);
  esc_loc w = alloc_at (g, 0, &pw);
  esc_loc z = alloc_at (g, 0, &pz);
  esc_flow (g, esc_heap (g), pe, 0, W);		/* unknown (e) */
  esc_loc p = value (g);
  esc_flow (g, p, esc_heap (g), -1, W);		/* p = unknown memory */
  esc_flow (g, p, pe, 0, W);			/* p = e */
  esc_flow (g, p, pw, 0, W);			/* p = w */
  esc_store (g, pe, px, 0, W);			/* e->next = x */
  esc_store (g, p, pz, 0, W);			/* p->next = z */
  esc_loc q = value (g);
  esc_flow (g, q, p, 1, W);			/* q = p->next */
  esc_solve (g);
  CHECK (escapes (g, e) && !esc_may_point_to (g, p, e),
	 "an escaped object is not added to a set that holds HEAP");
  CHECK (!escapes (g, w) && esc_may_point_to (g, p, w),
	 "one that has not escaped is");
  CHECK (escapes (g, x) && escapes (g, z) && esc_may_point_to (g, q, esc_heap (g)),
	 "what is stored or loaded through the set goes through HEAP");
  esc_graph_free (g);
}

int
main (void)
{
  test_copy_cycle ();
  test_deref_levels ();
  test_object_parts ();
  test_local_temp ();
  test_returned ();
  test_global ();
  test_store_into_local_object ();
  test_escaping_container ();
  test_store_through_loaded_heap_pointer ();
  test_two_level_load ();
  test_param_out ();
  test_free_site ();
  test_first_reason ();
  test_first_reason_cycle ();
  test_large_sets ();
  test_edge_after_visit ();
  test_shared_reachable ();
  test_heap_stands_for_escaped ();
  totals ();
  return 0;
}
