/* analyze.cc -- the pass's work on one strongly connected component.

   plugin.cc walks the call graph's components callees first and calls
   esc_analyze_scc for each.  Here:
   1. every function of the component is read into a graph (build.cc) and
      solved; its summary goes to the program, where callers and the
      other members find it.  A recursive component starts from empty
      summaries and repeats until they stop growing (they only grow, so
      this ends; after MAX_ROUNDS the members are made opaque instead,
      which is always sound);
   2. opaque functions (interposable, noipa) get no summary: callers
      treat them as unknown code.  A function with a statement the bridge
      does not understand gets no summary either;
   3. the policy places each allocation site, the report says what was
      decided, and the rewrite (rewrite.cc) applies it unless
      transform=no.  */

#include "gcc-includes.h"
#include "bridge.h"

/* Recursive components rarely need more than three rounds.  */
#define MAX_ROUNDS 10

static esc_program *program;

void
esc_unit_begin (void)
{
  program = esc_program_new ();
}

void
esc_unit_end (void)
{
  esc_program_free (program);
  program = NULL;
  esc_report_unit_end ();
}

static bool
opaque_p (cgraph_node *node)
{
  enum availability avail;
  node->ultimate_alias_target (&avail);
  return avail <= AVAIL_INTERPOSABLE
	 || lookup_attribute ("noipa", DECL_ATTRIBUTES (node->decl));
}

static bool
has_allocation_call (function *fun)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (is_gimple_call (gsi_stmt (gsi))
	  && esc_alloc_call_kind (gsi_stmt (gsi)) != ESC_ALLOC_NONE)
	return true;
  return false;
}

static int
param_count (cgraph_node *node)
{
  function *fun = DECL_STRUCT_FUNCTION (node->decl);
  return list_length (DECL_ARGUMENTS (node->decl))
	 + (fun && fun->static_chain_decl ? 1 : 0);
}

static bool
calls_itself (cgraph_node *node)
{
  for (cgraph_edge *e = node->callees; e; e = e->next_callee)
    if (e->callee->ultimate_alias_target () == node)
      return true;
  return false;
}

/* Whether NODE calls code that may call back into the unit: a call
   through a pointer, or an outside function that is not a library
   function known not to (qsort and the like do).  */
static bool
calls_back_out (cgraph_node *node)
{
  if (node->indirect_calls)
    return true;
  for (cgraph_edge *e = node->callees; e; e = e->next_callee)
    {
      cgraph_node *callee = e->callee->ultimate_alias_target ();
      if (!callee->has_gimple_body_p () && esc_may_call_back (callee->decl))
	return true;
    }
  return false;
}

/* May NODE be on the stack twice?  A cycle of the call graph, or a
   function whose address is taken (a callback) that calls code which may
   call it again.  Cycles through other translation units are invisible
   here; doc/escape.md says so.  */
static bool
may_recurse (cgraph_node *node, int scc_size)
{
  return scc_size > 1 || calls_itself (node)
	 || (node->address_taken && calls_back_out (node));
}

/* Read, solve and summarise every member once; true if a summary
   changed.  */
static bool
analyze_round (cgraph_node **nodes, esc_fn **fns, int n)
{
  bool changed = false;
  for (int i = 0; i < n; i++)
    {
      esc_fn_free (fns[i]);
      push_cfun (DECL_STRUCT_FUNCTION (nodes[i]->decl));
      fns[i] = esc_build (nodes[i], program);
      pop_cfun ();
      esc_solve (fns[i]->g);
      if (opaque_p (nodes[i]))
	continue;
      int id = nodes[i]->get_uid ();
      if (fns[i]->unanalysed)
	{
	  changed |= esc_program_summary (program, id) != NULL;
	  esc_program_clear_summary (program, id);
	  continue;
	}
      esc_summary *s = esc_summarize (fns[i]->g);
      if (!esc_summary_equal (s, esc_program_summary (program, id)))
	{
	  esc_program_set_summary (program, id, s);
	  changed = true;
	}
      esc_summary_free (s);
    }
  return changed;
}

/* __builtin_object_size and __builtin_dynamic_object_size answer with
   the size of the memory their pointer points into, and a slot is not
   always the size that was asked for: a guarded slot has var_buffer bytes
   for any n (the answer grows from n to 256, statically too once
   inlining makes n a constant), and malloc (0) gets a one-byte slot.
   _FORTIFY_SOURCE would then check writes against the slot's bound
   rather than the object's, and code that prints or tests the size would
   change.  So an object whose size F asks for keeps the heap in those two
   cases: it is made unguardable (its size unknown for malloc (0)), and
   the report names the builtin.  Queries in other functions, that
   inlining after the pass brings here, are not seen.  */
static void
mark_size_queries (esc_fn *f, struct esc_decisions *d)
{
  if (f->size_queries.is_empty () || d->nsites == 0)
    return;
  hash_map<int_hash<int, -1, -2>, const char *> queried;
  for (unsigned q = 0; q < f->size_queries.length (); q++)
    {
      esc_loc p = f->size_queries[q].ptr;
      for (size_t k = 0; k < esc_points_to_count (f->g, p); k++)
	queried.put (esc_points_to_at (f->g, p, k),
		     f->size_queries[q].builtin);
    }
  for (int i = 0; i < d->nsites; i++)
    {
      struct esc_site *s = &d->sites[i];
      const char **builtin = queried.get (s->obj);
      if (builtin && (s->size == 0 || (s->size < 0 && s->guardable)))
	{
	  s->guardable = false;
	  s->size = -1;
	  f->sites[i].size_query = *builtin;
	}
    }
}

/* Place F's allocation sites.  */
static void
decide (esc_fn *f, int scc_size, struct esc_decisions *d)
{
  d->nsites = f->sites.length ();
  d->sites = XCNEWVEC (struct esc_site, d->nsites ? d->nsites : 1);
  for (int i = 0; i < d->nsites; i++)
    {
      const esc_alloc_site &a = f->sites[i];
      struct esc_site *s = &d->sites[i];
      s->obj = a.obj;
      s->size = a.size;
      s->align = a.align;
      s->in_irreducible_loop = a.in_irreducible_loop;
      /* The rewrite replaces these with a slot; a call that ends its
	 block (it may throw) has edges a slot cannot have.  */
      s->replaceable = (a.fn == ESC_ALLOC_MALLOC || a.fn == ESC_ALLOC_CALLOC
			|| a.fn == ESC_ALLOC_ALIGNED_ALLOC)
		       && !stmt_ends_bb_p (a.call);
      /* calloc's zeroing would need its own branch; not worth it.  */
      s->guardable = a.fn != ESC_ALLOC_CALLOC;
    }
  mark_size_queries (f, d);
  d->limits.max_object_size = esc_opts.max_object_size;
  d->limits.max_frame_size = esc_opts.max_frame_size;
  d->limits.var_buffer = esc_opts.var_buffer;
  d->limits.max_align = 256;
  d->limits.recursive = may_recurse (f->node, scc_size);
  d->limits.unsafe_function = f->fun->calls_setjmp
			      || f->fun->has_nonlocal_label;
  esc_place_sites (f->g, d->sites, d->nsites, &d->limits);
  if (f->unanalysed)
    for (int i = 0; i < d->nsites; i++)
      {
	d->sites[i].placement = ESC_PLACE_ESCAPES;
	d->sites[i].verdict.escapes = true;
      }
}

void
esc_analyze_scc (cgraph_node **nodes, int n)
{
  if (n <= 0 || !program)
    return;
  esc_fn **fns = XCNEWVEC (esc_fn *, n);
  bool recursive = n > 1 || calls_itself (nodes[0]);

  bool *loops_ready = XCNEWVEC (bool, n);
  for (int i = 0; i < n; i++)
    {
      /* Loops and irreducible regions, for the lifetimes of allocation
	 sites: only functions that have some need them.  */
      push_cfun (DECL_STRUCT_FUNCTION (nodes[i]->decl));
      if (has_allocation_call (cfun))
	{
	  loop_optimizer_init (AVOID_CFG_MODIFICATIONS
			       | LOOPS_HAVE_MARKED_IRREDUCIBLE_REGIONS);
	  loops_ready[i] = true;
	}
      pop_cfun ();
      if (recursive && !opaque_p (nodes[i]))
	{
	  esc_summary *empty = esc_summarize_empty (param_count (nodes[i]));
	  esc_program_set_summary (program, nodes[i]->get_uid (), empty);
	  esc_summary_free (empty);
	}
    }

  int rounds = 1;
  bool changed = analyze_round (nodes, fns, n);
  while (recursive && changed && rounds < MAX_ROUNDS)
    {
      changed = analyze_round (nodes, fns, n);
      rounds++;
    }
  if (recursive && changed)
    {
      /* No fixed point in time: make the component opaque.  */
      for (int i = 0; i < n; i++)
	esc_program_clear_summary (program, nodes[i]->get_uid ());
      analyze_round (nodes, fns, n);
    }

  for (int i = 0; i < n; i++)
    {
      struct esc_decisions d;
      decide (fns[i], n, &d);
      if (dump_file)
	{
	  fprintf (dump_file, "\n;; escape graph of %s\n",
		   function_name (fns[i]->fun));
	  esc_dump (fns[i]->g, dump_file);
	}
      push_cfun (fns[i]->fun);
      /* Opaque and unanalysed functions have no summary for callers;
	 the report still says what the body does.  */
      const esc_summary *s = esc_program_summary (program,
						  nodes[i]->get_uid ());
      esc_summary *shown = NULL;
      if (!s)
	s = shown = fns[i]->unanalysed
		    ? esc_summary_opaque (param_count (nodes[i]),
					  fns[i]->fun->static_chain_decl)
		    : esc_summarize (fns[i]->g);
      bool rewrite = esc_opts.transform && !fns[i]->unanalysed;
      esc_report_function (fns[i], s, &d, rewrite);
      esc_summary_free (shown);
      if (rewrite)
	esc_rewrite_function (fns[i], &d);
      if (loops_ready[i])
	loop_optimizer_finalize ();
      pop_cfun ();
      XDELETEVEC (d.sites);
      esc_fn_free (fns[i]);
    }
  XDELETEVEC (fns);
  XDELETEVEC (loops_ready);
}
