/* rewrite.cc -- moving local allocations to the stack.

   The policy (policy.c) has placed every site; this file changes the
   GIMPLE accordingly, after the whole component has been analysed:
   - a fixed slot: `p = malloc (n)' becomes `p = &slot', with slot a new
     char[n] local aligned like malloc's memory (or aligned_alloc's
     request); calloc also zeroes the slot, every time it runs;
   - strdup and strndup first become malloc and a copy;
   - a guarded slot: `p = malloc (n)' becomes
       if (n > K) p1 = malloc (n);  p = PHI <p1, &slot>
     so small sizes at run time use a K-byte slot;
   - no slot of either kind is clobbered, not even before an allocation
     in a loop: GCC 12 shares stack space between variables whose live
     ranges (first mention to clobber) do not meet, and once loop
     optimizations hoist `&slot' out of the loop, a clobber inside it
     ends the slot's range while the loop still uses it through the
     hoisted pointer (GCC PR 90348).  Two slots then shared one place
     (fuzz seed 17752); a slot without clobbers stays live to the end of
     the function;
   - frees: one that may see only fixed slots is deleted; one that may see
     a guarded slot, or a slot and memory that stays on the heap, becomes
     free (p == &slot ? NULL : p).
   Then stale points-to information is dropped, the virtual operands are
   renamed and the call graph edges of the function rebuilt, since calls
   were removed and added.

   One rewrite is not of an allocation: a thread stack size the program
   sets (pthread_attr_setstacksize) grows by max-stack-size, the most a
   thread's stack holds of slots at any time.  Compiled per unit, the
   code the thread runs may be in another file, whose slots this unit
   cannot see and whose own analysis cannot see the size (doc/escape.md,
   "Small stacks").  */

#include "gcc-includes.h"
#include "asan.h"		/* create_cond_insert_point, for guarded slots */
#include "bridge.h"

/* malloc's alignment guarantee: alignof (max_align_t).  */
static uint64_t
malloc_alignment (void)
{
  return MAX ((uint64_t) 2 * POINTER_SIZE / BITS_PER_UNIT,
	      (uint64_t) TYPE_ALIGN_UNIT (long_double_type_node));
}

static tree
new_slot (uint64_t bytes, uint64_t align)
{
  tree type = build_array_type_nelts (char_type_node, bytes);
  tree slot = create_tmp_var (type, "escape_slot");
  align = MAX (align, malloc_alignment ());
  SET_DECL_ALIGN (slot, align * BITS_PER_UNIT);
  DECL_USER_ALIGN (slot) = 1;
  TREE_ADDRESSABLE (slot) = 1;
  return slot;
}

static tree
slot_address (tree slot, tree ptr_type)
{
  return build_fold_addr_expr_with_type (slot, ptr_type);
}

static void
remove_call (gimple_stmt_iterator *gsi, gimple *repl)
{
  gimple *call = gsi_stmt (*gsi);
  tree vdef = gimple_vdef (call);
  unlink_stmt_vdef (call);
  if (repl)
    gsi_replace (gsi, repl, false);
  else
    gsi_remove (gsi, true);
  if (vdef && TREE_CODE (vdef) == SSA_NAME)
    release_ssa_name (vdef);
}

static void
rewrite_fixed (const alloc_site &a, tree slot)
{
  gcall *call = a.call;
  tree lhs = gimple_call_lhs (call);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  gimple *repl = lhs ? gimple_build_assign (lhs, slot_address
					    (slot, TREE_TYPE (lhs)))
		     : NULL;
  if (repl)
    gimple_set_location (repl, gimple_location (call));
  remove_call (&gsi, repl);
  if (a.fn == ALLOC_CALLOC)
    {
      /* calloc's zeroes, on every execution.  */
      gimple *zero = gimple_build_assign (slot, build_constructor
					  (TREE_TYPE (slot), NULL));
      if (repl)
	gsi_insert_after (&gsi, zero, GSI_NEW_STMT);
      else
	gsi_insert_before (&gsi, zero, GSI_SAME_STMT);
    }
}

/* The size argument of a guarded allocation call.  */
static tree
size_arg (const alloc_site &a)
{
  return gimple_call_arg (a.call, a.fn == ALLOC_ALIGNED_ALLOC ? 1 : 0);
}

static void
rewrite_guarded (const alloc_site &a, const struct esc_site &s,
		 tree slot)
{
  gcall *call = a.call;
  tree lhs = gimple_call_lhs (call);
  if (!lhs)
    {
      /* Nobody reads the pointer: nothing to allocate.  */
      gimple_stmt_iterator gsi = gsi_for_stmt (call);
      remove_call (&gsi, NULL);
      return;
    }
  tree size = size_arg (a);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  basic_block then_bb, join_bb;
  gimple_stmt_iterator cond_gsi
    = create_cond_insert_point (&gsi, true, false, true, &then_bb, &join_bb);
  basic_block cond_bb = gsi_bb (cond_gsi);
  gcond *cond = gimple_build_cond (GT_EXPR, size,
				   build_int_cst (TREE_TYPE (size),
						  s.slot_bytes),
				   NULL_TREE, NULL_TREE);
  gimple_set_location (cond, gimple_location (call));
  gsi_insert_after (&cond_gsi, cond, GSI_NEW_STMT);

  /* The call moves to the heap branch with a new result; the old result
     becomes a PHI of it and the slot.  */
  gimple_stmt_iterator call_gsi = gsi_for_stmt (call);
  gsi_remove (&call_gsi, false);
  tree heap_ptr = make_ssa_name (TREE_TYPE (lhs));
  gimple_call_set_lhs (call, heap_ptr);
  gimple_stmt_iterator then_gsi = gsi_start_bb (then_bb);
  gsi_insert_after (&then_gsi, call, GSI_NEW_STMT);

  gphi *phi = create_phi_node (lhs, join_bb);
  add_phi_arg (phi, heap_ptr, find_edge (then_bb, join_bb),
	       gimple_location (call));
  add_phi_arg (phi, slot_address (slot, TREE_TYPE (lhs)),
	       find_edge (cond_bb, join_bb), gimple_location (call));
}

/* strdup (s) and strndup (s, m) as an allocation and a copy, so that the
   allocation is a malloc the rewrite moves like any other:
     len = strlen (s);  p = malloc (len + 1);  memcpy (p, s, len + 1);
     len = strnlen (s, m);  p = malloc (len + 1);  memcpy (p, s, len);
     p[len] = 0;
   The copy goes after the call, so it stays after the slot's PHI when
   the rewrite guards the call.  A's call becomes the malloc.  */
static void
lower_duplication (alloc_site &a)
{
  gcall *call = a.call;
  tree lhs = gimple_call_lhs (call);
  tree src = gimple_call_arg (call, 0);
  location_t loc = gimple_location (call);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  bool bounded = a.fn == ALLOC_STRNDUP;

  tree len = make_ssa_name (size_type_node);
  gcall *measure
    = bounded ? gimple_build_call (builtin_decl_explicit (BUILT_IN_STRNLEN), 2,
				   src, gimple_call_arg (call, 1))
	      : gimple_build_call (builtin_decl_explicit (BUILT_IN_STRLEN), 1,
				   src);
  gimple_call_set_lhs (measure, len);
  gimple_set_location (measure, loc);
  gsi_insert_before (&gsi, measure, GSI_SAME_STMT);
  tree size = make_ssa_name (size_type_node);
  gsi_insert_before (&gsi, gimple_build_assign (size, PLUS_EXPR, len,
						size_one_node),
		     GSI_SAME_STMT);

  gcall *alloc = gimple_build_call (builtin_decl_explicit (BUILT_IN_MALLOC),
				    1, size);
  gimple_call_set_lhs (alloc, lhs);
  gimple_set_location (alloc, loc);
  gsi_replace (&gsi, alloc, false);

  if (lhs)
    {
      gcall *copy = gimple_build_call (builtin_decl_explicit (BUILT_IN_MEMCPY),
				       3, lhs, src, bounded ? len : size);
      gimple_set_location (copy, loc);
      gsi_insert_after (&gsi, copy, GSI_NEW_STMT);
      if (bounded)
	{
	  tree end = make_ssa_name (TREE_TYPE (lhs));
	  gsi_insert_after (&gsi, gimple_build_assign (end, POINTER_PLUS_EXPR,
						       lhs, len),
			    GSI_NEW_STMT);
	  tree nul = build2 (MEM_REF, char_type_node, end,
			     build_int_cst (build_pointer_type
					    (char_type_node), 0));
	  gsi_insert_after (&gsi, gimple_build_assign
			    (nul, build_zero_cst (char_type_node)),
			    GSI_NEW_STMT);
	}
    }
  a.call = alloc;
  a.fn = ALLOC_MALLOC;
}

/* The free at site FREE_INDEX skips the slots it may see: free (p ==
   &slot ? NULL : p).  */
static void
guard_free (function_graph &fg, const struct decisions *d, tree *slots,
	    int free_index)
{
  const struct esc_free_site *fs = esc_free_site_at (fg.g, free_index);
  gcall *call = as_a<gcall *> ((gimple *) fs->why.site);
  tree ptr = gimple_call_arg (call, 0);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  tree on_stack = NULL_TREE;
  for (size_t i = 0; i < esc_points_to_count (fg.g, fs->ptr); i++)
    {
      esc_loc obj = esc_points_to_at (fg.g, fs->ptr, i);
      for (int s = 0; s < d->nsites; s++)
	if (d->sites[s].obj == obj && slots[s])
	  {
	    tree is_slot = make_ssa_name (boolean_type_node);
	    gsi_insert_before (&gsi, gimple_build_assign
			       (is_slot, EQ_EXPR, ptr,
				slot_address (slots[s], TREE_TYPE (ptr))),
			       GSI_SAME_STMT);
	    if (on_stack)
	      {
		tree both = make_ssa_name (boolean_type_node);
		gsi_insert_before (&gsi, gimple_build_assign
				   (both, BIT_IOR_EXPR, on_stack, is_slot),
				   GSI_SAME_STMT);
		is_slot = both;
	      }
	    on_stack = is_slot;
	  }
    }
  if (!on_stack)
    return;
  tree heap_only = make_ssa_name (TREE_TYPE (ptr));
  gsi_insert_before (&gsi, gimple_build_assign
		     (heap_only, COND_EXPR, on_stack,
		      build_int_cst (TREE_TYPE (ptr), 0), ptr),
		     GSI_SAME_STMT);
  gimple_call_set_arg (call, 0, heap_only);
  update_stmt (call);
}

/* Whether FNDECL is the C library's pthread_attr_setstacksize (a
   project's own function of that name is not).  */
bool
thread_stack_setter_p (tree fndecl)
{
  return fndecl && DECL_NAME (fndecl) && DECL_IN_SYSTEM_HEADER (fndecl)
	 && id_equal (DECL_NAME (fndecl), "pthread_attr_setstacksize");
}

/* Whether CALL has pthread_attr_setstacksize's shape: a pointer, a size
   of size_t's form, and an integer result (used or not).  */
static bool
stack_setter_shape_p (gcall *call)
{
  if (gimple_call_num_args (call) != 2
      || !POINTER_TYPE_P (TREE_TYPE (gimple_call_arg (call, 0))))
    return false;
  tree size = TREE_TYPE (gimple_call_arg (call, 1));
  return INTEGRAL_TYPE_P (size) && TYPE_UNSIGNED (size)
	 && TYPE_PRECISION (size) == TYPE_PRECISION (size_type_node)
	 && INTEGRAL_TYPE_P (gimple_call_return_type (call));
}

/* The size CALL passes plus BYTES, or the size itself where the sum
   would wrap (a size too large stays too large); statements before GSI.  */
static tree
raised_size (gimple_stmt_iterator *gsi, gcall *call, uint64_t bytes)
{
  tree size = gimple_call_arg (call, 1), type = TREE_TYPE (size);
  gimple_seq seq = NULL;
  tree raised = gimple_build (&seq, PLUS_EXPR, type, size,
			      build_int_cstu (type, bytes));
  raised = gimple_build (&seq, MAX_EXPR, type, size, raised);
  gsi_insert_seq_before (gsi, seq, GSI_SAME_STMT);
  return raised;
}

/* Whether indirect CALL calls SETTER, computed into SEQ.  */
static tree
calls_setter (gimple_seq *seq, gcall *call, tree setter)
{
  tree fn = gimple_call_fn (call);
  return gimple_build (seq, EQ_EXPR, boolean_type_node, fn,
		       build_fold_addr_expr_with_type (setter, TREE_TYPE (fn)));
}

/* Raise CALL's size.  The call stays as the program wrote it, so that
   its result (EINVAL below PTHREAD_STACK_MIN) is the same; when it
   succeeds, a second call sets the raised size, which only a larger size
   than the first could make fail (and then the first one's stays).  A
   call through a pointer (INDIRECT) raises only when the pointer is
   SETTER.  After a call that ends its block (it may throw, or return to
   a setjmp) the check goes on its normal edge.  False if the call never
   returns normally.  */
static bool
raise_call (gcall *call, tree setter, bool indirect, uint64_t bytes)
{
  /* The result in an SSA name; one the program stores to memory is
     stored there from it.  */
  gimple_seq seq = NULL;
  tree lhs = gimple_call_lhs (call);
  if (!lhs || TREE_CODE (lhs) != SSA_NAME)
    {
      tree result = make_ssa_name (gimple_call_return_type (call));
      gimple_call_set_lhs (call, result);
      update_stmt (call);
      if (lhs)
	gimple_seq_add_stmt (&seq, gimple_build_assign (lhs, result));
      lhs = result;
    }
  tree ok = gimple_build (&seq, EQ_EXPR, boolean_type_node, lhs,
			  build_zero_cst (TREE_TYPE (lhs)));
  if (indirect)
    ok = gimple_build (&seq, BIT_AND_EXPR, boolean_type_node, ok,
		       calls_setter (&seq, call, setter));

  gimple_stmt_iterator at;
  if (stmt_ends_bb_p (call))
    {
      edge normal = find_fallthru_edge (gimple_bb (call)->succs);
      if (!normal)
	return false;
      at = gsi_start_bb (split_edge (normal));
    }
  else
    at = gsi_for_stmt (call);
  gsi_insert_seq_after (&at, seq, GSI_CONTINUE_LINKING);
  basic_block then_bb, join_bb;
  gimple_stmt_iterator cond_gsi
    = create_cond_insert_point (&at, false, true, true, &then_bb, &join_bb);
  gcond *cond = gimple_build_cond (NE_EXPR, ok, boolean_false_node,
				   NULL_TREE, NULL_TREE);
  gimple_set_location (cond, gimple_location (call));
  gsi_insert_after (&cond_gsi, cond, GSI_NEW_STMT);

  gimple_stmt_iterator then_gsi = gsi_start_bb (then_bb);
  gcall *again = gimple_build_call (setter, 2, gimple_call_arg (call, 0),
				    gimple_call_arg (call, 1));
  gimple_set_location (again, gimple_location (call));
  gsi_insert_after (&then_gsi, again, GSI_NEW_STMT);
  gimple_call_set_arg (again, 1, raised_size (&then_gsi, again, bytes));
  update_stmt (again);
  return true;
}

bool
raise_thread_stacks (function *fun, tree setter, uint64_t bytes)
{
  /* The calls first: raising one splits its block.  */
  auto_vec<gcall *> calls;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	if (call && !gimple_call_internal_p (call)
	    && (gimple_call_fndecl (call)
		? thread_stack_setter_p (gimple_call_fndecl (call))
		: setter != NULL_TREE)
	    && stack_setter_shape_p (call))
	  calls.safe_push (call);
      }
  bool changed = false;
  for (gcall *call : calls)
    {
      bool indirect = !gimple_call_fndecl (call);
      if (raise_call (call, indirect ? setter : gimple_call_fndecl (call),
		      indirect, bytes))
	{
	  report_raised_stack (call, bytes);
	  changed = true;
	}
    }
  if (!changed)
    return false;
  free_dominance_info (CDI_DOMINATORS);
  mark_virtual_operands_for_renaming (fun);
  update_ssa (TODO_update_ssa_only_virtuals);
  cgraph_edge::rebuild_edges ();
  return true;
}

bool
rewrite_function (function_graph &fg, const struct decisions *d)
{
  bool changed = false;
  tree *slots = XCNEWVEC (tree, d->nsites ? d->nsites : 1);

  for (int i = 0; i < d->nsites; i++)
    {
      const struct esc_site &s = d->sites[i];
      if (s.placement != ESC_PLACE_STACK && s.placement != ESC_PLACE_GUARDED)
	continue;
      slots[i] = new_slot (s.slot_bytes, s.align);
    }
  /* Frees first: they compare with the slots' addresses, and the
     allocation calls they refer to must still be in place.  */
  int nfrees = esc_free_site_count (fg.g);
  enum esc_free_action *actions = XNEWVEC (enum esc_free_action,
					   nfrees ? nfrees : 1);
  esc_free_actions (fg.g, d->sites, d->nsites, actions);
  for (int i = 0; i < nfrees; i++)
    {
      const struct esc_free_site *fs = esc_free_site_at (fg.g, i);
      if (fs->by_callee || fs->resizes || !fs->why.site)
	continue;
      switch (actions[i])
	{
	case ESC_FREE_REMOVE:
	  {
	    gimple_stmt_iterator gsi
	      = gsi_for_stmt ((gimple *) fs->why.site);
	    remove_call (&gsi, NULL);
	    changed = true;
	    break;
	  }
	case ESC_FREE_GUARD:
	  guard_free (fg, d, slots, i);
	  changed = true;
	  break;
	case ESC_FREE_KEEP:
	  break;
	}
    }
  XDELETEVEC (actions);
  for (int i = 0; i < d->nsites; i++)
    {
      if (!slots[i])
	continue;
      if (fg.sites[i].fn == ALLOC_STRDUP || fg.sites[i].fn == ALLOC_STRNDUP)
	lower_duplication (fg.sites[i]);
      if (d->sites[i].placement == ESC_PLACE_STACK)
	rewrite_fixed (fg.sites[i], slots[i]);
      else
	rewrite_guarded (fg.sites[i], d->sites[i], slots[i]);
      changed = true;
    }
  XDELETEVEC (slots);

  if (changed)
    {
      /* Early alias analysis said these pointers point to heap objects;
	 now some point to slots.  Stale points-to sets would let GCC fold
	 `p == &slot' to false or reorder accesses to the slot: forget them
	 (the alias pass recomputes them) and the alignment beside them.  */
      unsigned i;
      tree name;
      FOR_EACH_SSA_NAME (i, name, cfun)
	if (POINTER_TYPE_P (TREE_TYPE (name)) && SSA_NAME_PTR_INFO (name))
	  {
	    pt_solution_reset (&SSA_NAME_PTR_INFO (name)->pt);
	    mark_ptr_info_alignment_unknown (SSA_NAME_PTR_INFO (name));
	  }
      if (cfun->gimple_df)
	pt_solution_reset (&cfun->gimple_df->escaped);
      mark_virtual_operands_for_renaming (cfun);
      update_ssa (TODO_update_ssa_only_virtuals);
      cgraph_edge::rebuild_edges ();
    }
  return changed;
}
