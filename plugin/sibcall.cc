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

   - before it, in a budgeted function whose allocas are all plain ones
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

/* The budget of FUN undone: each budgeted object's test set to take the
   heap, and what that leaves dead removed.  True if FUN then takes no
   stack space at run time.  */
static bool
undo_budget (function *fun)
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
	    gassign *set = gimple_build_assign (out, build_one_cst
						     (TREE_TYPE (out)));
	    gsi_replace (&gsi, set, false);
	    known.safe_push (out);
	  }
  while (!known.is_empty ())
    {
      tree name = known.pop ();
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
  return !takes_stack_p (fun);
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
    /* None left at all: the flag is stale, and the tail-call pass may
       as well make the sibling calls the plain build makes.  */
    bool all_plain;
    if (fun->calls_alloca
	&& (!takes_stack_p (fun, &all_plain) || all_plain))
      {
	fun->calls_alloca = false;
	if (!hidden)
	  hidden = new hash_set<tree>;
	hidden->add (fun->decl);
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
    if (!takes_stack_p (fun))
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
