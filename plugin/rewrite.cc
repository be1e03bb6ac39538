/* rewrite.cc -- moving local allocations to the stack.

   The policy (policy.c) has placed every site; this file changes the
   GIMPLE accordingly, after the whole component has been analysed:
   - a fixed slot: `p = malloc (n)' becomes `p = &slot', with slot a new
     local of n bytes (new_slot) aligned like malloc's memory (or
     aligned_alloc's request); calloc also zeroes the slot, every time it
     runs;
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
   - a budgeted object (one that gets no slot: its function may recurse,
     it outlives its loop iteration, a callee frees it, the budgets of
     slots are spent; in a loop that gives its space back each
     iteration, any object of the loop that gets no slot) takes
     stack space at run time (alloca) while the stack pointer is within
     the alloca budget B below a per-thread mark, and the heap after:
       sp = stack pointer;  top = MAX (sp, __escape_stack_mark);
       if (n > L || top - sp > B - n)
         p1 = malloc (n);
       else
         { p2 = alloca (n);  __escape_stack_mark = MAX (top, p2 + n); }
       p = PHI <p1, p2>
     with L the largest size budgeted (esc_budget_limit; the test of n
     folds away for a constant size).  The mark only rises, to the stack
     pointer of an allocation above it (the calls below it have returned)
     or the end of an object above it, so the live objects of a thread's
     stack all lie within B (and alloca's rounding) below it, however
     deep the recursion.  Nothing is saved on entry or restored on return, which
     would take a register or a word of every frame of the recursion;
     alloca costs the frame pointer.  Plain alloca, not
     __builtin_alloca_with_align: GCC turns a constant-size one of the
     latter into a fixed array of the frame (tree-ssa-ccp.cc), which is
     what a recursing function must not have;
   - with side-stack, a budgeted object is pushed on the thread's side
     stack instead (rewrite_pushed; sidestack.cc has the run-time code),
     the heap when it has no room, and a pop goes before each return;
     a loop whose budgeted objects die in an iteration gives back the
     stack each iteration took, or with the side stack what the frame
     pushed (pop_each_iteration); a free that may see such an object
     skips pointers into the thread's region;
   - frees: one that may see only fixed slots is deleted; one that may see
     a guarded slot, or a slot and memory that stays on the heap, becomes
     if (p != &slot) free (p); one that may see a budgeted object
     skips pointers into the function's own frame, between the stack
     pointer and the frame address, where no heap memory can be; with the
     budget, one that may see a caller's object (free_tree (n) frees
     what its caller built) skips pointers above the stack pointer and
     within the budget below the mark, since a caller may have budgeted
     them (policy.c);
   - a realloc that may see one slot (rewrite_realloc):
       p != &slot ? realloc (p, n)
       : n != 0 ? (q = realloc (NULL, n)) && memcpy (q, p, MIN (n, K)), q
       : realloc (malloc (1), n)
     where K is the slot's size;
   - a read up to a limit not yet a constant that may see a slot
     (memchr (p, c, n)) gets n through an empty asm (pin_bounds).
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
#include "bridge.h"

/* What malloc's memory is aligned to: for any type of a fundamental
   alignment, max_align_t's as GCC's C front end makes it (long long,
   long double, _Float128: 16 on i386, where long double is 4-aligned),
   and glibc's two words.  */
uint64_t
malloc_alignment (void)
{
  uint64_t align = MAX ((uint64_t) 2 * POINTER_SIZE / BITS_PER_UNIT,
			(uint64_t) TYPE_ALIGN_UNIT (long_double_type_node));
  align = MAX (align, (uint64_t) TYPE_ALIGN_UNIT (long_long_integer_type_node));
  if (float128_type_node)
    align = MAX (align, (uint64_t) TYPE_ALIGN_UNIT (float128_type_node));
  return align;
}

/* A slot is a variable of a structure that holds the bytes.  Not the
   array itself: GCC bounds the length of a string in a character array
   by the array's size, which it never knows of malloc's memory, and
   -Wformat-truncation then warns about a snprintf of the object's text
   that it did not warn about on the heap (an error under -Wall -Werror).
   The structure is typeless storage, of alias set 0 like a character
   array, also in lto1, which computes alias sets again: with a set of
   its own, a store of the whole slot (calloc's zeroes) would not alias
   the program's loads of ints from it, and DSE deleted it.  Its
   -Wlarger-than= warning is not the program's either: the object was
   malloc'd.  Nor are uninitialized-use warnings: a slot passed unwritten
   to a const parameter is "used uninitialized" where the heap object
   only "may be", under the slot's name.  Warnings GCC still makes about
   it say it was "declared here": at the allocation, LOC.  Its bytes are
   of an 8-bit type that is no character type: the stack protector takes
   a character array shorter than ssp-buffer-size for a string it leaves
   unguarded, and -fstack-protector -Wstack-protector warned about the
   slot of a 4-byte object (an error under -Werror, hunt 39-d).  */
static tree
new_slot (uint64_t bytes, uint64_t align, location_t loc)
{
  tree byte = build_nonstandard_integer_type (BITS_PER_UNIT, 1);
  tree field = build_decl (BUILTINS_LOCATION, FIELD_DECL,
			   get_identifier ("bytes"),
			   build_array_type_nelts (byte, bytes));
  tree type = make_node (RECORD_TYPE);
  DECL_CONTEXT (field) = type;
  TYPE_FIELDS (type) = field;
  TYPE_TYPELESS_STORAGE (type) = 1;
  layout_type (type);
  HOST_WIDE_INT larger_than = warn_larger_than_size;
  warn_larger_than_size = HOST_WIDE_INT_MAX;
  tree slot = create_tmp_var (type, "escape_slot");
  warn_larger_than_size = larger_than;
  align = MAX (align, malloc_alignment ());
  SET_DECL_ALIGN (slot, align * BITS_PER_UNIT);
  DECL_USER_ALIGN (slot) = 1;
  TREE_ADDRESSABLE (slot) = 1;
  DECL_SOURCE_LOCATION (slot) = loc;
  suppress_warning (slot, OPT_Wuninitialized);
  return slot;
}

static tree
slot_address (tree slot, tree ptr_type)
{
  return build_fold_addr_expr_with_type (slot, ptr_type);
}

/* The address builtin CODE (no arguments) gives, read into SEQ, as an
   integer.  */
static tree
builtin_address (gimple_seq *seq, built_in_function code)
{
  tree address = make_ssa_name (ptr_type_node);
  gcall *get = gimple_build_call (builtin_decl_explicit (code), 0);
  gimple_call_set_lhs (get, address);
  gimple_seq_add_stmt (seq, get);
  return gimple_convert (seq, pointer_sized_int_node, address);
}

/* The stack pointer, read into SEQ, as an integer.  */
static tree
stack_pointer (gimple_seq *seq)
{
  return builtin_address (seq, BUILT_IN_STACK_SAVE);
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

/* CALL's result, given a name when the program ignores it: a size past
   the slot still calls the allocator, whose failure sets errno (GCC
   itself deletes an unused malloc only when it optimizes).  */
static tree
call_result (gcall *call)
{
  if (!gimple_call_lhs (call))
    {
      gimple_call_set_lhs (call, make_ssa_name (ptr_type_node, call));
      update_stmt (call);
    }
  return gimple_call_lhs (call);
}

/* The size argument of a guarded allocation call.  A wrapper's may be
   of another integer type, which its body converts to size_t.  */
static tree
size_arg (const alloc_site &a)
{
  if (a.wrapper)
    return wrapper_size_arg (a.call, a.wrapper, 0);
  return gimple_call_arg (a.call, a.fn == ALLOC_ALIGNED_ALLOC ? 1 : 0);
}

/* An asm operand (bridge.h).  */
tree
asm_operand (const char *c, tree v)
{
  return build_tree_list (build_tree_list (NULL_TREE,
					   build_string (strlen (c) + 1, c)),
			  v);
}

/* VALUE passed through an asm of TEXT (empty, or an assembler comment),
   before GSI: a copy no later pass can see through.  */
static tree
opaque_copy (gimple_stmt_iterator *gsi, tree value, location_t loc,
	     const char *text = "")
{
  tree opaque = make_ssa_name (TREE_TYPE (value));
  vec<tree, va_gc> *outputs = NULL, *inputs = NULL;
  vec_safe_push (outputs, asm_operand ("=r", opaque));
  vec_safe_push (inputs, asm_operand ("0", value));
  gasm *pin = gimple_build_asm_vec (text, inputs, outputs, NULL, NULL);
  SSA_NAME_DEF_STMT (opaque) = pin;
  gimple_set_location (pin, loc);
  gsi_insert_before (gsi, pin, GSI_SAME_STMT);
  return opaque;
}

/* STMT moves to a block of its own (bridge.h).  */
basic_block
move_into_branch (gimple *stmt, enum tree_code code, tree op0, tree op1,
		  bool likely, basic_block *then_bb, basic_block *rest_bb)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  gimple_stmt_iterator cond_gsi
    = create_cond_insert_point (&gsi, true, likely, true, then_bb, rest_bb);
  gcond *cond = gimple_build_cond (code, op0, op1, NULL_TREE, NULL_TREE);
  gimple_set_location (cond, gimple_location (stmt));
  gsi_insert_after (&cond_gsi, cond, GSI_NEW_STMT);
  gimple_stmt_iterator at = gsi_for_stmt (stmt);
  gsi_remove (&at, false);
  gimple_stmt_iterator then_gsi = gsi_start_bb (*then_bb);
  gsi_insert_after (&then_gsi, stmt, GSI_NEW_STMT);
  return gsi_bb (cond_gsi);
}

/* The allocation CALL moves to a branch of its own, taken when ON_HEAP
   OP0 OP1 (operands computed before CALL) holds, unlikely unless
   HEAP_LIKELY; its result LHS is to become a PHI, in *JOIN_BB, of the
   heap pointer (*HEAP_PTR, from *HEAP_EDGE) and of what the other edge,
   *OTHER_EDGE, brings.  */
static void
branch_to_heap (gcall *call, enum tree_code on_heap, tree op0, tree op1,
		basic_block *join_bb, tree *heap_ptr, edge *heap_edge,
		edge *other_edge, bool heap_likely = false)
{
  basic_block heap_bb;
  basic_block cond_bb = move_into_branch (call, on_heap, op0, op1,
					  heap_likely, &heap_bb, join_bb);
  *heap_ptr = make_ssa_name (TREE_TYPE (gimple_call_lhs (call)));
  gimple_call_set_lhs (call, *heap_ptr);
  *heap_edge = find_edge (heap_bb, *join_bb);
  *other_edge = find_edge (cond_bb, *join_bb);
}

static void
rewrite_guarded (const alloc_site &a, const struct esc_site &s,
		 tree slot)
{
  gcall *call = a.call;
  tree lhs = call_result (call);
  /* The test reads the size through an empty asm: GCC's jump threading
     would otherwise tie it to other tests of the size (a second guard of
     n + 1 in the loop, hunt 44-d) and copy code onto paths where the
     size is one only a failed malloc could have, SIZE_MAX, where it
     warned (-Walloc-size-larger-than=, -Wstringop-overflow).  */
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  gimple_seq seq = NULL;
  tree bytes = gimple_convert (&seq, size_type_node, size_arg (a));
  gsi_insert_seq_before (&gsi, seq, GSI_SAME_STMT);
  tree size = opaque_copy (&gsi, bytes, gimple_location (call));
  basic_block join_bb;
  tree heap_ptr;
  edge heap_edge, slot_edge;
  branch_to_heap (call, GT_EXPR, size,
		  build_int_cst (TREE_TYPE (size), s.slot_bytes), &join_bb,
		  &heap_ptr, &heap_edge, &slot_edge);
  gphi *phi = create_phi_node (lhs, join_bb);
  add_phi_arg (phi, heap_ptr, heap_edge, gimple_location (call));
  add_phi_arg (phi, slot_address (slot, TREE_TYPE (lhs)), slot_edge,
	       gimple_location (call));
}

/* The per-thread mark below which budgeted objects may take stack
   space; a new thread's starts at zero.  Every unit defines it weak, so
   that the units of an executable or shared object share one, and with
   default visibility, so that shared objects share it where the dynamic
   linker binds them to one definition (doc/escape.md, "Alloca budget").
   Weak rather than COMDAT: GCC would make a COMDAT variable a GNU unique
   symbol, and a shared object with one can never be unloaded (dlclose
   would do nothing).  */
static tree
stack_mark (void)
{
  static tree mark;		/* kept alive by its varpool node */
  if (!mark)
    mark = new_thread_variable (ESC_STACK_MARK, pointer_sized_int_node);
  return mark;
}

/* A new weak thread-local variable NAME of TYPE, zero at a thread's
   start, of default visibility (stack_mark says why), in the TLS model
   the code needs, whatever -ftls-model asks for the program's own
   variables: local-exec in a shared object would not link, initial-exec
   would take static TLS of a dlopen'd one.  */
tree
new_thread_variable (const char *name, tree type)
{
  tree var = build_decl (BUILTINS_LOCATION, VAR_DECL, get_identifier (name),
			 type);
  TREE_STATIC (var) = 1;
  TREE_PUBLIC (var) = 1;
  TREE_USED (var) = 1;
  DECL_ARTIFICIAL (var) = 1;
  DECL_IGNORED_P (var) = 1;
  DECL_WEAK (var) = 1;
  DECL_VISIBILITY (var) = VISIBILITY_DEFAULT;
  DECL_VISIBILITY_SPECIFIED (var) = 1;
  DECL_INITIAL (var) = build_zero_cst (type);
  bool local = targetm.binds_local_p (var);
  set_decl_tls_model (var, flag_shlib ? (local ? TLS_MODEL_LOCAL_DYNAMIC
					 : TLS_MODEL_GLOBAL_DYNAMIC)
			   : (local ? TLS_MODEL_LOCAL_EXEC
			      : TLS_MODEL_INITIAL_EXEC));
  varpool_node::finalize_decl (var);
  return var;
}

/* The end of a budgeted site's run-time branch, STACK_BB, whose
   statements SEQ made STACK_PTR (the object's pointer): calloc's zeroes
   there, then LHS = PHI <HEAP_PTR from HEAP_EDGE, STACK_PTR> in
   JOIN_BB.  */
static void
join_budgeted (const alloc_site &a, const struct esc_site &s, tree lhs,
	       basic_block stack_bb, gimple_seq seq, tree stack_ptr,
	       basic_block join_bb, tree heap_ptr, edge heap_edge,
	       location_t loc)
{
  if (a.fn == ALLOC_CALLOC)
    {
      /* calloc is placed only with a constant size (not guardable).  */
      gcc_checking_assert (s.size >= 0);
      gimple_seq_add_stmt (&seq, gimple_build_call
			   (builtin_decl_explicit (BUILT_IN_MEMSET), 3,
			    stack_ptr, integer_zero_node,
			    build_int_cstu (size_type_node, s.size)));
    }
  gimple_seq_set_location (seq, loc);
  gimple_stmt_iterator gsi = gsi_start_bb (stack_bb);
  gsi_insert_seq_after (&gsi, seq, GSI_CONTINUE_LINKING);
  gphi *phi = create_phi_node (lhs, join_bb);
  add_phi_arg (phi, heap_ptr, heap_edge, loc);
  add_phi_arg (phi, stack_ptr, single_succ_edge (stack_bb), loc);
}

/* A budgeted site: stack space while the budget allows (the comment at
   the top of this file).  */
static void
rewrite_budgeted (const alloc_site &a, const struct esc_site &s,
		  const struct esc_limits &lim)
{
  gcall *call = a.call;
  tree lhs = call_result (call);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  location_t loc = gimple_location (call);
  tree mark = stack_mark ();
  tree word = pointer_sized_int_node;
  tree n = s.size >= 0 ? build_int_cstu (size_type_node, s.size)
	   : size_arg (a);

  /* The test, before the call: the heap when it fails.  At least one
     byte: malloc (0) is a distinct pointer.  */
  gimple_seq seq = NULL;
  tree bytes = gimple_build (&seq, MAX_EXPR, word,
			     gimple_convert (&seq, word, n),
			     build_one_cst (word));
  tree sp = stack_pointer (&seq);
  tree old_mark = make_ssa_name (word);
  gimple_seq_add_stmt (&seq, gimple_build_assign (old_mark, mark));
  tree top = gimple_build (&seq, MAX_EXPR, word, sp, old_mark);
  tree used = gimple_build (&seq, MINUS_EXPR, word, top, sp);
  tree budget = build_int_cstu (word, lim.alloca_budget);
  tree limit = build_int_cstu (word, esc_budget_limit (&lim));
  tree too_big = gimple_build (&seq, GT_EXPR, boolean_type_node, bytes,
			       limit);
  /* BUDGET - BYTES wraps only when BYTES is too big anyway.  */
  tree left = gimple_build (&seq, MINUS_EXPR, word, budget, bytes);
  tree no_room = gimple_build (&seq, GT_EXPR, boolean_type_node, used,
			       left);
  tree on_heap = gimple_build (&seq, BIT_IOR_EXPR, boolean_type_node,
			       too_big, no_room);
  gimple_seq_set_location (seq, loc);
  gsi_insert_seq_before (&gsi, seq, GSI_SAME_STMT);
  /* The test through a marked asm no pass sees through: where GCC's
     tail-call pass makes a call that may lead back a sibling call,
     sibcall.cc sets it, and the object takes the program's own call
     (its alignment, its null test, which passes may have taken off the
     stack branch: alloca is never null).  */
  on_heap = opaque_copy (&gsi, on_heap, loc, ESC_BUDGET_TEST_ASM);

  basic_block join_bb;
  tree heap_ptr;
  edge heap_edge, stack_edge;
  branch_to_heap (call, NE_EXPR, on_heap, boolean_false_node, &join_bb,
		  &heap_ptr, &heap_edge, &stack_edge);

  /* The stack branch: alloca (whose alignment the policy checked), the
     mark, calloc's zeroes.  The mark rises to the object's end when that
     is above TOP: alloca's space starts above the new stack pointer by
     the outgoing arguments' area where a target keeps one
     (STACK_DYNAMIC_OFFSET, -maccumulate-outgoing-args), and the frees of
     callees tell budgeted objects by being below the mark.  */
  basic_block stack_bb = split_edge (stack_edge);
  seq = NULL;
  tree raw = make_ssa_name (ptr_type_node);
  gcall *take = gimple_build_call (builtin_decl_explicit (BUILT_IN_ALLOCA),
				   1, gimple_convert (&seq, size_type_node,
						      bytes));
  gimple_call_set_lhs (take, raw);
  gimple_seq_add_stmt (&seq, take);
  tree end = gimple_build (&seq, PLUS_EXPR, word,
			   gimple_convert (&seq, word, raw), bytes);
  gimple_seq_add_stmt (&seq, gimple_build_assign
		       (mark, gimple_build (&seq, MAX_EXPR, word, top, end)));
  tree stack_ptr = gimple_convert (&seq, TREE_TYPE (lhs), raw);
  join_budgeted (a, s, lhs, stack_bb, seq, stack_ptr, join_bb, heap_ptr,
		 heap_edge, loc);
  cfun->calls_alloca = 1;
}

/* The frame's token for the side stack: its canonical frame address, as
   an integer, into SEQ.  */
static tree
frame_token (gimple_seq *seq)
{
  return builtin_address (seq, BUILT_IN_DWARF_CFA);
}

/* A budgeted site with the side stack: the region's space while it
   lasts (sidestack.cc), the heap after:
     p2 = __escape_side_push (n, token);
     if (p2 == 0) p1 = malloc (n);
     p = PHI <p1, p2>
   The test goes through the budget's marked asm, which sibcall.cc may
   set to take the heap.  */
static void
rewrite_pushed (const alloc_site &a, const struct esc_site &s,
		const struct esc_limits &lim)
{
  gcall *call = a.call;
  tree lhs = call_result (call);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  location_t loc = gimple_location (call);
  tree n = s.size >= 0 ? build_int_cstu (size_type_node, s.size)
	   : size_arg (a);
  gimple_seq seq = NULL;
  tree token = frame_token (&seq);
  tree got = make_ssa_name (ptr_type_node);
  gcall *push = gimple_build_call (side_push_function (lim.alloca_budget), 2,
				   gimple_convert (&seq, size_type_node, n),
				   token);
  gimple_call_set_lhs (push, got);
  gimple_seq_add_stmt (&seq, push);
  tree none = gimple_build (&seq, EQ_EXPR, boolean_type_node, got,
			    build_int_cst (ptr_type_node, 0));
  gimple_seq_set_location (seq, loc);
  gsi_insert_seq_before (&gsi, seq, GSI_SAME_STMT);
  tree on_heap = opaque_copy (&gsi, none, loc, ESC_BUDGET_TEST_ASM);

  basic_block join_bb;
  tree heap_ptr;
  edge heap_edge, side_edge;
  branch_to_heap (call, NE_EXPR, on_heap, boolean_false_node, &join_bb,
		  &heap_ptr, &heap_edge, &side_edge);
  basic_block side_bb = split_edge (side_edge);
  seq = NULL;
  tree side_ptr = gimple_convert (&seq, TREE_TYPE (lhs), got);
  join_budgeted (a, s, lhs, side_bb, seq, side_ptr, join_bb, heap_ptr,
		 heap_edge, loc);
}

/* A barrier that no pass moves a memory access across (an asm that
   clobbers memory), of TEXT, into SEQ: an object's reads stay before
   the side stack gives its space back, after which a signal handler may
   push over it.  */
static void
add_barrier (gimple_seq *seq, const char *text)
{
  vec<tree, va_gc> *clobbers = NULL;
  vec_safe_push (clobbers, build_tree_list (NULL_TREE,
					    build_string (7, "memory")));
  gasm *barrier = gimple_build_asm_vec (text, NULL, NULL, clobbers, NULL);
  gimple_asm_set_volatile (barrier, true);
  gimple_seq_add_stmt (seq, barrier);
}

/* The side stack's pop before each return of the function: a call of its
   own, which sibcall.cc takes out around GCC's tail-call pass, after a
   barrier (an asm that clobbers memory): no pass may move a read of an
   object past its pop, after which a signal handler may push over it.  */
void
insert_side_pops (function *fun)
{
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, EXIT_BLOCK_PTR_FOR_FN (fun)->preds)
    {
      gimple_stmt_iterator gsi = gsi_last_bb (e->src);
      if (gsi_end_p (gsi) || gimple_code (gsi_stmt (gsi)) != GIMPLE_RETURN)
	continue;
      gimple_seq seq = NULL;
      add_barrier (&seq, ESC_SIDE_POP_ASM);
      tree token = frame_token (&seq);
      gimple_seq_add_stmt (&seq, gimple_build_call (side_pop_function (), 1,
						    token));
      gimple_seq_set_location (seq, gimple_location (gsi_stmt (gsi)));
      gsi_insert_seq_before (&gsi, seq, GSI_SAME_STMT);
    }
}

/* strdup (s) and strndup (s, m) as an allocation and a copy, so that the
   allocation is a malloc the rewrite moves like any other:
     len = strlen (s);  p = malloc (len + 1);  memcpy (p, s, len + 1);
     len = strnlen (s, m);  p = malloc (len + 1);  memcpy (p, s, len);
     p[len] = 0;
   The copy goes after the call, so it stays after the slot's PHI when
   the rewrite guards the call, and only where p is not null: malloc may
   fail where strdup would have returned NULL, and memcpy's nonnull
   would then also let GCC delete the program's test of p.  A's call
   becomes the malloc.  */
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
      basic_block copy_bb, join_bb;
      gimple_stmt_iterator cond_gsi
	= create_cond_insert_point (&gsi, false, true, true, &copy_bb,
				    &join_bb);
      gcond *cond = gimple_build_cond (NE_EXPR, lhs,
				       build_zero_cst (TREE_TYPE (lhs)),
				       NULL_TREE, NULL_TREE);
      gimple_set_location (cond, loc);
      gsi_insert_after (&cond_gsi, cond, GSI_NEW_STMT);
      gsi = gsi_start_bb (copy_bb);
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

/* Whether PTR is in the function's own frame, from the stack pointer up
   to the frame address: its alloca'd memory is, and heap memory cannot
   be.  Stacks grow down.  */
static tree
in_own_frame (gimple_stmt_iterator *gsi, tree ptr)
{
  gimple_seq seq = NULL;
  tree bottom = stack_pointer (&seq);
  tree frame = make_ssa_name (ptr_type_node);
  gcall *addr = gimple_build_call (builtin_decl_explicit
				   (BUILT_IN_FRAME_ADDRESS), 1,
				   integer_zero_node);
  gimple_call_set_lhs (addr, frame);
  gimple_seq_add_stmt (&seq, addr);
  tree top = gimple_convert (&seq, pointer_sized_int_node, frame);
  tree at = gimple_convert (&seq, pointer_sized_int_node, ptr);
  tree above = gimple_build (&seq, GE_EXPR, boolean_type_node, at, bottom);
  tree below = gimple_build (&seq, LT_EXPR, boolean_type_node, at, top);
  tree inside = gimple_build (&seq, BIT_AND_EXPR, boolean_type_node, above,
			      below);
  gsi_insert_seq_before (gsi, seq, GSI_SAME_STMT);
  return inside;
}

/* alloca rounds its size up and aligns the space it returns, so the last
   object budgeted may start a little more than the budget below the
   mark: this much more (less than a guard page).  Above, the mark covers
   every object (rewrite_budgeted).  */
#define ALLOCA_SLACK 256

/* Whether PTR is within BUDGET bytes (and ALLOCA_SLACK) below the
   thread's mark, and above the stack pointer: where a caller's budgeted
   objects are.  The mark is a stack pointer of this thread, and its
   stack has room for the budget below it (the rewrite raises the thread
   stack sizes it sees by it), so no heap memory is there.  A thread
   that never budgeted has a zero mark, and the range wraps to the top of
   the address space.  */
static tree
in_callers_budget (gimple_stmt_iterator *gsi, tree ptr, uint64_t budget)
{
  gimple_seq seq = NULL;
  tree word = pointer_sized_int_node;
  tree bottom = stack_pointer (&seq);
  tree mark = make_ssa_name (word);
  gimple_seq_add_stmt (&seq, gimple_build_assign (mark, stack_mark ()));
  tree bytes = build_int_cstu (word, budget + ALLOCA_SLACK);
  tree low = gimple_build (&seq, MINUS_EXPR, word, mark, bytes);
  tree at = gimple_convert (&seq, word, ptr);
  tree offset = gimple_build (&seq, MINUS_EXPR, word, at, low);
  tree within = gimple_build (&seq, LT_EXPR, boolean_type_node, offset,
			      bytes);
  tree above = gimple_build (&seq, GE_EXPR, boolean_type_node, at, bottom);
  tree inside = gimple_build (&seq, BIT_AND_EXPR, boolean_type_node, within,
			      above);
  gsi_insert_seq_before (gsi, seq, GSI_SAME_STMT);
  return inside;
}

/* Whether PTR is in the thread's side stack region: base <= PTR < end
   (a thread without one has base and end equal).  */
static tree
in_side_stack (gimple_stmt_iterator *gsi, tree ptr)
{
  gimple_seq seq = NULL;
  tree word = pointer_sized_int_node;
  tree base = make_ssa_name (word), end = make_ssa_name (word);
  gimple_seq_add_stmt (&seq, gimple_build_assign
		       (base, side_state_word (SIDE_BASE)));
  gimple_seq_add_stmt (&seq, gimple_build_assign
		       (end, side_state_word (SIDE_END)));
  tree at = gimple_convert (&seq, word, ptr);
  tree offset = gimple_build (&seq, MINUS_EXPR, word, at, base);
  tree size = gimple_build (&seq, MINUS_EXPR, word, end, base);
  tree inside = gimple_build (&seq, LT_EXPR, boolean_type_node, offset,
			      size);
  gsi_insert_seq_before (gsi, seq, GSI_SAME_STMT);
  return inside;
}

/* ACC || COND, before GSI; COND when there is no ACC yet.  */
static tree
either (gimple_stmt_iterator *gsi, tree acc, tree cond)
{
  if (!acc)
    return cond;
  tree both = make_ssa_name (boolean_type_node);
  gsi_insert_before (gsi, gimple_build_assign (both, BIT_IOR_EXPR, acc, cond),
		     GSI_SAME_STMT);
  return both;
}

/* The free at site FREE_INDEX skips the slots it may see, the budgeted
   objects, which are in the function's own frame, and with CALLERS
   those that callers budgeted.  Slots alone: q = p through an empty asm,
   if (q != &slot) free (q), as a programmer writes it, a compare where
   free (NULL) would be a call; the asm keeps GCC's jump threading from
   copying the code between the allocation and the free onto the heap
   path of a guarded allocation, where it warned about sizes only a
   failed malloc could have (-Wstringop-overflow on a negative int).
   The budget's tests keep free (on_stack ? NULL : p), which sibcall.cc
   reads as the object's free (a branch on its address would count as a
   read), and so does a free that ends its block.  */
static void
guard_free (function_graph &fg, const struct decisions *d, tree *slots,
	    int free_index, bool callers)
{
  const struct esc_free_site *fs = esc_free_site_at (fg.g, free_index);
  gcall *call = as_a<gcall *> ((gimple *) fs->why.site);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  auto_vec<int> seen_slots;
  bool sees_budgeted = false;
  for (size_t i = 0; i < esc_points_to_count (fg.g, fs->ptr); i++)
    {
      esc_loc obj = esc_points_to_at (fg.g, fs->ptr, i);
      for (int s = 0; s < d->nsites; s++)
	if (d->sites[s].obj == obj
	    && d->sites[s].placement == ESC_PLACE_BUDGETED)
	  sees_budgeted = true;
	else if (d->sites[s].obj == obj && slots[s])
	  seen_slots.safe_push (s);
    }
  if (seen_slots.is_empty () && !sees_budgeted && !callers)
    return;
  bool branch = !sees_budgeted && !callers && !stmt_ends_bb_p (call);
  tree ptr = gimple_call_arg (call, 0);
  if (branch)
    {
      ptr = opaque_copy (&gsi, ptr, gimple_location (call));
      gimple_call_set_arg (call, 0, ptr);
      update_stmt (call);
    }
  tree on_stack = NULL_TREE;
  for (int s : seen_slots)
    {
      tree is_slot = make_ssa_name (boolean_type_node);
      gsi_insert_before (&gsi, gimple_build_assign
			 (is_slot, EQ_EXPR, ptr,
			  slot_address (slots[s], TREE_TYPE (ptr))),
			 GSI_SAME_STMT);
      on_stack = either (&gsi, on_stack, is_slot);
    }
  if (d->limits.side_stack && (sees_budgeted || callers))
    on_stack = either (&gsi, on_stack, in_side_stack (&gsi, ptr));
  else
    {
      if (sees_budgeted)
	on_stack = either (&gsi, on_stack, in_own_frame (&gsi, ptr));
      if (callers)
	on_stack = either (&gsi, on_stack,
			   in_callers_budget (&gsi, ptr,
					      d->limits.alloca_budget));
    }
  if (branch)
    {
      basic_block free_bb, rest_bb;
      move_into_branch (call, EQ_EXPR, on_stack, boolean_false_node, false,
			&free_bb, &rest_bb);
      return;
    }
  tree heap_only = make_ssa_name (TREE_TYPE (ptr));
  gsi_insert_before (&gsi, gimple_build_assign
		     (heap_only, COND_EXPR, on_stack,
		      build_int_cst (TREE_TYPE (ptr), 0), ptr),
		     GSI_SAME_STMT);
  gimple_call_set_arg (call, 0, heap_only);
  update_stmt (call);
}

/* Whether FNDECL is the C library's pthread_attr_setstacksize (a
   project's own function of that name, or one the unit binds to another
   symbol, is not).  */
bool
thread_stack_setter_p (tree fndecl)
{
  return fndecl && DECL_NAME (fndecl) && DECL_IN_SYSTEM_HEADER (fndecl)
	 && id_equal (DECL_NAME (fndecl), "pthread_attr_setstacksize")
	 && library_symbol_p (fndecl);
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

/* Loop L gives back its iterations' budgeted space, with the alloca
   budget the stack's:
     header:  sp_L = __builtin_stack_save ();  ...
     on each edge back to the header:  __builtin_stack_restore (sp_L);
   with the side stack (SIDE) what the frame pushed (sidestack.cc):
     header:  mark_L = <the side stack's next free byte>;  ...
     on each edge back to the header:
       <barrier>;  __escape_side_rewind (<frame token>, mark_L);
   The iteration's objects are above the mark, and the policy said that
   its budgeted objects are dead by then (esc_loop_pops).  Not on the
   ways out of the loop: what the last iteration made may still be in
   use there, through the values it computed.  */
static void
pop_each_iteration (class loop *l, bool side)
{
  tree saved = make_ssa_name (side ? pointer_sized_int_node
			      : ptr_type_node);
  gimple *save = side ? (gimple *) gimple_build_assign
				      (saved, side_state_word (SIDE_CUR))
		 : gimple_build_call (builtin_decl_explicit
				      (BUILT_IN_STACK_SAVE), 0);
  if (!side)
    gimple_call_set_lhs (as_a <gcall *> (save), saved);
  gimple_stmt_iterator gsi = gsi_after_labels (l->header);
  gsi_insert_before (&gsi, save, GSI_SAME_STMT);
  auto_vec<edge> back;
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, l->header->preds)
    if (flow_bb_inside_loop_p (l, e->src)
	&& !(e->flags & (EDGE_ABNORMAL | EDGE_EH)))
      back.safe_push (e);
  for (edge b : back)
    {
      basic_block bb = split_edge (b);
      gimple_seq seq = NULL;
      if (side)
	{
	  add_barrier (&seq, ESC_SIDE_REWIND_ASM);
	  tree token = frame_token (&seq);
	  gimple_seq_add_stmt (&seq, gimple_build_call
			       (side_rewind_function (), 2, token, saved));
	}
      else
	gimple_seq_add_stmt (&seq, gimple_build_call
			     (builtin_decl_explicit (BUILT_IN_STACK_RESTORE),
			      1, saved));
      gimple_stmt_iterator at = gsi_start_bb (bb);
      gsi_insert_seq_after (&at, seq, GSI_NEW_STMT);
    }
}

/* The loops around budgeted sites that give back their space each
   iteration, while the sites' calls are still where the analysis saw
   them.  */
static void
pop_budgeted_loops (function_graph &fg, const struct decisions *d)
{
  if (!current_loops || !d->limits.alloca_budget)
    return;
  auto_vec<class loop *> loops;
  for (int i = 0; i < d->nsites; i++)
    if (d->sites[i].placement == ESC_PLACE_BUDGETED)
      for (class loop *l = gimple_bb (fg.sites[i].call)->loop_father;
	   l && loop_depth (l) >= 1; l = loop_outer (l))
	if (!loops.contains (l))
	  loops.safe_push (l);
  auto_vec<class loop *> popping;
  for (class loop *l : loops)
    if (esc_loop_pops (d->sites, d->nsites, l->num, loop_depth (l),
		       &d->limits))
      popping.safe_push (l);
  /* The rewinds come before any push is rewritten, which would emit the
     side stack's run-time functions.  */
  if (!popping.is_empty () && d->limits.side_stack)
    side_push_function (d->limits.alloca_budget);
  for (class loop *l : popping)
    pop_each_iteration (l, d->limits.side_stack);
}

/* -Wstringop-truncation's idiom `strncpy (d, s, N); d[N - 1] = 0' is
   recognised on a heap pointer, not on a slot's address (GCC compares
   the decl with the address), so the idiom warned, in -Wall, once d was
   a slot.  The function's bounded copies keep quiet about truncation
   once the rewrite changed it: a warning the heap object made in the
   function is lost with them.  */
static void
quiet_bounded_copies (void)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *s = gsi_stmt (gsi);
	if (gimple_call_builtin_p (s, BUILT_IN_STRNCPY)
	    || gimple_call_builtin_p (s, BUILT_IN_STRNCPY_CHK)
	    || gimple_call_builtin_p (s, BUILT_IN_STPNCPY)
	    || gimple_call_builtin_p (s, BUILT_IN_STPNCPY_CHK)
	    || gimple_call_builtin_p (s, BUILT_IN_STRNCAT)
	    || gimple_call_builtin_p (s, BUILT_IN_STRNCAT_CHK))
	  suppress_warning (s, OPT_Wstringop_truncation);
      }
}

/* CALL reads through a pointer that may be a slot up to a limit that is
   not a constant yet (esc_bounds_to_pin): pass it through an empty asm,
   whose result no later pass can fold, so GCC never takes the read for
   one larger than the slot.  */
static void
pin_bounds (gcall *call)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      int k = read_limit_arg (call, i);
      if (k < 0)
	continue;
      tree bound = gimple_call_arg (call, k);
      gimple *def = TREE_CODE (bound) == SSA_NAME
		    ? SSA_NAME_DEF_STMT (bound) : NULL;
      /* A constant was the policy's to judge; an asm is a pin already
	 (strncmp reads both pointers up to one limit).  */
      if (!def || gimple_code (def) == GIMPLE_ASM)
	continue;
      gimple_call_set_arg (call, k, opaque_copy (&gsi, bound,
						 gimple_location (call)));
      update_stmt (call);
    }
}

/* CALL, q = realloc (p, n), may see the slot SLOT of SLOT_BYTES bytes
   (and heap objects).  When p is the slot's address, the slot, which
   stays as it is, is copied into a new block:
     p != &slot ? realloc (p, n)
     : n != 0 ? (q = realloc (NULL, n)) ? memcpy (q, p, MIN (n, SLOT_BYTES)), q
                                       : NULL
     : realloc (malloc (1), n)
   For n == 0 the allocator reallocates a block of its own, to give what
   it gives for that (glibc frees the block and returns NULL), through a
   call GCC's object sizes see, as they see the other one: a NULL of the
   rewrite's own would make the result's size unknown, and
   _FORTIFY_SOURCE=3 checks of it vanish (hunt 37-d).  The copy may take
   bytes past the object's own end, which are the slot's (a guarded slot
   holds up to SLOT_BYTES), and which realloc leaves indeterminate in
   the new block.  */
static void
rewrite_realloc (gcall *call, tree slot, uint64_t slot_bytes)
{
  location_t loc = gimple_location (call);
  tree lhs = call_result (call);
  tree ptr = gimple_call_arg (call, 0);
  tree size = gimple_call_arg (call, 1);
  tree null = build_zero_cst (TREE_TYPE (lhs));
  basic_block join_bb;
  tree heap_ptr;
  edge heap_edge, slot_edge;
  /* Once a buffer has grown, its reallocs are the heap's.  */
  branch_to_heap (call, NE_EXPR, ptr, slot_address (slot, TREE_TYPE (ptr)),
		  &join_bb, &heap_ptr, &heap_edge, &slot_edge, true);
  /* Where the pointer can only be the slot, the call is dead code that
     GCC removes when it optimizes, and at -O0 warns about
     (-Wfree-nonheap-object): the call gets the pointer through an asm.  */
  gimple_stmt_iterator call_gsi = gsi_for_stmt (call);
  gimple_call_set_arg (call, 0, opaque_copy (&call_gsi, ptr, loc));
  update_stmt (call);

  /* The slot's way, in a block of its own on the edge: a new block of n
     bytes, on a branch of its own taken when n != 0.  realloc (NULL, n)
     is malloc (n); the program's realloc, since under -flto GCC's
     object sizes did not see the size of a call to lto1's own malloc
     (the NULL through an asm, which keeps GCC from folding the call
     into that malloc).  */
  basic_block copy_bb = split_edge (slot_edge);
  gimple_stmt_iterator gsi = gsi_start_bb (copy_bb);
  tree copied = make_ssa_name (TREE_TYPE (lhs));
  gcall *fresh = gimple_build_call (gimple_call_fndecl (call), 2, null, size);
  gimple_call_set_lhs (fresh, copied);
  gimple_set_location (fresh, loc);
  gsi_insert_after (&gsi, fresh, GSI_NEW_STMT);
  gimple_stmt_iterator fresh_at = gsi_for_stmt (fresh);
  gimple_call_set_arg (fresh, 0, opaque_copy (&fresh_at, null, loc));
  update_stmt (fresh);
  /* The test sees n through an asm: knowing n == 0 on the other way,
     GCC would warn about the program's later uses of the result there
     (an object of size 0, a bound of n - 8 that wraps).  */
  tree tested = opaque_copy (&fresh_at, size, loc);
  basic_block copied_bb;
  tree fresh_ptr;
  edge fresh_edge, zero_edge;
  branch_to_heap (fresh, NE_EXPR, tested, build_zero_cst (TREE_TYPE (size)),
		  &copied_bb, &fresh_ptr, &fresh_edge, &zero_edge, true);

  /* n == 0: realloc (malloc (1), n), in a block on the other edge.  */
  basic_block zero_bb = split_edge (zero_edge);
  gimple_seq seq = NULL;
  tree block = make_ssa_name (ptr_type_node);
  gcall *take = gimple_build_call (builtin_decl_explicit (BUILT_IN_MALLOC),
				   1, size_one_node);
  gimple_call_set_lhs (take, block);
  gimple_set_location (take, loc);
  gimple_seq_add_stmt (&seq, take);
  tree zero_ptr = make_ssa_name (TREE_TYPE (lhs));
  gcall *give = gimple_build_call (gimple_call_fndecl (call), 2, block, size);
  gimple_call_set_lhs (give, zero_ptr);
  gimple_set_location (give, loc);
  gimple_seq_add_stmt (&seq, give);
  gsi = gsi_start_bb (zero_bb);
  gsi_insert_seq_after (&gsi, seq, GSI_NEW_STMT);
  gphi *copied_phi = create_phi_node (copied, copied_bb);
  add_phi_arg (copied_phi, fresh_ptr, fresh_edge, loc);
  add_phi_arg (copied_phi, zero_ptr, single_succ_edge (zero_bb), loc);

  /* The copy, after the new block and only when there is one.  */
  seq = NULL;
  tree n = gimple_convert (&seq, size_type_node, size);
  tree bytes = gimple_build (&seq, MIN_EXPR, size_type_node, n,
			     build_int_cstu (size_type_node, slot_bytes));
  gcall *copy = gimple_build_call (builtin_decl_explicit (BUILT_IN_MEMCPY),
				   3, fresh_ptr, ptr, bytes);
  gimple_set_location (copy, loc);
  gimple_seq_add_stmt (&seq, copy);
  gimple_stmt_iterator after_fresh = gsi_for_stmt (fresh);
  gsi_insert_seq_after (&after_fresh, seq, GSI_NEW_STMT);
  /* The null test sees the new block through an asm: knowing it null on
     the other way, GCC's path isolation would warn about the program's
     unchecked uses of the result there (-Wnull-dereference, hunt 44-d).  */
  gimple_stmt_iterator copy_at = gsi_for_stmt (copy);
  tree fresh_tested = opaque_copy (&copy_at, fresh_ptr, loc);
  basic_block copy_then_bb, copy_rest_bb;
  move_into_branch (copy, NE_EXPR, fresh_tested, null, true, &copy_then_bb,
		    &copy_rest_bb);

  gphi *phi = create_phi_node (lhs, join_bb);
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, join_bb->preds)
    add_phi_arg (phi, e == heap_edge ? heap_ptr : copied, e, loc);
}

/* A function whose only side effects were its allocations and frees is
   const or pure once they are gone, and -Wsuggest-attribute=const or
   =pure would suggest so where the program's own build does not (an
   error under -Werror, hunt 38-b): where the unit asks for those
   warnings, an empty volatile asm at the entry, which GCC counts as a
   side effect, keeps the function what it was.  */
static void
keep_side_effects (void)
{
  gasm *side_effect = gimple_build_asm_vec ("", NULL, NULL, NULL, NULL);
  gimple_asm_set_volatile (side_effect, true);
  gsi_insert_on_edge_immediate (single_succ_edge (ENTRY_BLOCK_PTR_FOR_FN
						  (cfun)), side_effect);
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
      slots[i] = new_slot (s.slot_bytes, s.align,
			   gimple_location (fg.sites[i].call));
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
      if (fs->copies && fs->why.site)
	{
	  /* A realloc the policy let see one slot (enforce_frees).  */
	  int seen = -1;
	  for (size_t k = 0; k < esc_points_to_count (fg.g, fs->ptr); k++)
	    for (int s = 0; s < d->nsites; s++)
	      if (d->sites[s].obj == esc_points_to_at (fg.g, fs->ptr, k)
		  && slots[s])
		seen = s;
	  if (seen >= 0)
	    {
	      rewrite_realloc (as_a<gcall *> ((gimple *) fs->why.site),
			       slots[seen], d->sites[seen].slot_bytes);
	      changed = true;
	    }
	  continue;
	}
      if (fs->by_callee || fs->resizes || !fs->why.site)
	continue;
      bool callers = d->limits.alloca_budget
		     && esc_free_sees_callers (fg.g, i);
      if (callers && actions[i] == ESC_FREE_KEEP)
	actions[i] = ESC_FREE_GUARD;
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
	  guard_free (fg, d, slots, i, callers);
	  changed = true;
	  break;
	case ESC_FREE_KEEP:
	  break;
	}
    }
  XDELETEVEC (actions);
  const void **pins = XNEWVEC (const void *,
			       esc_size_query_count (fg.g) + 1);
  int npins = esc_bounds_to_pin (fg.g, d->sites, d->nsites, pins);
  for (int i = 0; i < npins; i++)
    pin_bounds (as_a<gcall *> ((gimple *) pins[i]));
  changed |= npins > 0;
  XDELETEVEC (pins);
  pop_budgeted_loops (fg, d);
  bool pushes = false;
  for (int i = 0; i < d->nsites; i++)
    {
      bool budget = d->sites[i].placement == ESC_PLACE_BUDGETED;
      if (!slots[i] && !budget)
	continue;
      if (fg.sites[i].fn == ALLOC_STRDUP || fg.sites[i].fn == ALLOC_STRNDUP)
	lower_duplication (fg.sites[i]);
      if (budget && d->limits.side_stack)
	{
	  rewrite_pushed (fg.sites[i], d->sites[i], d->limits);
	  pushes = true;
	}
      else if (budget)
	rewrite_budgeted (fg.sites[i], d->sites[i], d->limits);
      else if (d->sites[i].placement == ESC_PLACE_STACK)
	rewrite_fixed (fg.sites[i], slots[i]);
      else
	rewrite_guarded (fg.sites[i], d->sites[i], slots[i]);
      changed = true;
    }
  XDELETEVEC (slots);
  if (pushes)
    insert_side_pops (cfun);

  if (changed)
    {
      quiet_bounded_copies ();
      if (warn_suggest_attribute_const || warn_suggest_attribute_pure)
	keep_side_effects ();
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
      /* So are the memory each call may use and clobber (the alias pass
	 recomputes them before FRE and DSE; the passes before it should
	 not ask the stale ones about a slot).  */
      basic_block bb;
      FOR_EACH_BB_FN (bb, cfun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  if (gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi)))
	    {
	      pt_solution_reset (gimple_call_use_set (call));
	      pt_solution_reset (gimple_call_clobber_set (call));
	    }
      mark_virtual_operands_for_renaming (cfun);
      update_ssa (TODO_update_ssa_only_virtuals);
      cgraph_edge::rebuild_edges ();
    }
  return changed;
}
