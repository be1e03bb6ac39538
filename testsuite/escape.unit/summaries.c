/* summaries.c -- unit tests of interprocedural summaries: computing them
   from a callee's graph, applying them at calls (direct, through function
   pointers, through trampolines), and fixed points over recursive
   components.  */

#include "unit.h"

enum { KEEP, ID, GETTER, PUSH, APPEND, CONSUME, MK, H1, H2, H3, REC_A, REC_B,
       NESTED, VARIADIC, WRAP, TOTAL, RELEASE_KEY, KEEP_KEY, RELEASE_NODE,
       PICK, SET_COUNT, GROWING, NESTED_VARIADIC, NFUNCS };

static esc_program *prog;

static void
summarize_into_program (esc_graph *g, int id)
{
  esc_solve (g);
  esc_summary *s = esc_summarize (g);
  esc_program_set_summary (prog, id, s);
  esc_summary_free (s);
  esc_graph_free (g);
}

static const struct esc_param_summary *
param_of (int id, int k)
{
  return &esc_program_summary (prog, id)->params[k];
}

/* A direct call: r = f (args...).  */
static void
call (esc_graph *g, int id, esc_loc r, int nargs, const esc_loc *args)
{
  struct esc_call c = { id, ESC_NO_LOC, args, nargs, r,
			{ ESC_WHY_CALL, NULL, "f", 0 } };
  esc_call (g, &c);
}

static void
build_callees (void)
{
  esc_graph *g;
  esc_loc t;

  /* keep (p) { global = p; }  */
  g = esc_graph_new (prog, 1, false);
  esc_loc glob = esc_loc_new (g, ESC_LOC_GLOBAL, 0, "global");
  esc_flow (g, glob, esc_param (g, 0), 0, W);
  summarize_into_program (g, KEEP);

  /* id (p) { return p; }  */
  g = esc_graph_new (prog, 1, false);
  esc_flow (g, esc_result (g), esc_param (g, 0), 0, W);
  summarize_into_program (g, ID);

  /* getter (p) { return p->name; }  */
  g = esc_graph_new (prog, 1, false);
  t = value (g);
  esc_flow (g, t, esc_param (g, 0), 1, W);
  esc_flow (g, esc_result (g), t, 0, W);
  summarize_into_program (g, GETTER);

  /* push (l, n) { n->next = l->head; l->head = n; }, stores of
     pointer-typed fields.  */
  g = esc_graph_new (prog, 2, false);
  t = value (g);
  esc_flow (g, t, esc_param (g, 0), 1, W);
  esc_store_part (g, esc_param (g, 1), t, ESC_CONTENT_POINTER, W);
  esc_store_part (g, esc_param (g, 0), esc_param (g, 1), ESC_CONTENT_POINTER,
		  W);
  summarize_into_program (g, PUSH);

  /* set_count (l, n) { l->count = (long) n; }: a pointer kept as an
     integer in the caller's object.  */
  g = esc_graph_new (prog, 2, false);
  esc_store_part (g, esc_param (g, 0), esc_param (g, 1), ESC_CONTENT_SCALAR,
		  W);
  summarize_into_program (g, SET_COUNT);

  /* append (l, n) { t = l->head; t->next = n; }  */
  g = esc_graph_new (prog, 2, false);
  t = value (g);
  esc_flow (g, t, esc_param (g, 0), 1, W);
  esc_store (g, t, esc_param (g, 1), 0, W);
  summarize_into_program (g, APPEND);

  /* consume (p) { free (p); }  */
  g = esc_graph_new (prog, 1, false);
  esc_free (g, esc_param (g, 0), W);
  summarize_into_program (g, CONSUME);

  /* mk (out) { *out = malloc (); }  */
  g = esc_graph_new (prog, 1, false);
  esc_loc p;
  alloc_at (g, 0, &p);
  esc_store (g, esc_param (g, 0), p, 0, W);
  summarize_into_program (g, MK);

  /* wrap (p) { w = malloc (); w->x = p; return w; }  */
  g = esc_graph_new (prog, 1, false);
  esc_loc w;
  alloc_at (g, 0, &w);
  esc_store (g, w, esc_param (g, 0), 0, W);
  esc_flow (g, esc_result (g), w, 0, W);
  summarize_into_program (g, WRAP);

  /* total (l) { return l->count; }: an integer read through l.  */
  g = esc_graph_new (prog, 1, false);
  t = value (g);
  esc_load_part (g, t, esc_param (g, 0), ESC_CONTENT_SCALAR, W);
  esc_flow (g, esc_result (g), t, 0, W);
  summarize_into_program (g, TOTAL);

  /* release_key (s) { free ((void *) s->key); }  and
     keep_key (s) { global = (void *) s->key; }: integers turned back into
     pointers (which also makes them point anywhere).  */
  for (int f = RELEASE_KEY; f <= KEEP_KEY; f++)
    {
      g = esc_graph_new (prog, 1, false);
      t = value (g);
      esc_load_part (g, t, esc_param (g, 0), ESC_CONTENT_SCALAR, W);
      esc_loc ptr = value (g);
      esc_flow (g, ptr, t, 0, W);
      esc_flow (g, ptr, esc_heap (g), -1, W);
      if (f == RELEASE_KEY)
	esc_free (g, ptr, W);
      else
	esc_flow (g, esc_loc_new (g, ESC_LOC_GLOBAL, 0, "global"), ptr, 0, W);
      summarize_into_program (g, f);
    }

  /* release_node (n) { free (n->buf); free (n); }: two levels at once
     (found by the fuzzer: a summary that kept only the lowest level freed
     the caller's buffer, moved to the stack, through n->buf).  */
  g = esc_graph_new (prog, 1, false);
  t = value (g);
  esc_flow (g, t, esc_param (g, 0), 1, W);
  esc_free (g, t, W);
  esc_free (g, esc_param (g, 0), W);
  summarize_into_program (g, RELEASE_NODE);

  /* pick (p, c) { return c ? p : p->next; }  */
  g = esc_graph_new (prog, 1, false);
  t = value (g);
  esc_flow (g, t, esc_param (g, 0), 1, W);
  esc_flow (g, esc_result (g), t, 0, W);
  esc_flow (g, esc_result (g), esc_param (g, 0), 0, W);
  summarize_into_program (g, PICK);

  /* h3 (p) { return p[0]; } (reads only), h2 (p) { h3 (p); },
     h1 (p) { h2 (p); }  */
  g = esc_graph_new (prog, 1, false);
  t = value (g);
  esc_flow (g, t, esc_param (g, 0), 1, W);
  summarize_into_program (g, H3);
  g = esc_graph_new (prog, 1, false);
  call (g, H3, ESC_NO_LOC, 1, (esc_loc[]) { esc_param (g, 0) });
  summarize_into_program (g, H2);
  g = esc_graph_new (prog, 1, false);
  call (g, H2, ESC_NO_LOC, 1, (esc_loc[]) { esc_param (g, 0) });
  summarize_into_program (g, H1);
}

static void
test_computed_summaries (void)
{
  CHECK (param_of (KEEP, 0)->heap == 0, "keep: leaking param");
  CHECK (param_of (ID, 0)->result == ESC_LEVEL_BIT (0) && param_of (ID, 0)->heap < 0,
	 "id: leaking param to result level=0");
  CHECK ((param_of (GETTER, 0)->result & ESC_LEVEL_BIT (1))
	 && !(param_of (GETTER, 0)->result & ESC_LEVEL_BIT (0)),
	 "getter: leaking param to result level=1");
  CHECK (param_of (PUSH, 1)->into[0][0][0] == ESC_LEVEL_BIT (0)
	 && !param_of (PUSH, 1)->into[0][0][1] && param_of (PUSH, 1)->heap < 0,
	 "push: n stored into *l's pointers, not leaked");
  CHECK (param_of (APPEND, 1)->into[0][1][0] == ESC_LEVEL_BIT (0),
	 "append: n stored into **l");
  CHECK (param_of (SET_COUNT, 1)->into[0][0][1] == ESC_LEVEL_BIT (0)
	 && !param_of (SET_COUNT, 1)->into[0][0][0],
	 "set_count: n stored into *l's integers");
  CHECK (param_of (CONSUME, 0)->frees == ESC_LEVEL_BIT (0), "consume: frees param");
  CHECK (param_of (MK, 0)->clobbered == ESC_LEVEL_BIT (0) && param_of (MK, 0)->heap < 0,
	 "mk: heap pointer stored into *out");
  CHECK (param_of (WRAP, 0)->heap == 0
	 && esc_program_summary (prog, WRAP)->result_unknown,
	 "wrap: stored in a returned allocation is leaking (Go: moved to "
	 "heap)");
  CHECK (param_of (RELEASE_NODE, 0)->frees
	 == (ESC_LEVEL_BIT (0) | ESC_LEVEL_BIT (1)),
	 "release_node: frees param and param content");
  CHECK ((param_of (PICK, 0)->result & ESC_LEVEL_BIT (0))
	 && (param_of (PICK, 0)->result & ESC_LEVEL_BIT (1)),
	 "pick: to result at level 0 and level 1");
  CHECK (param_of (TOTAL, 0)->result == ESC_LEVEL_BIT (ESC_LEVEL_SCALARS)
	 && param_of (TOTAL, 0)->heap < 0,
	 "total: returns integers read through l, no pointer");
  CHECK (param_of (RELEASE_KEY, 0)->frees == ESC_LEVEL_BIT (1),
	 "release_key: frees what an integer in *s points to");
  CHECK (param_of (KEEP_KEY, 0)->heap == 1,
	 "keep_key: what an integer in *s points to leaks");
  CHECK (param_of (H1, 0)->heap < 0 && !param_of (H1, 0)->result
	 && !param_of (H1, 0)->frees, "h1 -> h2 -> h3: does not escape");
}

static void
test_applied_summaries (void)
{
  esc_graph *g = esc_graph_new (prog, 0, false);
  esc_loc pk, pi, pl, pn, pd, pc, ph, r, var, tv, buf_ptr;
  esc_loc kept = alloc_at (g, 0, &pk);
  esc_loc through_id = alloc_at (g, 0, &pi);
  esc_loc list = alloc_at (g, 0, &pl);
  esc_loc node = alloc_at (g, 0, &pn);
  esc_loc dropped = alloc_at (g, 0, &pd);
  esc_loc consumed = alloc_at (g, 0, &pc);
  esc_loc helped = alloc_at (g, 0, &ph);
  esc_loc buf = alloc_at (g, 0, &buf_ptr);

  call (g, KEEP, ESC_NO_LOC, 1, (esc_loc[]) { pk });
  r = value (g);
  call (g, ID, r, 1, (esc_loc[]) { pi });
  esc_flow (g, esc_result (g), r, 0, W);		/* return id (p) */
  call (g, PUSH, ESC_NO_LOC, 2, (esc_loc[]) { pl, pn });
  call (g, APPEND, ESC_NO_LOC, 2, (esc_loc[]) { pl, pd });
  call (g, CONSUME, ESC_NO_LOC, 1, (esc_loc[]) { pc });
  call (g, H1, ESC_NO_LOC, 1, (esc_loc[]) { ph });
  /* T *t; mk (&t); t->x = buf;  */
  var = esc_loc_new (g, ESC_LOC_LOCAL, 0, NULL);
  tv = value (g);
  esc_flow (g, tv, var, -1, W);
  call (g, MK, ESC_NO_LOC, 1, (esc_loc[]) { tv });
  r = value (g);
  esc_flow (g, r, var, 0, W);
  esc_store (g, r, buf_ptr, 0, W);
  esc_solve (g);

  struct esc_verdict v = esc_verdict_of (g, kept);
  CHECK (v.escapes && v.why.kind == ESC_WHY_CALL && v.why.argno == 1,
	 "passed to keep: escapes, parameter 1 leaks");
  CHECK (escapes (g, through_id), "returned through id: escapes");
  CHECK (!escapes (g, list) && !escapes (g, node) && !escapes (g, dropped),
	 "local list built by push/append stays local");
  v = esc_verdict_of (g, consumed);
  CHECK (v.freed_by_callee && !escapes (g, consumed),
	 "consume: freed by callee");
  CHECK (v.freed_why.kind == ESC_WHY_CALL && v.freed_why.callee
	 && v.freed_why.argno == 1, "consume: the freeing call is named");
  CHECK (!escapes (g, helped), "buffer passed down three helpers that don't "
	 "keep it does not escape");
  CHECK (escapes (g, buf), "stored through pointer that mk set to heap "
	 "memory: escapes");
  esc_graph_free (g);

  /* The same list, sunk afterwards: nodes go with it.  */
  g = esc_graph_new (prog, 0, false);
  list = alloc_at (g, 0, &pl);
  node = alloc_at (g, 0, &pn);
  dropped = alloc_at (g, 0, &pd);
  call (g, PUSH, ESC_NO_LOC, 2, (esc_loc[]) { pl, pn });
  call (g, APPEND, ESC_NO_LOC, 2, (esc_loc[]) { pl, pd });
  call (g, KEEP, ESC_NO_LOC, 1, (esc_loc[]) { pl });
  esc_solve (g);
  CHECK (escapes (g, list) && escapes (g, node) && escapes (g, dropped),
	 "list passed to keep: its nodes escape too");
  esc_graph_free (g);
}

/* What a callee stores into the caller's object lands in the part it
   was stored in: an integer read from a list that push filled holds no
   node (when the integer is lost to the analysis, as a narrower one is,
   the node would escape), one read after set_count does.  */
static bool
node_escapes_through_count (int id)
{
  esc_graph *g = esc_graph_new (prog, 0, false);
  esc_loc pl, pn;
  esc_loc list = alloc_at (g, 0, &pl);
  esc_loc node = alloc_at (g, 0, &pn);
  call (g, id, ESC_NO_LOC, 2, (esc_loc[]) { pl, pn });
  esc_loc count = value (g);
  esc_load_part (g, count, pl, ESC_CONTENT_SCALAR, W);	/* (int) l->count */
  esc_flow (g, esc_untracked (g), count, 0, W);
  esc_solve (g);
  bool escaped = escapes (g, node);
  (void) list;
  esc_graph_free (g);
  return escaped;
}

static void
test_stored_parts (void)
{
  CHECK (!node_escapes_through_count (PUSH),
	 "push stores a pointer: the list's integers do not hold it");
  CHECK (node_escapes_through_count (SET_COUNT),
	 "set_count stores an integer: the list's integers hold it");
}

/* Both levels at once, at the caller.  */
static void
test_two_levels (void)
{
  /* nd->buf = malloc (); release_node (nd);  */
  esc_graph *g = esc_graph_new (prog, 0, false);
  esc_loc pn, pb, r = value (g), pt, t = value (g);
  alloc_at (g, 0, &pn);
  esc_loc buf = alloc_at (g, 0, &pb);
  esc_store (g, pn, pb, 0, W);
  call (g, RELEASE_NODE, ESC_NO_LOC, 1, (esc_loc[]) { pn });
  /* q = pick (list, c); q->data = thing; sink (list->next)  */
  esc_loc pl, pnext;
  alloc_at (g, 0, &pl);
  esc_loc next = alloc_at (g, 0, &pnext);
  esc_loc thing = alloc_at (g, 0, &pt);
  esc_store (g, pl, pnext, 0, W);
  call (g, PICK, r, 1, (esc_loc[]) { pl });
  esc_store (g, r, pt, 0, W);
  esc_flow (g, t, pl, 1, W);
  esc_flow (g, esc_heap (g), t, 0, W);
  esc_solve (g);
  CHECK (esc_verdict_of (g, buf).freed_by_callee,
	 "a buffer freed through the node's field is freed by the callee");
  CHECK (esc_may_point_to (g, r, next) && escapes (g, thing),
	 "a result that may be p->next: storing into it reaches the next "
	 "node, which escapes");
  (void) next;
  esc_graph_free (g);
}

/* The caller's side of integers read through parameters.  */
static void
test_scalar_summaries (void)
{
  /* list->head = node; n = total (list); return n;  */
  esc_graph *g = esc_graph_new (prog, 0, false);
  esc_loc pl, pn, r = value (g);
  esc_loc list = alloc_at (g, 0, &pl);
  esc_loc node = alloc_at (g, 0, &pn);
  esc_store_part (g, pl, pn, ESC_CONTENT_POINTER, W);
  call (g, TOTAL, r, 1, (esc_loc[]) { pl });
  esc_flow (g, esc_result (g), r, 0, W);
  esc_solve (g);
  CHECK (!escapes (g, list) && !escapes (g, node),
	 "returning an integer total of a list keeps the list local");
  esc_graph_free (g);

  /* s.key = (uintptr_t) malloc (); release_key (&s) / keep_key (&s).  */
  for (int f = RELEASE_KEY; f <= KEEP_KEY; f++)
    {
      g = esc_graph_new (prog, 0, false);
      esc_loc pk, ps;
      esc_loc key = alloc_at (g, 0, &pk);
      alloc_at (g, 0, &ps);
      esc_store_part (g, ps, pk, ESC_CONTENT_SCALAR, W);
      call (g, f, ESC_NO_LOC, 1, (esc_loc[]) { ps });
      esc_solve (g);
      if (f == RELEASE_KEY)
	CHECK (esc_verdict_of (g, key).freed_by_callee,
	       "an object kept as an integer and freed by the callee is "
	       "freed by the callee");
      else
	CHECK (escapes (g, key), "an object kept as an integer that the "
	       "callee stores globally escapes");
      esc_graph_free (g);
    }
}

static void
test_opaque_and_varargs (void)
{
  esc_graph *g = esc_graph_new (prog, 0, false);
  esc_loc p, q;
  esc_loc a = alloc_at (g, 0, &p);
  esc_loc b = alloc_at (g, 0, &q);
  /* NFUNCS has no summary: opaque.  */
  struct esc_call c = { NFUNCS, ESC_NO_LOC, (esc_loc[]) { p }, 1, ESC_NO_LOC,
			{ ESC_WHY_CALL, NULL, "ext", 0 } };
  esc_call (g, &c);
  /* variadic (fmt, ...) with one named parameter that does not escape.  */
  esc_graph *v = esc_graph_new (prog, 1, false);
  summarize_into_program (v, VARIADIC);
  struct esc_call d = { VARIADIC, ESC_NO_LOC, (esc_loc[]) { ESC_NO_LOC, q }, 2,
			ESC_NO_LOC, { ESC_WHY_CALL, NULL, "variadic", 0 } };
  esc_call (g, &d);
  esc_solve (g);
  struct esc_verdict va = esc_verdict_of (g, a);
  CHECK (va.escapes && va.why.kind == ESC_WHY_UNKNOWN_CALL,
	 "argument of an opaque function escapes");
  CHECK (esc_verdict_of (g, b).why.kind == ESC_WHY_VARARGS
	 && escapes (g, b), "variadic argument escapes");
  esc_graph_free (g);

  /* A nested variadic function (n, ...) whose static chain does not
     escape: the call passes n, one variadic argument, then the chain.
     The variadic argument escapes, the chain's frame does not.  */
  g = esc_graph_new (prog, 0, false);
  esc_loc frame, arg;
  esc_loc fo = alloc_at (g, 0, &frame);
  esc_loc ao = alloc_at (g, 0, &arg);
  esc_graph *nv = esc_graph_new (prog, 2, true);
  summarize_into_program (nv, NESTED_VARIADIC);
  struct esc_call e = { NESTED_VARIADIC, ESC_NO_LOC,
			(esc_loc[]) { ESC_NO_LOC, arg, frame }, 3,
			ESC_NO_LOC,
			{ ESC_WHY_CALL, NULL, "nested_variadic", 0 }, true };
  esc_call (g, &e);
  esc_solve (g);
  CHECK (escapes (g, ao) && esc_verdict_of (g, ao).why.kind == ESC_WHY_VARARGS,
	 "the first variadic argument of a nested function escapes, not "
	 "taken for its static chain");
  CHECK (!escapes (g, fo), "the static chain passed last goes to the chain "
	 "parameter, which does not escape");
  esc_graph_free (g);
}

static void
test_indirect_calls (void)
{
  /* fp = c ? &id : &h1; r = fp (p);  r is p's object, nothing escapes.  */
  esc_graph *g = esc_graph_new (prog, 0, false);
  esc_loc p, fp = value (g), r = value (g);
  esc_loc a = alloc_at (g, 0, &p);
  esc_flow (g, fp, esc_func (g, ID), -1, W);
  esc_flow (g, fp, esc_func (g, H1), -1, W);
  struct esc_call c = { -1, fp, (esc_loc[]) { p }, 1, r,
			{ ESC_WHY_CALL, NULL, NULL, 0 } };
  esc_call (g, &c);
  esc_solve (g);
  CHECK (!escapes (g, a) && esc_may_point_to (g, r, a),
	 "call through known targets uses their summaries");
  esc_graph_free (g);

  /* A table entry that also holds keep: escapes.  */
  g = esc_graph_new (prog, 0, false);
  fp = value (g);
  a = alloc_at (g, 0, &p);
  esc_loc table = esc_loc_new (g, ESC_LOC_LOCAL, 0, NULL);
  esc_flow (g, table, esc_func (g, H1), -1, W);
  esc_flow (g, table, esc_func (g, KEEP), -1, W);
  esc_flow (g, fp, table, 0, W);
  struct esc_call d = { -1, fp, (esc_loc[]) { p }, 1, ESC_NO_LOC,
			{ ESC_WHY_CALL, NULL, NULL, 0 } };
  esc_call (g, &d);
  esc_solve (g);
  CHECK (escapes (g, a), "call through a table holding keep: escapes");
  esc_graph_free (g);

  /* A pointer loaded from unknown memory: unknown target.  */
  g = esc_graph_new (prog, 0, false);
  fp = value (g);
  a = alloc_at (g, 0, &p);
  esc_loc glob = esc_loc_new (g, ESC_LOC_GLOBAL, 0, "handler");
  esc_flow (g, fp, glob, 0, W);
  struct esc_call e = { -1, fp, (esc_loc[]) { p }, 1, ESC_NO_LOC,
			{ ESC_WHY_CALL, NULL, NULL, 0 } };
  esc_call (g, &e);
  esc_solve (g);
  CHECK (escapes (g, a) && esc_verdict_of (g, a).why.kind
	 == ESC_WHY_INDIRECT_CALL, "call through unknown pointer: escapes");
  esc_graph_free (g);
}

static void
test_trampoline (void)
{
  /* nested (x) { chain->saved = x; }: the static chain is its last
     parameter.  */
  esc_graph *n = esc_graph_new (prog, 2, true);
  esc_store (n, esc_param (n, 1), esc_param (n, 0), 0, W);
  summarize_into_program (n, NESTED);

  for (int sunk = 0; sunk < 2; sunk++)
    {
      /* FRAME frame; init_trampoline (&tramp, nested, &frame);
	 fp = adjust_trampoline (&tramp); fp (buf); [keep (fp);]  */
      esc_graph *g = esc_graph_new (prog, 0, false);
      esc_loc p, fp = value (g);
      esc_loc buf = alloc_at (g, 0, &p);
      esc_loc frame = esc_loc_new (g, ESC_LOC_LOCAL, 0, NULL);
      esc_loc tramp = esc_loc_new (g, ESC_LOC_LOCAL, 0, NULL);
      esc_mark_trampoline (g, tramp);
      esc_flow (g, tramp, esc_func (g, NESTED), -1, W);
      esc_flow (g, tramp, frame, -1, W);
      esc_flow (g, fp, tramp, -1, W);
      struct esc_call c = { -1, fp, (esc_loc[]) { p }, 1, ESC_NO_LOC,
			    { ESC_WHY_CALL, NULL, NULL, 0 } };
      esc_call (g, &c);
      if (sunk)
	call (g, KEEP, ESC_NO_LOC, 1, (esc_loc[]) { fp });
      esc_solve (g);
      if (!sunk)
	CHECK (!escapes (g, buf) && esc_may_point_to (g, frame, buf),
	       "nested function called locally: stores into the frame, "
	       "nothing escapes");
      else
	CHECK (escapes (g, buf), "trampoline escapes: the frame and what "
	       "it holds escape");
      esc_graph_free (g);
    }
}

/* rec_a (p) { rec_b (p); }  rec_b (p) { rec_a (p); global = p; }
   Summaries of a recursive component start empty and grow to a fixed
   point.  */
static void
test_recursive_component (void)
{
  esc_summary *bottom = esc_summarize_empty (1);
  esc_program_set_summary (prog, REC_A, bottom);
  esc_program_set_summary (prog, REC_B, bottom);
  esc_summary_free (bottom);
  int rounds = 0;
  bool changed = true;
  while (changed && rounds < 10)
    {
      changed = false;
      rounds++;
      for (int f = REC_A; f <= REC_B; f++)
	{
	  esc_graph *g = esc_graph_new (prog, 1, false);
	  call (g, f == REC_A ? REC_B : REC_A, ESC_NO_LOC, 1,
		(esc_loc[]) { esc_param (g, 0) });
	  if (f == REC_B)
	    esc_flow (g, esc_loc_new (g, ESC_LOC_GLOBAL, 0, "g"),
		      esc_param (g, 0), 0, W);
	  esc_solve (g);
	  esc_summary *s = esc_summarize (g);
	  if (!esc_summary_equal (s, esc_program_summary (prog, f)))
	    {
	      changed = true;
	      esc_program_set_summary (prog, f, s);
	    }
	  esc_summary_free (s);
	  esc_graph_free (g);
	}
    }
  CHECK (!changed, "recursive component reaches a fixed point (%d rounds)",
	 rounds);
  CHECK (param_of (REC_A, 0)->heap == 0 && param_of (REC_B, 0)->heap == 0,
	 "both functions of the cycle leak their parameter");
}

/* A caller of GROWING (p, q), twice, with the allocations A and B.  */
static esc_graph *
growing_caller (esc_loc *a, esc_loc *b)
{
  esc_graph *g = esc_graph_new (prog, 0, false);
  esc_loc pa, pb;
  *a = alloc_at (g, 0, &pa);
  *b = alloc_at (g, 0, &pb);
  call (g, GROWING, ESC_NO_LOC, 2, (esc_loc[]) { pa, pb });
  call (g, GROWING, ESC_NO_LOC, 2, (esc_loc[]) { pa, pb });
  esc_solve (g);
  return g;
}

/* A summary that grew after its callers were solved (a member of a
   recursive component, between rounds) is applied again by what it
   added: the graph solved on answers as one built afresh does, and
   what the old summary said is not applied twice.  */
static void
test_reapplied_summary (void)
{
  esc_summary *empty = esc_summarize_empty (2);
  esc_program_set_summary (prog, GROWING, empty);
  esc_loc a, b, a2, b2;
  esc_graph *g = growing_caller (&a, &b);
  CHECK (!escapes (g, a) && !escapes (g, b)
	 && esc_free_site_count (g) == 0, "an empty summary keeps both");

  /* It frees p.  */
  esc_summary *frees = esc_summarize_empty (2);
  frees->params[0].frees = ESC_LEVEL_BIT (0);
  esc_program_set_summary (prog, GROWING, frees);
  CHECK (esc_reapply_summary (g, GROWING, empty), "frees p: applied again");
  esc_solve (g);
  CHECK (esc_verdict_of (g, a).freed_by_callee && !escapes (g, b)
	 && esc_free_site_count (g) == 2, "frees p: one free site per call");

  /* It frees p and keeps q.  */
  esc_summary *keeps = esc_summarize_empty (2);
  keeps->params[0].frees = ESC_LEVEL_BIT (0);
  keeps->params[1].heap = 0;
  esc_program_set_summary (prog, GROWING, keeps);
  CHECK (esc_reapply_summary (g, GROWING, frees), "keeps q: applied again");
  esc_solve (g);
  esc_graph *fresh = growing_caller (&a2, &b2);
  CHECK (escapes (g, b) && escapes (fresh, b2)
	 && esc_verdict_of (g, a).freed_by_callee
	 && esc_verdict_of (fresh, a2).freed_by_callee
	 && !escapes (g, a) && !escapes (fresh, a2),
	 "solved on, the graph answers as one built afresh");
  CHECK (esc_free_site_count (g) == 2 && esc_free_site_count (fresh) == 2,
	 "what the summary said before is not applied twice");
  esc_graph_free (fresh);

  /* Gone: the graph must be read again.  */
  esc_program_clear_summary (prog, GROWING);
  CHECK (!esc_reapply_summary (g, GROWING, keeps),
	 "no summary now: nothing to apply, read the caller again");
  esc_graph_free (g);
  esc_summary_free (empty);
  esc_summary_free (frees);
  esc_summary_free (keeps);
}

int
main (void)
{
  prog = esc_program_new ();
  build_callees ();
  test_computed_summaries ();
  test_applied_summaries ();
  test_scalar_summaries ();
  test_stored_parts ();
  test_two_levels ();
  test_opaque_and_varargs ();
  test_indirect_calls ();
  test_trampoline ();
  test_recursive_component ();
  test_reapplied_summary ();
  esc_program_free (prog);
  totals ();
  return 0;
}
