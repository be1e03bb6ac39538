/* fastpath.cc -- the run-time calls of the budget and the side stack
   made cheap, once GCC's tail-call pass and the check after it
   (sibcall.cc) are done with them.

   Until then they are calls and plain selects, which sibcall.cc finds,
   moves and undoes: the side stack's push, pop and rewind (sidestack.cc)
   and a free that may see a budgeted object, free (on_stack ? NULL : p),
   which it reads as the object's free (rewrite.cc guard_free).  After it
   nothing looks for them, and each costs a call where the work is a few
   loads and stores:

   - push: inline, but for the thread's first, which maps the region:
     that one stays a call of the push function;
   - pop and rewind: inline whole;
   - free (c ? p : NULL), free (c ? NULL : p): free (p) behind a branch,
     so that an object off the heap costs no call of free (NULL).

   The inline code is the push, pop and rewind functions' own, in the
   same busy window: the one-instruction test and set (sidestack.cc
   append_busy_window says why one), a compiler fence, the state's reads
   and writes, a fence, the clear; so what sidestack.cc argues for signal
   handlers, longjmp and coroutines holds as it is.  The fences also keep
   the object's reads and writes where the calls kept them: after the
   push's bump, and before the pop, behind the barrier that precedes
   it (rewrite.cc add_barrier).  The push's result keeps its SSA name,
   and with it what alias analysis learnt of it from the push function's
   malloc attribute.

   Only in blocks GCC optimizes for speed (-Os and cold code keep the
   calls), at most MAX_INLINE_SIDE_CALLS a function, and not in functions
   with abnormal edges (setjmp, nonlocal labels), whose blocks this does
   not split.  */

#include "gcc-includes.h"
#include "bridge.h"

static tree
word_type (void)
{
  return pointer_sized_int_node;
}

/* A new SSA name for word W of the side stack's state, loaded into
   SEQ.  */
static tree
load_state (gimple_seq *seq, int w)
{
  tree value = make_ssa_name (word_type ());
  gimple_seq_add_stmt (seq, gimple_build_assign (value, side_state_word (w)));
  return value;
}

static void
store_state (gimple_seq *seq, int w, tree value)
{
  gimple_seq_add_stmt (seq, gimple_build_assign (side_state_word (w),
						 value));
}

static void
add_fence (gimple_seq *seq)
{
  gimple_seq_add_stmt (seq, gimple_build_call
		       (builtin_decl_explicit (BUILT_IN_ATOMIC_SIGNAL_FENCE),
			1, build_int_cst (integer_type_node,
					  MEMMODEL_SEQ_CST)));
}

/* The busy word's test and set, before GSI: whether it was set.  */
static tree
busy_test_and_set (gimple_stmt_iterator *gsi, location_t loc)
{
  tree was_busy = make_ssa_name (integer_type_node);
  vec<tree, va_gc> *outputs = NULL, *inputs = NULL;
  vec_safe_push (outputs, asm_operand ("=m", side_state_word (SIDE_BUSY)));
  vec_safe_push (outputs, asm_operand ("=@ccc", was_busy));
  vec_safe_push (inputs, asm_operand ("m", side_state_word (SIDE_BUSY)));
  gasm *set = gimple_build_asm_vec (SIDE_BUSY_SET_ASM, inputs, outputs,
				    NULL, NULL);
  gimple_asm_set_volatile (set, true);
  SSA_NAME_DEF_STMT (was_busy) = set;
  gimple_set_location (set, loc);
  gsi_insert_before (gsi, set, GSI_SAME_STMT);
  return was_busy;
}

/* Appends SEQ to the empty block BB.  */
static void
fill_block (basic_block bb, gimple_seq seq, location_t loc)
{
  gimple_seq_set_location (seq, loc);
  gimple_stmt_iterator gsi = gsi_start_bb (bb);
  gsi_insert_seq_after (&gsi, seq, GSI_CONTINUE_LINKING);
}

/* The segment header at H (a word), as a pointer computed into SEQ, and
   its word at OFFSET (0: the top it covers, 8: the header).  Through a
   pointer that may alias anything: the region's bytes held objects of
   any type before.  */
static tree
header_pointer (gimple_seq *seq, tree h)
{
  return gimple_convert (seq, build_pointer_type_for_mode (word_type (),
							   ptr_mode, true),
			 h);
}

static tree
header_word (tree header, int offset)
{
  return build2 (MEM_REF, word_type (), header,
		 build_int_cst (TREE_TYPE (header), offset));
}

/* Both words of the header at H, loaded into SEQ.  */
static void
load_header (gimple_seq *seq, tree h, tree *prev_top, tree *prev_hdr)
{
  tree header = header_pointer (seq, h);
  *prev_top = make_ssa_name (word_type ());
  *prev_hdr = make_ssa_name (word_type ());
  gimple_seq_add_stmt (seq, gimple_build_assign (*prev_top,
						 header_word (header, 0)));
  gimple_seq_add_stmt (seq, gimple_build_assign (*prev_hdr,
						 header_word (header, 8)));
}

/* An empty block, returned, run before STMT when CODE OP0 OP1 holds
   (very likely with LIKELY, very unlikely without); both ways go on at
   STMT.  */
static basic_block
branch_before (gimple *stmt, enum tree_code code, tree op0, tree op1,
	       bool likely, location_t loc)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  basic_block then_bb, rest_bb;
  gimple_stmt_iterator cond_gsi
    = create_cond_insert_point (&gsi, true, likely, true, &then_bb,
				&rest_bb);
  gcond *cond = gimple_build_cond (code, op0, op1, NULL_TREE, NULL_TREE);
  gimple_set_location (cond, loc);
  gsi_insert_after (&cond_gsi, cond, GSI_NEW_STMT);
  return then_bb;
}

/* The test and set before STMT, and the window that follows when the
   word was clear: a block of its own, returned, empty, for the caller to
   fill.  */
static basic_block
busy_window_before (gimple *stmt, location_t loc)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  tree was_busy = busy_test_and_set (&gsi, loc);
  return branch_before (stmt, EQ_EXPR, was_busy, integer_zero_node, true,
			loc);
}

/* The busy window before CALL (a pop or rewind, whose work it does, and
   which the caller then removes): if the word was clear, after a fence,
   when the top segment is the frame's (TOKEN's), the statements BODY
   (SEQ, H, PREV_TOP, PREV_HDR) appends to SEQ, given the segment's
   header H as read from the state and the two words it holds (the top
   and header it covers); then a fence and the clear.  */
template <typename F>
static void
top_segment_window (gcall *call, tree token, F body)
{
  location_t loc = gimple_location (call);
  basic_block window_bb = busy_window_before (call, loc);
  gimple_seq seq = NULL;
  add_fence (&seq);
  tree top = load_state (&seq, SIDE_TOP);
  gimple_seq tail = NULL;
  add_fence (&tail);
  gimple *end = gimple_seq_first_stmt (tail);
  store_state (&tail, SIDE_BUSY, build_zero_cst (word_type ()));
  gimple_seq_add_seq (&seq, tail);
  fill_block (window_bb, seq, loc);
  /* The body runs between the read of the top and the closing fence.  */
  basic_block body_bb = branch_before (end, EQ_EXPR, top, token, true, loc);
  seq = NULL;
  tree h = load_state (&seq, SIDE_HDR);
  tree prev_top, prev_hdr;
  load_header (&seq, h, &prev_top, &prev_hdr);
  body (&seq, h, prev_top, prev_hdr);
  fill_block (body_bb, seq, loc);
}

/* __escape_side_pop (token), inline: the frame's segment, if it is the
   top, given back (sidestack.cc build_pop).  */
static void
inline_pop (gcall *call)
{
  top_segment_window (call, gimple_call_arg (call, 0),
		      [] (gimple_seq *seq, tree h, tree prev_top,
			  tree prev_hdr)
    {
      store_state (seq, SIDE_CUR, h);
      store_state (seq, SIDE_HDR, prev_hdr);
      store_state (seq, SIDE_TOP, prev_top);
    });
}

/* __escape_side_rewind (token, mark), inline (sidestack.cc build_rewind
   says why this is right): with the frame's segment the top, its end
   goes back to MARK when MARK is above its header, else the segment
   goes.  As selects, the state's words rewritten with what they hold
   where the segment stays.  */
static void
inline_rewind (gcall *call)
{
  tree token = gimple_call_arg (call, 0), mark = gimple_call_arg (call, 1);
  top_segment_window (call, token,
		      [=] (gimple_seq *seq, tree h, tree prev_top,
			   tree prev_hdr)
    {
      tree word = word_type ();
      tree stays = gimple_build (seq, GT_EXPR, boolean_type_node, mark, h);
      store_state (seq, SIDE_CUR, gimple_build (seq, COND_EXPR, word, stays,
						mark, h));
      store_state (seq, SIDE_HDR, gimple_build (seq, COND_EXPR, word, stays,
						h, prev_hdr));
      store_state (seq, SIDE_TOP, gimple_build (seq, COND_EXPR, word, stays,
						token, prev_top));
    });
}

/* got = __escape_side_push (n, token), inline but for the thread's
   first push, which maps the region (sidestack.cc build_push has the
   rules):
     was_busy = <test and set>;
     if (!was_busy)
       { <fence>;  c = CUR;  room = END - c;
	 own = TOP == token && room >= bytes && 0 < n <= max;
	 open = TOP - 1 >= token && room >= bytes + 16 && 0 < n <= max;
	 if (open)
	   { c[0] = TOP;  c[1] = HDR;  HDR = c;  TOP = token; }
	 CUR = c + (own ? bytes : open ? bytes + 16 : 0);
	 at = own ? c : open ? c + 16 : 0;
	 map = BASE == 0;
	 <fence>;  BUSY = 0; }
     if (map) got2 = __escape_side_push (n, token);
     got = PHI <at, got2>
   Every other way the push function takes gives the heap, and so does
   this code, with at 0: a busy state, a frame above the top, no room,
   a size of 0 or over the largest.  The region's words are rewritten
   unchanged where nothing is taken: the window is the thread's.  Before
   the first push (BASE 0) CUR and END are 0, so there is no room.  */
static void
inline_push (gcall *call)
{
  location_t loc = gimple_location (call);
  tree got = gimple_call_lhs (call);
  tree n = gimple_call_arg (call, 0), token = gimple_call_arg (call, 1);
  tree word = word_type ();
  tree truth = boolean_type_node;
  basic_block window_bb = busy_window_before (call, loc);
  basic_block test_bb = single_pred (window_bb);
  basic_block rest_bb = gimple_bb (call);

  gimple_seq seq = NULL;
  add_fence (&seq);
  tree c = load_state (&seq, SIDE_CUR);
  tree top = load_state (&seq, SIDE_TOP);
  tree room = gimple_build (&seq, MINUS_EXPR, word,
			    load_state (&seq, SIDE_END), c);
  tree size = gimple_convert (&seq, word, n);
  tree bytes = gimple_build (&seq, BIT_AND_EXPR, word,
			     gimple_build (&seq, PLUS_EXPR, word, size,
					   build_int_cst
					   (word, ESC_SIDE_STACK_ALIGN - 1)),
			     build_int_cst (word, -ESC_SIDE_STACK_ALIGN));
  tree opened = gimple_build (&seq, PLUS_EXPR, word, bytes,
			      build_int_cst (word, SIDE_HEADER_BYTES));
  tree sized = gimple_build (&seq, LT_EXPR, truth,
			     gimple_build (&seq, MINUS_EXPR, word, size,
					   build_one_cst (word)),
			     build_int_cstu (word, SIDE_MAX_REQUEST));
  tree own = gimple_build (&seq, BIT_AND_EXPR, truth,
			   gimple_build (&seq, EQ_EXPR, truth, top, token),
			   gimple_build (&seq, BIT_AND_EXPR, truth, sized,
					 gimple_build (&seq, GE_EXPR, truth,
						       room, bytes)));
  tree deeper = gimple_build (&seq, GE_EXPR, truth,
			      gimple_build (&seq, MINUS_EXPR, word, top,
					    build_one_cst (word)),
			      token);
  tree open = gimple_build (&seq, BIT_AND_EXPR, truth, deeper,
			    gimple_build (&seq, BIT_AND_EXPR, truth, sized,
					  gimple_build (&seq, GE_EXPR, truth,
							room, opened)));
  gimple_seq tail = NULL;
  tree zero = build_zero_cst (word);
  tree taken = gimple_build (&tail, COND_EXPR, word, own, bytes,
			     gimple_build (&tail, COND_EXPR, word, open,
					   opened, zero));
  store_state (&tail, SIDE_CUR, gimple_build (&tail, PLUS_EXPR, word, c,
					      taken));
  tree result = gimple_build (&tail, COND_EXPR, word, own, c,
			      gimple_build (&tail, COND_EXPR, word, open,
					    gimple_build
					    (&tail, PLUS_EXPR, word, c,
					     build_int_cst
					     (word, SIDE_HEADER_BYTES)),
					    zero));
  tree map = gimple_build (&tail, EQ_EXPR, truth,
			   load_state (&tail, SIDE_BASE), zero);
  add_fence (&tail);
  store_state (&tail, SIDE_BUSY, zero);
  gimple *tail_start = gimple_seq_first_stmt (tail);
  gimple_seq_add_seq (&seq, tail);
  fill_block (window_bb, seq, loc);

  /* The new segment's header, between the tests and the tail.  */
  basic_block header_bb = branch_before (tail_start, NE_EXPR, open,
					 boolean_false_node, false, loc);
  basic_block tail_bb = gimple_bb (tail_start);
  seq = NULL;
  tree header = header_pointer (&seq, c);
  gimple_seq_add_stmt (&seq, gimple_build_assign (header_word (header, 0),
						  top));
  gimple_seq_add_stmt (&seq, gimple_build_assign
		       (header_word (header, 8), load_state (&seq, SIDE_HDR)));
  store_state (&seq, SIDE_HDR, c);
  store_state (&seq, SIDE_TOP, token);
  fill_block (header_bb, seq, loc);

  edge from_window = find_edge (tail_bb, rest_bb);
  edge busy = find_edge (test_bb, rest_bb);
  tree mapping = make_ssa_name (truth);
  gphi *phi = create_phi_node (mapping, rest_bb);
  add_phi_arg (phi, map, from_window, loc);
  add_phi_arg (phi, boolean_false_node, busy, loc);
  tree at = make_ssa_name (word);
  phi = create_phi_node (at, rest_bb);
  add_phi_arg (phi, result, from_window, loc);
  add_phi_arg (phi, zero, busy, loc);

  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  seq = NULL;
  tree inline_ptr = gimple_convert (&seq, TREE_TYPE (got), at);
  gimple_seq_set_location (seq, loc);
  gsi_insert_seq_before (&gsi, seq, GSI_SAME_STMT);
  basic_block map_bb, join_bb;
  basic_block choice_bb = move_into_branch (call, NE_EXPR, mapping,
					    boolean_false_node, false,
					    &map_bb, &join_bb);
  tree mapped = make_ssa_name (TREE_TYPE (got));
  gimple_call_set_lhs (call, mapped);
  phi = create_phi_node (got, join_bb);
  add_phi_arg (phi, mapped, find_edge (map_bb, join_bb), loc);
  add_phi_arg (phi, inline_ptr, find_edge (choice_bb, join_bb), loc);
}

/* free (c ? p : NULL) or free (c ? NULL : p), the guard rewrite.cc puts
   on a free that may see a budgeted object: free (p) where it would
   not be NULL.  Whether it was one.  */
static bool
branch_free (gcall *call)
{
  tree arg = gimple_call_arg (call, 0);
  gassign *select = TREE_CODE (arg) == SSA_NAME
		    ? dyn_cast <gassign *> (SSA_NAME_DEF_STMT (arg)) : NULL;
  if (!select || gimple_assign_rhs_code (select) != COND_EXPR)
    return false;
  tree cond = gimple_assign_rhs1 (select);
  tree when = gimple_assign_rhs2 (select), unless = gimple_assign_rhs3 (select);
  bool freed_when_true = integer_zerop (unless);
  if (!freed_when_true && !integer_zerop (when))
    return false;
  tree ptr = freed_when_true ? when : unless;
  enum tree_code code;
  tree op0, op1;
  if (COMPARISON_CLASS_P (cond))
    {
      code = TREE_CODE (cond);
      op0 = TREE_OPERAND (cond, 0);
      op1 = TREE_OPERAND (cond, 1);
      if (!freed_when_true)
	{
	  code = invert_tree_comparison (code, HONOR_NANS (op0));
	  if (code == ERROR_MARK)
	    return false;
	}
    }
  else if (TREE_CODE (cond) == SSA_NAME)
    {
      code = freed_when_true ? NE_EXPR : EQ_EXPR;
      op0 = cond;
      op1 = build_zero_cst (TREE_TYPE (cond));
    }
  else
    return false;
  gimple_call_set_arg (call, 0, ptr);
  update_stmt (call);
  basic_block then_bb, rest_bb;
  move_into_branch (call, code, op0, op1, false, &then_bb, &rest_bb);
  return true;
}

/* The calls of FUN this pass makes cheap, in blocks optimized for
   speed.  */
static void
fast_path_calls (function *fun, auto_vec<gcall *> *calls)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      if (optimize_bb_for_size_p (bb))
	continue;
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	  if (!call || stmt_ends_bb_p (call))
	    continue;
	  if ((side_push_call_p (call) && gimple_call_lhs (call))
	      || side_pop_call_p (call) || side_rewind_call_p (call)
	      || (gimple_call_builtin_p (call, BUILT_IN_FREE)
		  && gimple_call_num_args (call) == 1))
	    calls->safe_push (call);
	}
    }
}

/* Inline code costs the compile too (GCC's RTL passes over a function
   of 400 pushes took 4 times as long): at most this many pushes, pops
   and rewinds of a function go inline, the hottest first; the rest stay
   calls, which do the same work.  */
#define MAX_INLINE_SIDE_CALLS 16

struct side_call
{
  gcall *call;
  int frequency;
  unsigned order;
};

static int
hotter_first (const void *a, const void *b)
{
  const side_call *x = (const side_call *) a, *y = (const side_call *) b;
  if (x->frequency != y->frequency)
    return x->frequency > y->frequency ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Of CALLS, the side stack's that stay calls: all but the hottest
   MAX_INLINE_SIDE_CALLS, into *KEPT.  */
static void
side_calls_kept (function *fun, const auto_vec<gcall *> &calls,
		 hash_set<gcall *> *kept)
{
  auto_vec<side_call> side;
  for (gcall *call : calls)
    if (side_push_call_p (call) || side_pop_call_p (call)
	|| side_rewind_call_p (call))
      {
	side_call c = { call, gimple_bb (call)->count.to_frequency (fun),
			side.length () };
	side.safe_push (c);
      }
  if (side.length () <= MAX_INLINE_SIDE_CALLS)
    return;
  side.qsort (hotter_first);
  for (unsigned i = MAX_INLINE_SIDE_CALLS; i < side.length (); i++)
    kept->add (side[i].call);
}

static const pass_data fast_path_pass_data = {
  GIMPLE_PASS, "escape-fast-path", OPTGROUP_NONE, TV_PLUGIN_RUN,
  PROP_cfg | PROP_ssa, 0, 0, 0, 0
};

class fast_path_pass : public gimple_opt_pass
{
public:
  fast_path_pass (gcc::context *ctxt)
    : gimple_opt_pass (fast_path_pass_data, ctxt)
  {}

  /* Where the rewrite may have budgeted.  */
  bool gate (function *fun) final override
  {
    return (esc_opts.alloca_budget || esc_opts.side_stack)
	   && esc_opts.transform && optimize_function_for_speed_p (fun)
	   && !fun->calls_setjmp && !fun->has_nonlocal_label;
  }

  unsigned int execute (function *fun) final override
  {
    auto_vec<gcall *> calls;
    fast_path_calls (fun, &calls);
    hash_set<gcall *> kept;
    side_calls_kept (fun, calls, &kept);
    bool changed = false;
    for (gcall *call : calls)
      {
	if (kept.contains (call))
	  continue;
	if (side_push_call_p (call))
	  inline_push (call);
	else if (side_pop_call_p (call) || side_rewind_call_p (call))
	  {
	    if (side_pop_call_p (call))
	      inline_pop (call);
	    else
	      inline_rewind (call);
	    gimple_stmt_iterator gsi = gsi_for_stmt (call);
	    unlink_stmt_vdef (call);
	    gsi_remove (&gsi, true);
	    release_defs (call);
	  }
	else if (!branch_free (call))
	  continue;
	changed = true;
      }
    if (!changed)
      return 0;
    free_dominance_info (CDI_DOMINATORS);
    mark_virtual_operands_for_renaming (fun);
    update_ssa (TODO_update_ssa_only_virtuals);
    cgraph_edge::rebuild_edges ();
    return 0;
  }
};

opt_pass *
make_fast_path_pass (gcc::context *ctxt)
{
  return new fast_path_pass (ctxt);
}
