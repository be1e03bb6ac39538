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
   3. the core's policy places each allocation site with the facts the
      bridge knows (which allocators the rewrite replaces, setjmp,
      recursion), the report says what was decided, and the rewrite
      (rewrite.cc) applies it unless transform=no.  */

#include "gcc-includes.h"
#include "bridge.h"

/* Recursive components rarely need more than three rounds.  */
#define MAX_ROUNDS 10

static esc_program *program;
static esc_callgraph *callgraph;

/* The functions ipa_reduced_postorder puts in components: those with a
   definition the unit's calls bind to, interposable ones included.  */
static bool
in_callgraph (cgraph_node *node, enum availability avail)
{
  return node->definition && avail >= AVAIL_INTERPOSABLE;
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
      if (!callee->has_gimple_body_p () && may_call_back (callee->decl))
	return true;
    }
  return false;
}

/* The unit's call graph, for the core to tell which functions may
   recurse (callgraph.c), by cgraph uid.  */
static esc_callgraph *
describe_callgraph (void)
{
  esc_callgraph *cg = esc_callgraph_new (symtab->cgraph_max_uid);
  cgraph_node *node;
  FOR_EACH_DEFINED_FUNCTION (node)
    {
      if (!in_callgraph (node, node->get_availability ()))
	continue;
      int f = node->get_uid ();
      for (cgraph_edge *e = node->callees; e; e = e->next_callee)
	{
	  enum availability avail;
	  cgraph_node *callee = e->callee->ultimate_alias_target (&avail);
	  if (callee == node
	      || (callee && in_callgraph (callee, avail)))
	    esc_callgraph_call (cg, f, callee->get_uid ());
	}
      if (node->address_taken)
	esc_callgraph_address_taken (cg, f);
      if (calls_back_out (node))
	esc_callgraph_calls_unknown (cg, f);
    }
  esc_callgraph_solve (cg);
  return cg;
}

void
esc_unit_begin (void)
{
  program = esc_program_new ();
  callgraph = describe_callgraph ();
}

void
esc_unit_end (void)
{
  esc_program_free (program);
  program = NULL;
  esc_callgraph_free (callgraph);
  callgraph = NULL;
  report_unit_end ();
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
	  && alloc_call_kind (gsi_stmt (gsi)) != ALLOC_NONE)
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

/* Read, solve and summarise every member once; true if a summary
   changed.  */
static bool
analyze_round (cgraph_node **nodes, function_graph **fns, int n)
{
  bool changed = false;
  for (int i = 0; i < n; i++)
    {
      delete fns[i];
      push_cfun (DECL_STRUCT_FUNCTION (nodes[i]->decl));
      fns[i] = new function_graph (nodes[i], program);
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

/* Place FG's allocation sites.  */
static void
decide (function_graph *fg, struct decisions *d)
{
  d->nsites = fg->sites.length ();
  d->sites = XCNEWVEC (struct esc_site, d->nsites ? d->nsites : 1);
  for (int i = 0; i < d->nsites; i++)
    {
      const alloc_site &a = fg->sites[i];
      struct esc_site *s = &d->sites[i];
      s->obj = a.obj;
      s->size = a.size;
      s->align = a.align;
      s->in_irreducible_loop = a.in_irreducible_loop;
      /* The rewrite replaces these with a slot; a call that ends its
	 block (it may throw) has edges a slot cannot have.  */
      s->replaceable = (a.fn == ALLOC_MALLOC || a.fn == ALLOC_CALLOC
			|| a.fn == ALLOC_ALIGNED_ALLOC)
		       && !stmt_ends_bb_p (a.call);
      /* calloc's zeroing would need its own branch; not worth it.  */
      s->guardable = a.fn != ALLOC_CALLOC;
      tree fndecl = gimple_call_fndecl (a.call);
      s->allocator = fndecl && DECL_NAME (fndecl)
		     ? IDENTIFIER_POINTER (DECL_NAME (fndecl)) : NULL;
    }
  d->limits.max_object_size = esc_opts.max_object_size;
  d->limits.max_frame_size = esc_opts.max_frame_size;
  d->limits.var_buffer = esc_opts.var_buffer;
  d->limits.recursive = esc_callgraph_may_recurse (callgraph,
						 fg->node->get_uid ());
  d->limits.unsafe = fg->fun->calls_setjmp ? ESC_UNSAFE_SETJMP
		     : fg->fun->has_nonlocal_label ? ESC_UNSAFE_NONLOCAL_LABELS
		     : ESC_SAFE;
  d->limits.unanalysed = fg->unanalysed;
  esc_place_sites (fg->g, d->sites, d->nsites, &d->limits);
}

void
esc_analyze_scc (cgraph_node **nodes, int n)
{
  if (n <= 0 || !program)
    return;
  function_graph **fns = XCNEWVEC (function_graph *, n);
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
      struct decisions d;
      decide (fns[i], &d);
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
      report_function (*fns[i], s, &d, rewrite);
      esc_summary_free (shown);
      if (rewrite)
	rewrite_function (*fns[i], &d);
      if (loops_ready[i])
	loop_optimizer_finalize ();
      pop_cfun ();
      XDELETEVEC (d.sites);
      delete fns[i];
    }
  XDELETEVEC (fns);
  XDELETEVEC (loops_ready);
}
