/* sibcall.cc -- the alloca budget against GCC's sibling calls, checked
   where GCC makes them.

   A budgeted object takes alloca space (rewrite.cc), and a function that
   calls alloca makes no sibling calls (tree-tailcall.cc,
   suitable_for_tail_call_opt_p).  A recursion that GCC runs in constant
   stack through sibling calls (f's last act is a call of g, g's of f)
   then takes a frame per level, and one that ran ten million levels deep
   overflows.  The analysis keeps the budget from functions whose calls
   that may lead back may become sibling calls (analyze.cc,
   may_be_sibling_call), but it judges the body as it is before the
   per-function passes, which may yet delete what stands after such a
   call (`return r + k;' with k a static nothing writes: hunt 40-e).
   So the budget is checked again where the answer is known, around
   GCC's tail-call pass ("tailc", the last to mark sibling calls):

   - before it, in a budgeted function with a call that may lead back,
     where a budgeted object is never read (what read it folded away
     after IPA), the budget is undone and every object never read
     deleted, as GCC deletes such an object without the budget (below,
     "Objects never read"), so that the call may become the last;
   - then, in a budgeted function whose allocas are all plain ones
     (the budget's, and any of the program's own), they are hidden from
     it (cfun->calls_alloca cleared), so that it marks the calls it
     would mark without the budget;
   - after it, if a marked call may lead back to the function (its
     callee is not one the analysis found cannot), the budget is undone:
     each budgeted object's test, which goes through a marked asm
     (rewrite.cc), is set to take the heap, and the stack branches go
     with their allocas and the stores that raise the thread's mark.
     Each object then takes the program's own allocation call, with its
     alignment and its null test (a malloc in place of the alloca would
     have neither: passes drop the test where alloca cannot fail, hunt
     41-c).  The marked calls stay, and the recursion runs as it did
     without the plugin, its objects on the heap.  Where an alloca is
     left (the program's own), no sibling call can be made after all,
     and the marks go.  Otherwise the marks go (the budgeted objects may
     be among the call's arguments), the allocas are shown again, and a
     last call that cannot lead back keeps one frame more, as the
     analysis allowed.

   With the side stack (side-stack=N) the budgeted objects are pushed on
   a region off the stack, and a pop before each return keeps a call
   from being the last, as alloca does.  So before the tail-call pass
   the pops go (with their barriers and frame tokens), the objects never
   read are handled as above (a push's result counts as alloca's), and
   after it, unless the side stack is undone (its pushes go too), the
   marks go and the pops come back.

   Under AddressSanitizer the allocas are instrumented before the
   tail-call pass (alloca_with_align, with redzones around the object),
   which the check cannot undo: it leaves such functions alone, and the
   analysis budgets no function that may recurse there (analyze.cc,
   decide).  */

#include "gcc-includes.h"
#include "bridge.h"

/* Functions the rewrite budgeted objects in, each with the callees whose
   calls the analysis found cannot lead back to it.  */
static hash_map<tree, hash_set<tree> *> *budgeted;
/* Functions whose allocas the tail-call pass does not see now.  */
static hash_set<tree> *hidden;

void
note_budgeted_function (tree fndecl, hash_set<tree> *no_reentry)
{
  if (!budgeted)
    budgeted = new hash_map<tree, hash_set<tree> *>;
  if (hash_set<tree> **old = budgeted->get (fndecl))
    delete *old;
  budgeted->put (fndecl, no_reentry);
}

/* Whether FUN has a call that may take stack space; into *ALL_PLAIN,
   when given, whether every such call is a plain alloca (the budget's,
   or the program's), not one AddressSanitizer instrumented or a VLA's.  */
static bool
takes_stack_p (function *fun, bool *all_plain = NULL)
{
  bool takes = false, plain = true;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi)))
	if (gimple_call_flags (call) & ECF_MAY_BE_ALLOCA)
	  {
	    takes = true;
	    plain &= gimple_call_builtin_p (call, BUILT_IN_ALLOCA);
	  }
  if (all_plain)
    *all_plain = plain;
  return takes;
}

/* FUN's calls that GCC's tail-call pass marked, into MARKED.  */
static void
marked_calls (function *fun, vec<gcall *> *marked)
{
  marked->truncate (0);
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi)))
	if (gimple_call_tail_p (call))
	  marked->safe_push (call);
}

/* ---- Objects never read. ----

   An object nothing reads (its pointer only stored through, given to
   memset or memcpy to write, tested against null and freed) is dead,
   and GCC deletes it with its allocation and free (DSE, then DCE's
   malloc/free pairs) before the tail-call pass.
   Budgeted, it is not: its free goes through the budget's frame test,
   its allocation through the budget's branches, and what is left after
   a call that may lead back to the function keeps that call from
   becoming a sibling call (an object allocated after it whose use is
   behind a flag IPA finds 0, a copy back of its bytes to where they
   came from: hunt 41-c).  So before the tail-call pass, where such an
   object is budgeted, the budget is undone and every object never read
   deleted, as GCC would have, then what only they needed (GCC's own
   dead code pass: a loop that only wrote them, a length for memset).
   Not seen: an object read only to write itself (p[i] ^= x), two that
   point at each other, one whose null test guards code that branches
   or calls.  */

/* What a name holds of the object scanned: a pointer to it (a copy, an
   offset into it, null or it), its address as an integer plus an offset
   (an induction variable GCC's loop passes made of a pointer), or a
   value computed from its address (a frame test of the budget's free, a
   byte of it).  Stronger first.  */
enum held { HOLDS_POINTER = 1, HOLDS_ADDRESS, HOLDS_VALUE };

/* Whether STMT calls the C library's CODE (not a program's own function
   of that name).  */
static bool
library_call_p (const gimple *stmt, built_in_function code)
{
  return gimple_call_builtin_p (stmt, code)
	 && !defined_by_program_p (gimple_call_fndecl (stmt));
}

/* Whether STMT writes memory its first argument points to, and nothing
   else, returning that argument: memset, memcpy, memmove, strcpy,
   strncpy, also in their checking forms (_FORTIFY_SOURCE).  */
static bool
copy_into_p (const gimple *stmt)
{
  static const built_in_function codes[] = {
    BUILT_IN_MEMSET, BUILT_IN_MEMCPY, BUILT_IN_MEMMOVE, BUILT_IN_STRCPY,
    BUILT_IN_STRNCPY, BUILT_IN_MEMSET_CHK, BUILT_IN_MEMCPY_CHK,
    BUILT_IN_MEMMOVE_CHK, BUILT_IN_STRCPY_CHK, BUILT_IN_STRNCPY_CHK
  };
  for (built_in_function code : codes)
    if (library_call_p (stmt, code))
      return true;
  return false;
}

/* Whether NAME is the result of a plain alloca or of the side stack's
   push (a budgeted object's stack branch, PHI'd with its heap branch),
   or that as an integer.  */
static bool
from_alloca_p (tree name)
{
  if (TREE_CODE (name) != SSA_NAME)
    return false;
  gimple *def = SSA_NAME_DEF_STMT (name);
  if (is_gimple_assign (def)
      && CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def)))
    return from_alloca_p (gimple_assign_rhs1 (def));
  return gimple_call_builtin_p (def, BUILT_IN_ALLOCA)
	 || side_push_call_p (def);
}

/* Whether FUN pushes objects on the side stack.  */
static bool
pushes_p (function *fun)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (side_push_call_p (gsi_stmt (gsi)))
	return true;
  return false;
}

/* The computation of a removed push's or pop's frame token, NAME, if
   nothing else uses it: a call of __builtin_dwarf_cfa, which GCC keeps
   (it is not const), and its conversion.  Left before a call, it would
   keep the call from being the last.  */
static void
remove_token (tree name)
{
  if (TREE_CODE (name) != SSA_NAME || !has_zero_uses (name))
    return;
  gimple *def = SSA_NAME_DEF_STMT (name);
  tree from = NULL_TREE;
  if (is_gimple_assign (def)
      && CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def)))
    from = gimple_assign_rhs1 (def);
  else if (!gimple_call_builtin_p (def, BUILT_IN_DWARF_CFA))
    return;
  gimple_stmt_iterator gsi = gsi_for_stmt (def);
  unlink_stmt_vdef (def);
  gsi_remove (&gsi, true);
  release_defs (def);
  if (from)
    remove_token (from);
}

/* FUN's calls of the side stack's push and rewind (PUSHES: the side
   stack is undone) or pop, with their barriers and frame tokens: a
   push's result becomes null, which the undone tests no longer read.  */
static void
remove_side_calls (function *fun, bool pushes)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);)
      {
	gimple *stmt = gsi_stmt (gsi);
	gasm *barrier = dyn_cast <gasm *> (stmt);
	if (barrier
	    && !strcmp (gimple_asm_string (barrier),
			pushes ? ESC_SIDE_REWIND_ASM : ESC_SIDE_POP_ASM))
	  {
	    unlink_stmt_vdef (stmt);
	    gsi_remove (&gsi, true);
	    continue;
	  }
	int token_arg;
	if (pushes && side_push_call_p (stmt))
	  token_arg = 1;
	else if (pushes ? side_rewind_call_p (stmt) : side_pop_call_p (stmt))
	  token_arg = 0;
	else
	  {
	    gsi_next (&gsi);
	    continue;
	  }
	tree token = gimple_call_arg (stmt, token_arg);
	unlink_stmt_vdef (stmt);
	tree lhs = gimple_call_lhs (stmt);
	if (lhs)
	  {
	    gsi_replace (&gsi, gimple_build_assign
			 (lhs, build_int_cst (TREE_TYPE (lhs), 0)), false);
	    gsi_next (&gsi);
	  }
	else
	  {
	    gsi_remove (&gsi, true);
	    release_defs (stmt);
	  }
	remove_token (token);
      }
}

/* Whether REF is a part of what NAME points to (p->field, p[i]).  */
static bool
part_of_p (tree ref, tree name)
{
  tree base = get_base_address (ref);
  return base && (TREE_CODE (base) == MEM_REF
		  || TREE_CODE (base) == TARGET_MEM_REF)
	 && TREE_OPERAND (base, 0) == name;
}

/* Whether TYPE holds an address as an integer.  */
static bool
address_type_p (tree type)
{
  return INTEGRAL_TYPE_P (type)
	 && TYPE_PRECISION (type) == TYPE_PRECISION (ptr_type_node);
}

/* walk_tree's callback: a name HELD (a hash_map of names) has.  */
static tree
mentions (tree *t, int *, void *held)
{
  return TREE_CODE (*t) == SSA_NAME
	 && ((hash_map<tree, int> *) held)->get (*t) ? *t : NULL_TREE;
}

/* Where the way along E goes on to meet another: E's destination, or,
   while a block holds only values (for the PHIs of HELD's object, or its
   WRITTEN writes) and those writes, and has one successor, the next;
   *IN is the edge in.  */
static basic_block
meeting_point (edge e, hash_map<tree, int> &held,
	       hash_set<gimple *> &written, edge *in)
{
  /* A few blocks on: no loop is walked around.  */
  for (int steps = 0; steps < 8; steps++)
    {
      basic_block bb = e->dest;
      *in = e;
      if (!single_succ_p (bb))
	return bb;
      /* Its PHIs too (the budget's stack branch may join here).  */
      for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	if (!virtual_operand_p (gimple_phi_result (gsi.phi ()))
	    && !held.get (gimple_phi_result (gsi.phi ())))
	  return bb;
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gimple *stmt = gsi_stmt (gsi);
	  /* Not its free: GCC keeps one a test guards (`if (p) free
	     (p)'), and the allocation with it, which may fail.  */
	  if (is_gimple_debug (stmt) || gimple_code (stmt) == GIMPLE_LABEL
	      || gimple_code (stmt) == GIMPLE_NOP
	      || (written.contains (stmt)
		  && !library_call_p (stmt, BUILT_IN_FREE)))
	    continue;
	  /* A value computed for them: a name is seen after the meeting
	     only through its PHIs.  */
	  if (!is_gimple_assign (stmt)
	      || TREE_CODE (gimple_assign_lhs (stmt)) != SSA_NAME
	      || gimple_has_side_effects (stmt)
	      || stmt_could_throw_p (cfun, stmt))
	    return bb;
	}
      e = single_succ_edge (bb);
    }
  *in = e;
  return e->dest;
}

/* Whether the null test TEST of an object decides only what the object
   computes (HELD) and writes (WRITTEN): its two ways meet, straight or
   through a block each of only such statements, and where they meet,
   each PHI whose arguments differ holds something of the object (the
   pointer a free of it takes, null on the way where the test fails), or
   is the memory its writes made.  */
static bool
decides_only (gcond *test, hash_map<tree, int> &held,
	      hash_set<gimple *> &written)
{
  basic_block bb = gimple_bb (test);
  edge in0, in1;
  basic_block meet = meeting_point (EDGE_SUCC (bb, 0), held, written, &in0);
  if (meet != meeting_point (EDGE_SUCC (bb, 1), held, written, &in1))
    return false;
  for (gphi_iterator gsi = gsi_start_phis (meet); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gphi *phi = gsi.phi ();
      if (virtual_operand_p (gimple_phi_result (phi)))
	continue;
      if (!operand_equal_p (PHI_ARG_DEF_FROM_EDGE (phi, in0),
			    PHI_ARG_DEF_FROM_EDGE (phi, in1), 0)
	  && !held.get (gimple_phi_result (phi)))
	return false;
    }
  return true;
}

/* How an object never read is used, besides by its writes.  */
struct never_read
{
  auto_vec<gimple *> writes;	/* stores, copies into it, frees */
  auto_vec<tree> names;		/* what holds something of it */
  /* Its null tests that decide only what it computes itself.  */
  auto_vec<gcond *> null_tests;
  /* Its addresses compared with each other (a loop's end), or a null
     test of it that decides something else: it stays while such a test
     stays.  */
  bool compared, decides;
  bool budgeted;		/* joined with an alloca */
};

/* Whether the object allocation call ALLOC returns is never read: its
   pointer goes only to stores through it, to memset, memcpy, memmove,
   strcpy and strncpy as their destination (and what they return), to
   free, to tests of it against null and to comparisons of its addresses
   with each other, also through copies, offsets, PHIs, induction
   variables and the budget's frame tests; what its writes store may
   come from its address.  What it found goes into *USE.  A PHI may join
   an alloca (the object's stack branch while it is budgeted), whose own
   block is the budget's and not looked at; then USE->budgeted is set.  */
static bool
never_read_p (gcall *alloc, never_read *use)
{
  hash_map<tree, int> held;
  /* The names to look at, stronger first: a weaker one never turns out
     to be a stronger one once the stronger are all known (a value may
     turn out to be a pointer, a free's argument that is null or the
     object depending on the budget's frame test; an integer is never a
     pointer), so each name is looked at once, as what it finally
     holds.  */
  auto_vec<tree> work[HOLDS_VALUE + 1];
  hash_set<tree> seen[HOLDS_VALUE + 1];
  auto_vec<gimple *> joins;	/* PHIs, COND_EXPRs and sums */
  hash_set<gimple *> written;
  use->writes.truncate (0);
  use->names.truncate (0);
  use->null_tests.truncate (0);
  use->compared = use->decides = use->budgeted = false;
  /* A test of NAME against null, as CODE OP0 OP1.  */
  auto null_test_p = [] (tree name, enum tree_code code, tree op0, tree op1) {
    return (code == EQ_EXPR || code == NE_EXPR)
	   && ((op0 == name && integer_zerop (op1))
	       || (op1 == name && integer_zerop (op0)));
  };
  auto hold = [&] (tree name, int kind) {
    int *old = held.get (name);
    if (old && *old <= kind)
      return;
    held.put (name, kind);
    work[kind].safe_push (name);
  };
  auto kind_of = [&] (tree t) {
    int *k = TREE_CODE (t) == SSA_NAME ? held.get (t) : NULL;
    return k ? *k : 0;
  };
  auto write = [&] (gimple *stmt) {
    if (!written.add (stmt))
      use->writes.safe_push (stmt);
  };
  tree base = gimple_call_lhs (alloc);
  hold (base, HOLDS_POINTER);
  for (;;)
    {
      int kind = HOLDS_POINTER;
      while (kind <= HOLDS_VALUE && work[kind].is_empty ())
	kind++;
      if (kind > HOLDS_VALUE)
	break;
      tree name = work[kind].pop ();
      kind = kind_of (name);
      if (seen[kind].add (name))
	continue;
      use->names.safe_push (name);
      bool pointer = kind == HOLDS_POINTER, address = kind == HOLDS_ADDRESS;
      imm_use_iterator it;
      gimple *stmt;
      FOR_EACH_IMM_USE_STMT (stmt, it, name)
	{
	  if (is_gimple_debug (stmt))
	    continue;
	  if (gimple_has_volatile_ops (stmt))
	    return false;
	  if (gphi *phi = dyn_cast <gphi *> (stmt))
	    {
	      hold (gimple_phi_result (phi), kind);
	      joins.safe_push (phi);
	    }
	  else if (gassign *set = dyn_cast <gassign *> (stmt))
	    {
	      tree lhs = gimple_assign_lhs (set);
	      enum tree_code code = gimple_assign_rhs_code (set);
	      tree rhs1 = gimple_assign_rhs1 (set);
	      if (TREE_CODE (lhs) != SSA_NAME)
		write (set);	/* a store: checked below */
	      else if (gimple_vuse (set))
		return false;	/* a load */
	      else if ((pointer || address) && POINTER_TYPE_P (TREE_TYPE (lhs))
		       && (CONVERT_EXPR_CODE_P (code) || code == SSA_NAME
			   || (code == POINTER_PLUS_EXPR && rhs1 == name)))
		hold (lhs, HOLDS_POINTER);
	      else if (pointer && code == ADDR_EXPR
		       && part_of_p (TREE_OPERAND (rhs1, 0), name))
		hold (lhs, HOLDS_POINTER);	/* &p->field */
	      else if ((pointer || address)
		       && address_type_p (TREE_TYPE (lhs))
		       && (CONVERT_EXPR_CODE_P (code) || code == SSA_NAME))
		hold (lhs, HOLDS_ADDRESS);
	      else if (address && address_type_p (TREE_TYPE (lhs))
		       && (code == PLUS_EXPR
			   || (code == MINUS_EXPR && rhs1 == name)))
		{
		  hold (lhs, HOLDS_ADDRESS);
		  joins.safe_push (set);
		}
	      else if (pointer && code == COND_EXPR && rhs1 != name)
		{
		  hold (lhs, HOLDS_POINTER);
		  joins.safe_push (set);
		}
	      else
		hold (lhs, HOLDS_VALUE);
	    }
	  else if (gcond *test = dyn_cast <gcond *> (stmt))
	    {
	      tree op0 = gimple_cond_lhs (test), op1 = gimple_cond_rhs (test);
	      if (pointer
		  && null_test_p (name, gimple_cond_code (test), op0, op1))
		use->null_tests.safe_push (test);	/* checked below */
	      else if (pointer || address)
		{
		  /* Its addresses with each other (checked below).  */
		  use->compared = true;
		  joins.safe_push (test);
		}
	      else
		return false;
	    }
	  else if (pointer && is_gimple_call (stmt)
		   && gimple_call_num_args (stmt)
		   && gimple_call_arg (stmt, 0) == name
		   && library_call_p (stmt, BUILT_IN_FREE))
	    write (stmt);
	  else if (pointer && is_gimple_call (stmt)
		   && gimple_call_num_args (stmt)
		   && gimple_call_arg (stmt, 0) == name
		   && copy_into_p (stmt))
	    {
	      /* Each returns its destination.  */
	      write (stmt);
	      tree lhs = gimple_call_lhs (stmt);
	      if (lhs && TREE_CODE (lhs) != SSA_NAME)
		return false;
	      if (lhs)
		hold (lhs, HOLDS_POINTER);
	    }
	  else
	    return false;
	}
    }
  /* Only now all names are known: a pointer or an address joined must be
     one to the object (or null) on every way, an address compared must
     be compared with another, and what is written must hold no part of
     it but the pointer written through and, for a store, the value.  */
  auto derived_p = [&] (tree t, int kind) {
    int k = kind_of (t);
    return k && k <= kind;
  };
  for (gimple *join : joins)
    if (gphi *phi = dyn_cast <gphi *> (join))
      {
	int kind = kind_of (gimple_phi_result (phi));
	if (kind == HOLDS_VALUE)
	  continue;
	for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	  {
	    tree arg = gimple_phi_arg_def (phi, i);
	    if (from_alloca_p (arg))
	      use->budgeted = true;
	    else if (kind_of (arg) != kind && !integer_zerop (arg))
	      return false;	/* null, or its address where it is null */
	  }
      }
    else if (gcond *test = dyn_cast <gcond *> (join))
      {
	if (!derived_p (gimple_cond_lhs (test), HOLDS_ADDRESS)
	    || !derived_p (gimple_cond_rhs (test), HOLDS_ADDRESS))
	  return false;
      }
    else if (gimple_assign_rhs_code (join) == COND_EXPR)
      {
	for (unsigned i = 2; i <= 3; i++)
	  {
	    tree arm = gimple_op (join, i);
	    if (kind_of (arm) != HOLDS_POINTER && !integer_zerop (arm))
	      return false;
	  }
      }
    else if (kind_of (gimple_assign_lhs (join)) == HOLDS_ADDRESS
	     && (kind_of (gimple_assign_rhs1 (join)) != 0)
		 + (kind_of (gimple_assign_rhs2 (join)) != 0) != 1)
      return false;		/* an offset that is not one */
  for (gimple *stmt : use->writes)
    if (gcall *call = dyn_cast <gcall *> (stmt))
      {
	/* A copy's source must not be it; memset's byte may.  */
	if (!library_call_p (call, BUILT_IN_MEMSET)
	    && !library_call_p (call, BUILT_IN_MEMSET_CHK))
	  for (unsigned i = 1; i < gimple_call_num_args (call); i++)
	    if (kind_of (gimple_call_arg (call, i)))
	      return false;
      }
    else
      {
	/* A store through a pointer to it, of anything but what a load
	   from it gives (an aggregate copy from memory it addresses).  */
	tree mem = get_base_address (gimple_assign_lhs (stmt));
	tree rhs = gimple_assign_rhs1 (stmt);
	if (!mem
	    || (TREE_CODE (mem) != MEM_REF && TREE_CODE (mem) != TARGET_MEM_REF)
	    || kind_of (TREE_OPERAND (mem, 0)) != HOLDS_POINTER)
	  return false;
	if (!is_gimple_val (rhs)
	    && walk_tree (&rhs, mentions, &held, NULL))
	  return false;
      }
  /* A null test that decides something besides what the object computes
     (a counter, whether to allocate: an allocation that may fail or a
     pointer that may be null on the way to the test) keeps it.  */
  for (gcond *test : use->null_tests)
    use->decides |= !decides_only (test, held, written);
  return true;
}

/* The budget of FUN undone: each budgeted object's test set to take the
   heap, and the branches that leaves dead removed.  The names the tests
   computed from (the stack pointer, the thread's mark) go into DEAD when
   given.  True if FUN then takes no stack space at run time.  */
static bool
undo_budget (function *fun, bitmap dead = NULL)
{
  /* The tests' values, and what passes made of them (a conversion, a
     combination with another test), are now constants.  */
  auto_vec<tree> known;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (gasm *test = dyn_cast <gasm *> (gsi_stmt (gsi)))
	if (gimple_asm_noutputs (test) == 1
	    && !strcmp (gimple_asm_string (test), ESC_BUDGET_TEST_ASM))
	  {
	    tree out = TREE_VALUE (gimple_asm_output_op (test, 0));
	    tree in = TREE_VALUE (gimple_asm_input_op (test, 0));
	    if (dead && TREE_CODE (in) == SSA_NAME)
	      bitmap_set_bit (dead, SSA_NAME_VERSION (in));
	    gassign *set = gimple_build_assign (out, build_one_cst
						     (TREE_TYPE (out)));
	    gsi_replace (&gsi, set, false);
	    known.safe_push (out);
	  }
  while (!known.is_empty ())
    {
      tree name = known.pop ();
      if (dead)
	bitmap_set_bit (dead, SSA_NAME_VERSION (name));
      tree value = gimple_assign_rhs1 (SSA_NAME_DEF_STMT (name));
      auto_vec<gimple *> users;
      imm_use_iterator it;
      gimple *user;
      FOR_EACH_IMM_USE_STMT (user, it, name)
	users.safe_push (user);
      replace_uses_by (name, value);
      for (gimple *u : users)
	if (is_gimple_assign (u) && gimple_assign_single_p (u)
	    && TREE_CODE (gimple_assign_lhs (u)) == SSA_NAME
	    && is_gimple_min_invariant (gimple_assign_rhs1 (u)))
	  known.safe_push (gimple_assign_lhs (u));
    }
  cleanup_tree_cfg ();
  remove_side_calls (fun, true);
  return !takes_stack_p (fun);
}

/* Whether STMT allocates from the C library's heap (the allocations GCC
   deletes when nothing reads what they return), as builtins.cc knows
   allocation calls.  */
static bool
allocation_p (gimple *stmt)
{
  enum alloc_fn kind = alloc_call_kind (stmt);
  return (kind == ALLOC_MALLOC || kind == ALLOC_CALLOC
	  || kind == ALLOC_ALIGNED_ALLOC)
	 && gimple_call_lhs (stmt)
	 && TREE_CODE (gimple_call_lhs (stmt)) == SSA_NAME;
}

/* Whether STMT calls GCC's builtin CODE, by code: the rewrite's frame
   address call passes an int, which gimple_call_builtin_p refuses.  */
static bool
builtin_code_p (gimple *stmt, built_in_function code)
{
  tree callee = is_gimple_call (stmt) ? gimple_call_fndecl (stmt) : NULL;
  return callee && fndecl_built_in_p (callee, code);
}

/* Whether an allocation nothing uses may go, with what it was computed
   from: an allocation, the budget's reads of the stack pointer and the
   frame address, and what has no side effects.  */
static bool
removable_p (gimple *stmt)
{
  if (is_a <gphi *> (stmt))
    return true;
  if (is_gimple_call (stmt))
    return builtin_code_p (stmt, BUILT_IN_STACK_SAVE)
	   || builtin_code_p (stmt, BUILT_IN_FRAME_ADDRESS)
	   || allocation_p (stmt);
  return is_gimple_assign (stmt) && !gimple_has_side_effects (stmt)
	 && !stmt_could_throw_p (cfun, stmt);
}

/* STMT removed, its operands' names into DEAD.  */
static void
remove_stmt (gimple *stmt, bitmap dead)
{
  ssa_op_iter iter;
  use_operand_p use;
  FOR_EACH_PHI_OR_STMT_USE (use, stmt, iter, SSA_OP_USE)
    if (TREE_CODE (USE_FROM_PTR (use)) == SSA_NAME
	&& !SSA_NAME_IS_DEFAULT_DEF (USE_FROM_PTR (use)))
      bitmap_set_bit (dead, SSA_NAME_VERSION (USE_FROM_PTR (use)));
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  if (gphi *phi = dyn_cast <gphi *> (stmt))
    {
      gphi_iterator pgsi = gsi_for_phi (phi);
      remove_phi_node (&pgsi, true);
      return;
    }
  basic_block bb = gimple_bb (stmt);
  unlink_stmt_vdef (stmt);
  /* What a copy returns, its destination, may yet be used (the object's
     free when a test keeps it).  */
  tree lhs = is_gimple_call (stmt) ? gimple_call_lhs (stmt) : NULL_TREE;
  if (lhs && TREE_CODE (lhs) == SSA_NAME && !has_zero_uses (lhs))
    {
      tree dest = gimple_call_arg (stmt, 0);
      gsi_replace (&gsi, (useless_type_conversion_p (TREE_TYPE (lhs),
						     TREE_TYPE (dest))
			  ? gimple_build_assign (lhs, dest)
			  : gimple_build_assign (lhs, NOP_EXPR, dest)),
		   false);
      if (gimple_vdef (stmt) && TREE_CODE (gimple_vdef (stmt)) == SSA_NAME)
	release_ssa_name (gimple_vdef (stmt));
      return;
    }
  /* A store that may trap (-fnon-call-exceptions) takes its way to the
     handler with it.  */
  if (gsi_remove (&gsi, true))
    gimple_purge_dead_eh_edges (bb);
  release_defs (stmt);
}

/* The names in DEAD that nothing uses removed, with what only they used:
   GCC's simple_dce_from_worklist, with the calls removable_p allows.  */
static void
dce_names (bitmap dead)
{
  while (!bitmap_empty_p (dead))
    {
      unsigned i = bitmap_first_set_bit (dead);
      bitmap_clear_bit (dead, i);
      tree name = ssa_name (i);
      if (name && has_zero_uses (name)
	  && removable_p (SSA_NAME_DEF_STMT (name)))
	remove_stmt (SSA_NAME_DEF_STMT (name), dead);
    }
}

/* What the objects deleted leave behind removed as GCC's dead code pass
   removes it before the tail-call pass, and which would stand between
   a call and the return: a branch that decides nothing now, a length
   computed for a memset that went, a loop that only gave back stack
   space.  The pass itself, run on FUN (its aggressive form, as at -O2),
   and what it asks to be done after it.  */
static void
remove_dead_code (function *fun)
{
  static opt_pass *dce;
  if (!dce)
    {
      dce = make_pass_cd_dce (g);
      dce->set_pass_param (0, false);
    }
  unsigned todo = dce->execute (fun);
  if (todo & TODO_cleanup_cfg)
    cleanup_tree_cfg ();
  if (todo & TODO_update_ssa_any)
    update_ssa (todo & TODO_update_ssa_any);
}

/* The objects of FUN never read deleted, with their writes, their
   allocations and what only they used, from the names in DEAD on.  */
static void
delete_never_read (function *fun, bitmap dead)
{
  /* No alloca is left, so each stack restore gives back nothing: those
     of the loops that gave back their iterations' budgeted space
     (rewrite.cc) go, as GCC's own go where no alloca is between.  */
  auto_vec<gcall *> allocs, restores;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (allocation_p (gsi_stmt (gsi)))
	allocs.safe_push (as_a <gcall *> (gsi_stmt (gsi)));
      else if (builtin_code_p (gsi_stmt (gsi), BUILT_IN_STACK_RESTORE))
	restores.safe_push (as_a <gcall *> (gsi_stmt (gsi)));
  for (gcall *restore : restores)
    remove_stmt (restore, dead);
  /* Until nothing goes: an object stored only into one never read is
     never read once that one goes; one tested against null, or whose
     addresses a loop compares with each other (its end), loses its
     writes first, and goes once GCC's dead code pass has taken the tests
     that decide nothing now.  A test that decides something stays, and
     so does the object (an allocation that fails where its size is too
     big is the program's business).  */
  never_read use;
  for (bool changed = true; changed;)
    {
      changed = false;
      for (gcall *alloc : allocs)
	if (gimple_bb (alloc) && never_read_p (alloc, &use))
	  {
	    for (gimple *write : use.writes)
	      if (!(use.compared || use.decides)
		  || !library_call_p (write, BUILT_IN_FREE))
		{
		  remove_stmt (write, dead);
		  changed = true;
		}
	    if (use.compared || use.decides)
	      continue;
	    /* Either way of each of its null tests does the same now.  */
	    for (gcond *test : use.null_tests)
	      {
		gimple_cond_make_true (test);
		update_stmt (test);
	      }
	    /* Nothing but what it computes itself uses what it holds
	       now (an induction variable's cycle too): all goes, with
	       the allocation.  What debug statements bind to those names
	       goes first: each name's removal would bind a debug
	       temporary to its operands, which may be gone by then.  */
	    for (tree name : use.names)
	      if (!SSA_NAME_IN_FREE_LIST (name))
		{
		  imm_use_iterator it;
		  gimple *stmt;
		  FOR_EACH_IMM_USE_STMT (stmt, it, name)
		    if (gimple_debug_bind_p (stmt))
		      {
			gimple_debug_bind_reset_value (stmt);
			update_stmt (stmt);
		      }
		}
	    for (tree name : use.names)
	      if (!SSA_NAME_IN_FREE_LIST (name))
		{
		  gimple *def = SSA_NAME_DEF_STMT (name);
		  if (def && gimple_bb (def) && !is_gimple_call (def))
		    remove_stmt (def, dead);
		}
	    remove_stmt (alloc, dead);
	    changed = true;
	  }
      dce_names (dead);
      if (changed)
	{
	  cleanup_tree_cfg ();
	  remove_dead_code (fun);
	}
    }
}

/* Whether FUN has a call that may lead back to it: one of the program's
   whose callee is not in NO_REENTRY.  */
static bool
may_lead_back_p (function *fun, hash_set<tree> *no_reentry)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi)))
	{
	  tree callee = gimple_call_fndecl (call);
	  if (gimple_call_internal_p (call)
	      || side_push_call_p (call) || side_pop_call_p (call)
	      || side_rewind_call_p (call)
	      || (callee && no_reentry->contains (callee))
	      || (callee && fndecl_built_in_p (callee, BUILT_IN_NORMAL)
		  && !defined_by_program_p (callee)))
	    continue;
	  return true;
	}
  return false;
}

/* A budgeted object of FUN never read, if there is one, whose null
   tests decide nothing else: GCC would keep one they do (`if (!p)
   abort ();'), and an undo for it would gain nothing.  */
static gcall *
budgeted_never_read (function *fun)
{
  never_read use;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (allocation_p (gsi_stmt (gsi))
	  && never_read_p (as_a <gcall *> (gsi_stmt (gsi)), &use)
	  && use.budgeted && !use.decides)
	return as_a <gcall *> (gsi_stmt (gsi));
  return NULL;
}

/* FUN is to be checked after the tail-call pass.  */
static void
hide (function *fun)
{
  if (!hidden)
    hidden = new hash_set<tree>;
  hidden->add (fun->decl);
}

static const pass_data tail_hide_pass_data = {
  GIMPLE_PASS, "escape-tail-hide", OPTGROUP_NONE, TV_PLUGIN_RUN,
  PROP_cfg | PROP_ssa, 0, 0, 0, 0
};

class tail_hide_pass : public gimple_opt_pass
{
public:
  tail_hide_pass (gcc::context *ctxt)
    : gimple_opt_pass (tail_hide_pass_data, ctxt)
  {}

  /* As the tail-call pass's gate, in a budgeted function.  */
  bool gate (function *fun) final override
  {
    return budgeted && budgeted->get (fun->decl)
	   && opt_for_fn (fun->decl, flag_optimize_sibling_calls);
  }

  unsigned int execute (function *fun) final override
  {
    bool all_plain;
    gcall *dead;
    bool side = pushes_p (fun);
    /* Not where the program keeps dead stores and objects
       (-fno-tree-dse, -fno-tree-dce): there GCC leaves them too.  */
    if ((side
	 || (fun->calls_alloca && takes_stack_p (fun, &all_plain)
	     && all_plain))
	&& opt_for_fn (fun->decl, flag_tree_dse)
	&& opt_for_fn (fun->decl, flag_tree_dce)
	&& may_lead_back_p (fun, *budgeted->get (fun->decl))
	&& (dead = budgeted_never_read (fun)))
      {
	report_budget_undone (dead, true);
	auto_bitmap names;
	if (undo_budget (fun, names))
	  delete_never_read (fun, names);
	cgraph_edge::rebuild_edges ();
      }
    if (side)
      {
	/* The side stack's pops go until the check after the pass (a pop
	   after a call keeps it from being the last).  */
	remove_side_calls (fun, false);
	cgraph_edge::rebuild_edges ();
	if (pushes_p (fun))
	  hide (fun);
	return 0;
      }
    /* None left at all: the flag is stale, and the tail-call pass may
       as well make the sibling calls the plain build makes.  */
    if (fun->calls_alloca
	&& (!takes_stack_p (fun, &all_plain) || all_plain))
      {
	fun->calls_alloca = false;
	hide (fun);
      }
    return 0;
  }
};

static const pass_data tail_check_pass_data = {
  GIMPLE_PASS, "escape-tail-check", OPTGROUP_NONE, TV_PLUGIN_RUN,
  PROP_cfg | PROP_ssa, 0, 0, 0, 0
};

class tail_check_pass : public gimple_opt_pass
{
public:
  tail_check_pass (gcc::context *ctxt)
    : gimple_opt_pass (tail_check_pass_data, ctxt)
  {}

  bool gate (function *fun) final override
  {
    return hidden && hidden->contains (fun->decl);
  }

  unsigned int execute (function *fun) final override
  {
    hidden->remove (fun->decl);
    hash_set<tree> *no_reentry = *budgeted->get (fun->decl);
    budgeted->remove (fun->decl);
    auto_vec<gcall *> marked;
    marked_calls (fun, &marked);
    gcall *reentering = NULL;
    for (gcall *call : marked)
      {
	tree callee = gimple_call_fndecl (call);
	if (!callee || !no_reentry->contains (callee))
	  {
	    reentering = call;
	    break;
	  }
      }
    delete no_reentry;
    bool side = pushes_p (fun);
    if (!side && !takes_stack_p (fun))
      return 0;
    if (reentering)
      {
	/* Said first: the call may be one of the copies the undo
	   removes with the budget's branches.  */
	report_budget_undone (reentering);
	bool no_stack = undo_budget (fun);
	cgraph_edge::rebuild_edges ();
	if (no_stack)
	  return 0;
	/* The program's own alloca is left: no sibling call after all.
	   The marks go from the calls that are left.  */
	marked_calls (fun, &marked);
      }
    for (gcall *call : marked)
      gimple_call_set_tail (call, false);
    if (side)
      {
	insert_side_pops (fun);
	mark_virtual_operands_for_renaming (fun);
	update_ssa (TODO_update_ssa_only_virtuals);
	cgraph_edge::rebuild_edges ();
      }
    else
      fun->calls_alloca = true;
    return 0;
  }
};

opt_pass *
make_tail_hide_pass (gcc::context *ctxt)
{
  return new tail_hide_pass (ctxt);
}

opt_pass *
make_tail_check_pass (gcc::context *ctxt)
{
  return new tail_check_pass (ctxt);
}
