/* wrappers.cc -- the program's allocation and free wrappers: calls of an
   `xmalloc' or an `xfree' read as the malloc or free they amount to.

   A project allocates through a function of its own that checks
   malloc's result (`p = malloc (n); if (!p) fatal (...); return p;').
   Where GCC inlines it, the caller holds the malloc and the plugin moves
   it; where GCC does not (-Os, a wrapper over the inliner's limits, one
   declared noinline), its result is "returned from 'xmalloc'" and no
   call of it moved.  So a call of a function whose body is only that is
   an allocation site itself: a local result takes a slot, and the call
   goes.  Likewise a call of a function whose body is only `free (p)'
   (perhaps behind `if (p)') is a free.

   The shape is read from the body that runs (call_target: not weak,
   interposable or an ifunc, not another partition's), and must be
   exactly this, so that deleting the call deletes nothing else:
   - every statement from which the function may return is the one
     malloc or calloc call (the C library's, or a call of another
     wrapper: find_wrappers reads the unit until no more are found),
     copies of its result, tests of it against null and the return of
     it;
   - the sizes it passes are constants or the wrapper's own parameters,
     unchanged, or an integer parameter converted once to size_t (the
     caller's argument converted alike is then the size:
     rewrite_guarded's test converts it); malloc's may be made at least
     1 first, tests of the parameters deciding;
   - the only ways from there into code that cannot return (an error
     message and exit, abort, longjmp) are the tests' null edges: that
     code runs only when malloc failed, which a slot does not;
   - nothing loops there: the call allocates once.
   GCC's malloc attribute is not needed and not trusted (a bump allocator
   may carry it).  The code of the null edges may do anything with the
   wrapper's arguments, sizes too, so those escape (builtins.cc); the call
   graph keeps the call, so recursion and the chain of frames count it.
   A wrapper's call is never budgeted (the budget's sibling-call checks
   know GCC's deletions of the library's calls, not of this one), and
   GCC knows no size for its result, as for strdup's (policy.c).  */

#include "gcc-includes.h"
#include "bridge.h"

/* The unit's allocation wrappers and free wrappers, by cgraph uid.  Read
   before any body is rewritten (the budget guards a free wrapper's free)
   and not added to after, so the sites may keep pointers to the
   descriptors.  */
typedef int_hash<int, -1, -2> uid_hash;
static hash_map<uid_hash, alloc_wrapper> *shapes;
static hash_set<uid_hash> *free_shapes;

/* The parameter of FNDECL whose incoming value T is, or -1.  */
static int
incoming_param (tree fndecl, tree t)
{
  if (TREE_CODE (t) != SSA_NAME || !SSA_NAME_IS_DEFAULT_DEF (t)
      || !SSA_NAME_VAR (t) || TREE_CODE (SSA_NAME_VAR (t)) != PARM_DECL)
    return -1;
  return param_index (fndecl, SSA_NAME_VAR (t));
}

/* The blocks of FUN from which its exit is reachable, by any edge.  */
static void
returning_blocks (function *fun, bitmap out)
{
  auto_vec<basic_block> work;
  work.safe_push (EXIT_BLOCK_PTR_FOR_FN (fun));
  bitmap_set_bit (out, EXIT_BLOCK_PTR_FOR_FN (fun)->index);
  while (!work.is_empty ())
    {
      basic_block bb = work.pop ();
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->preds)
	if (bitmap_set_bit (out, e->src->index))
	  work.safe_push (e->src);
    }
}

/* Whether the blocks IN of FUN hold a cycle: a depth-first walk from the
   entry along their edges meets a block still on its path.  */
static bool
cycle_among (function *fun, bitmap in)
{
  auto_bitmap on_path, done;
  auto_vec<std::pair<basic_block, edge_iterator> > stack;
  basic_block entry = ENTRY_BLOCK_PTR_FOR_FN (fun);
  stack.safe_push (std::make_pair (entry, ei_start (entry->succs)));
  bitmap_set_bit (on_path, entry->index);
  while (!stack.is_empty ())
    {
      std::pair<basic_block, edge_iterator> &top = stack.last ();
      if (ei_end_p (top.second))
	{
	  bitmap_clear_bit (on_path, top.first->index);
	  bitmap_set_bit (done, top.first->index);
	  stack.pop ();
	  continue;
	}
      basic_block next = ei_edge (top.second)->dest;
      ei_next (&top.second);
      if (!bitmap_bit_p (in, next->index))
	continue;
      if (bitmap_bit_p (on_path, next->index))
	return true;
      if (bitmap_set_bit (done, next->index))
	{
	  bitmap_set_bit (on_path, next->index);
	  stack.safe_push (std::make_pair (next, ei_start (next->succs)));
	}
    }
  return false;
}

/* Statements that do nothing at run time.  */
static bool
inert_p (gimple *stmt)
{
  return is_gimple_debug (stmt) || gimple_code (stmt) == GIMPLE_NOP
	 || gimple_code (stmt) == GIMPLE_LABEL
	 || gimple_code (stmt) == GIMPLE_PREDICT;
}

/* The values of a body that say whether the pointer P is null: P and
   its copies, P == 0 and P != 0, their conversions and __builtin_expect
   of them, each with whether it is non-zero when P is null (1) or when
   it is not (-1).  */
class null_tests
{
public:
  explicit null_tests (tree p)
  {
    copies.add (p);
    sign.put (p, -1);
  }
  hash_set<tree> copies;
  hash_map<tree, int> sign;

  /* Whether STMT computes one of these, taking it in.  */
  bool derives_p (gimple *stmt)
  {
    tree lhs = gimple_get_lhs (stmt);
    if (!lhs || TREE_CODE (lhs) != SSA_NAME)
      return false;
    if (gassign *assign = dyn_cast<gassign *> (stmt))
      {
	tree a = gimple_assign_rhs1 (assign);
	enum tree_code code = gimple_assign_rhs_code (assign);
	if ((gimple_assign_single_p (assign) || gimple_assign_cast_p (assign))
	    && copies.contains (a) && POINTER_TYPE_P (TREE_TYPE (lhs)))
	  {
	    copies.add (lhs);
	    return take (lhs, -1);
	  }
	if (code == EQ_EXPR || code == NE_EXPR)
	  {
	    tree b = gimple_assign_rhs2 (assign);
	    if (!copies.contains (a))
	      std::swap (a, b);
	    return copies.contains (a) && integer_zerop (b)
		   && take (lhs, code == EQ_EXPR ? 1 : -1);
	  }
	/* A truth value converted: 0 and 1 stay what they are.  */
	int *s = sign.get (a);
	return gimple_assign_cast_p (assign) && s && !copies.contains (a)
	       && INTEGRAL_TYPE_P (TREE_TYPE (lhs)) && take (lhs, *s);
      }
    gcall *call = dyn_cast<gcall *> (stmt);
    if (call
	&& (gimple_call_builtin_p (call, BUILT_IN_EXPECT)
	    || gimple_call_builtin_p (call, BUILT_IN_EXPECT_WITH_PROBABILITY)
	    || gimple_call_internal_p (call, IFN_BUILTIN_EXPECT))
	&& gimple_call_num_args (call))
      {
	int *s = sign.get (gimple_call_arg (call, 0));
	return s && take (lhs, *s);
      }
    return false;
  }

  /* Whether COND tests one of these against 0, and E, an edge out of its
     block, is the one taken when P is null.  With E NULL: whether COND
     tests one of them at all.  */
  bool null_edge_p (gcond *cond, edge e)
  {
    tree a = gimple_cond_lhs (cond), b = gimple_cond_rhs (cond);
    if (!sign.get (a))
      std::swap (a, b);
    enum tree_code code = gimple_cond_code (cond);
    int *s = sign.get (a);
    if (!s || !integer_zerop (b) || (code != EQ_EXPR && code != NE_EXPR))
      return false;
    if (!e)
      return true;
    bool null_when_true = (code == NE_EXPR) == (*s == 1);
    return null_when_true == ((e->flags & EDGE_TRUE_VALUE) != 0);
  }

private:
  bool take (tree lhs, int s)
  {
    int *old = sign.get (lhs);
    if (old && *old != s)
      return false;
    sign.put (lhs, s);
    return true;
  }
};

/* Whether FUN's blocks have edges GCC adds for exceptions or nonlocal
   control flow.  */
static bool
odd_edges_p (function *fun)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (e->flags & (EDGE_EH | EDGE_ABNORMAL))
	  return true;
    }
  return false;
}

/* Whether T is 1, or a copy of it.  */
static bool
one_p (tree t)
{
  if (TREE_CODE (t) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF (t))
    if (gassign *copy = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (t)))
      if (gimple_assign_single_p (copy))
	t = gimple_assign_rhs1 (copy);
  return integer_onep (t);
}

/* A size argument ARG of the allocation call in wrapper FNDECL: the
   parameter or constant it is, into W's slot I; false if neither.
   malloc's may also be its parameter made at least 1
   (`if (n == 0) n = 1;', as libiberty's xmalloc does): a PHI of the
   parameter and 1, or their MAX_EXPR, whatever decides between them, is
   at most the larger, which is what a slot takes for the parameter
   (malloc (0) gets one byte); those statements into SIZE_DEFS.  Not
   calloc's: each of its two sizes made 1 apart could make a product
   larger than the slot.  */
static bool
size_operand (tree fndecl, tree arg, alloc_wrapper *w, int i,
	      hash_set<gimple *> &size_defs)
{
  w->param[i] = -1;
  w->constant[i] = 0;
  if (TREE_CODE (arg) == INTEGER_CST)
    {
      if (!tree_fits_uhwi_p (arg))
	return false;
      unsigned HOST_WIDE_INT c = tree_to_uhwi (arg);
      w->constant[i] = c > (unsigned HOST_WIDE_INT) INT64_MAX ? INT64_MAX
		       : (int64_t) c;
      return true;
    }
  if (!useless_type_conversion_p (size_type_node, TREE_TYPE (arg)))
    {
      /* An inner wrapper's parameter of another integer type: the
	 outer's own parameter of that type, passed on as it is.  */
      w->param[i] = incoming_param (fndecl, arg);
      return w->param[i] >= 0;
    }
  /* A parameter of another integer type converted (`void *xmalloc (int
     n)'): the size is the call's argument converted to size_t, as
     rewrite_guarded tests it; constant_size reads a negative constant
     as too large, which (size_t) makes it.  */
  if (TREE_CODE (arg) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF (arg))
    if (gassign *conv = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (arg)))
      if (CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (conv))
	  && INTEGRAL_TYPE_P (TREE_TYPE (gimple_assign_rhs1 (conv))))
	{
	  size_defs.add (conv);
	  arg = gimple_assign_rhs1 (conv);
	}
  w->param[i] = incoming_param (fndecl, arg);
  if (w->param[i] >= 0 || w->fn != ALLOC_MALLOC
      || TREE_CODE (arg) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (arg))
    return w->param[i] >= 0;
  gimple *def = SSA_NAME_DEF_STMT (arg);
  auto_vec<tree, 4> ops;
  if (gphi *phi = dyn_cast<gphi *> (def))
    for (unsigned k = 0; k < gimple_phi_num_args (phi); k++)
      ops.safe_push (gimple_phi_arg_def (phi, k));
  else if (is_gimple_assign (def)
	   && gimple_assign_rhs_code (def) == MAX_EXPR)
    {
      ops.safe_push (gimple_assign_rhs1 (def));
      ops.safe_push (gimple_assign_rhs2 (def));
    }
  else
    return false;
  for (tree op : ops)
    if (one_p (op))
      {
	if (TREE_CODE (op) == SSA_NAME)
	  size_defs.add (SSA_NAME_DEF_STMT (op));
      }
    else
      {
	/* Every other operand the one parameter: a constant other than
	   1 (`m = 64; if (n) m = n;', hunt 50-a) is a larger size than
	   the slot would take for n == 0.  */
	int k = incoming_param (fndecl, op);
	if (k < 0 || (w->param[i] >= 0 && w->param[i] != k))
	  return false;
	w->param[i] = k;
      }
  size_defs.add (def);
  return w->param[i] >= 0;
}

/* Whether COND compares FNDECL's parameters and constants only: a test
   of its sizes, which does nothing.  */
static bool
param_test_p (tree fndecl, gcond *cond)
{
  for (tree t : { gimple_cond_lhs (cond), gimple_cond_rhs (cond) })
    if (TREE_CODE (t) != INTEGER_CST && incoming_param (fndecl, t) < 0)
      return false;
  return true;
}

/* NODE's body, if it is one whose shape may be read: in SSA form, not
   nested, IPA allowed to look into it, and no edges for exceptions or
   nonlocal control flow.  */
static function *
plain_body (cgraph_node *node)
{
  function *fun = DECL_STRUCT_FUNCTION (node->decl);
  if (!fun || !fun->cfg || !gimple_in_ssa_p (fun) || fun->static_chain_decl
      || lookup_attribute ("noipa", DECL_ATTRIBUTES (node->decl))
      || odd_edges_p (fun))
    return NULL;
  return fun;
}

/* The body CALL in CALLER runs, if it is the one of a function of the
   unit other than CALLER.  */
static cgraph_node *
called_body (const gimple *stmt, cgraph_node *caller)
{
  const gcall *call = dyn_cast<const gcall *> (stmt);
  tree fndecl = call ? gimple_call_fndecl (call) : NULL_TREE;
  if (!fndecl || gimple_call_internal_p (call) || fndecl_built_in_p (fndecl)
      || !caller)
    return NULL;
  cgraph_node *callee = cgraph_node::get (fndecl);
  cgraph_node *target = callee ? call_target (callee, caller) : NULL;
  return target && target->decl != caller->decl ? target : NULL;
}

/* The wrapper STMT in CALLER calls, if it calls one and passes it its
   sizes as they are.  */
static const alloc_wrapper *
called_wrapper (const gimple *stmt, cgraph_node *caller)
{
  cgraph_node *target = called_body (stmt, caller);
  const alloc_wrapper *w = target && shapes
			   ? shapes->get (target->get_uid ()) : NULL;
  if (!w)
    return NULL;
  const gcall *call = as_a<const gcall *> (stmt);
  tree parms = DECL_ARGUMENTS (target->decl);
  for (int i = 0; i < 2; i++)
    if (w->param[i] >= 0)
      {
	tree parm = parms;
	for (int k = 0; k < w->param[i] && parm; k++)
	  parm = DECL_CHAIN (parm);
	if (!parm || (unsigned) w->param[i] >= gimple_call_num_args (call)
	    || !useless_type_conversion_p
		  (TREE_TYPE (parm),
		   TREE_TYPE (gimple_call_arg (call, w->param[i]))))
	  return NULL;
      }
  return w;
}

static cgraph_node *
current_node (void)
{
  return current_function_decl ? cgraph_node::get (current_function_decl)
	 : NULL;
}

/* Whether NODE's body has the shape of an allocation wrapper (the top
   of this file); its parameters and constants into *W.  */
static bool
wrapper_shape (cgraph_node *node, alloc_wrapper *w)
{
  tree fndecl = node->decl;
  function *fun = plain_body (node);
  if (!fun || !POINTER_TYPE_P (TREE_TYPE (TREE_TYPE (fndecl))))
    return false;
  auto_bitmap returning;
  returning_blocks (fun, returning);
  if (!bitmap_bit_p (returning, ENTRY_BLOCK_PTR_FOR_FN (fun)->index)
      || cycle_among (fun, returning))
    return false;
  /* The allocation, then what is computed from its result (SSA's
     definitions dominate their uses, so these follow it in any
     order).  */
  gcall *alloc = NULL;
  hash_set<gimple *> size_defs;
  basic_block b;
  FOR_EACH_BB_FN (b, fun)
    if (bitmap_bit_p (returning, b->index))
      for (gimple_stmt_iterator gsi = gsi_start_bb (b); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	if (gcall *call = dyn_cast<gcall *> (gsi_stmt (gsi)))
	  {
	    /* The library's malloc or calloc, or a wrapper of them (gnulib's
	       `xzalloc (n)' is `xcalloc (n, 1)'), whose sizes are its
	       arguments or constants.  */
	    enum alloc_fn kind = alloc_call_kind (call);
	    const alloc_wrapper *inner = NULL;
	    if (kind != ALLOC_MALLOC && kind != ALLOC_CALLOC)
	      {
		inner = called_wrapper (call, node);
		if (!inner)
		  continue;
		kind = inner->fn;
	      }
	    tree lhs = gimple_call_lhs (call);
	    unsigned sizes = kind == ALLOC_MALLOC ? 1 : 2;
	    if (alloc || !lhs || TREE_CODE (lhs) != SSA_NAME
		|| (!inner && gimple_call_num_args (call) != sizes))
	      return false;
	    w->fn = kind;
	    w->param[1] = -1;
	    w->constant[1] = 1;
	    for (unsigned i = 0; i < sizes; i++)
	      if (inner && inner->param[i] < 0)
		{
		  w->param[i] = -1;
		  w->constant[i] = inner->constant[i];
		}
	      else if (!size_operand (fndecl,
				      gimple_call_arg (call, inner
						       ? inner->param[i] : i),
				      w, i, size_defs))
		return false;
	    alloc = call;
	  }
  if (!alloc)
    return false;
  null_tests result (gimple_call_lhs (alloc));
  for (bool grew = true; grew;)
    {
      grew = false;
      FOR_EACH_BB_FN (b, fun)
	if (bitmap_bit_p (returning, b->index))
	  for (gimple_stmt_iterator gsi = gsi_start_bb (b); !gsi_end_p (gsi);
	       gsi_next (&gsi))
	    {
	      tree lhs = gimple_get_lhs (gsi_stmt (gsi));
	      if (lhs && !result.sign.get (lhs)
		  && result.derives_p (gsi_stmt (gsi)))
		grew = true;
	    }
    }
  FOR_EACH_BB_FN (b, fun)
    {
      if (!bitmap_bit_p (returning, b->index))
	continue;
      for (gphi_iterator gsi = gsi_start_phis (b); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	if (!virtual_operand_p (gimple_phi_result (gsi.phi ()))
	    && !size_defs.contains (gsi.phi ()))
	  return false;
      for (gimple_stmt_iterator gsi = gsi_start_bb (b); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gimple *stmt = gsi_stmt (gsi);
	  if (inert_p (stmt) || stmt == alloc || size_defs.contains (stmt)
	      || result.derives_p (stmt))
	    continue;
	  if (gcond *cond = dyn_cast<gcond *> (stmt))
	    {
	      if (!result.null_edge_p (cond, NULL)
		  && !param_test_p (fndecl, cond))
		return false;
	    }
	  else if (greturn *ret = dyn_cast<greturn *> (stmt))
	    {
	      if (!gimple_return_retval (ret)
		  || !result.copies.contains (gimple_return_retval (ret)))
		return false;
	    }
	  else
	    return false;
	}
      /* Out of the returning blocks only along a null test's null
	 edge.  */
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, b->succs)
	if (!bitmap_bit_p (returning, e->dest->index))
	  {
	    gcond *cond = safe_dyn_cast<gcond *> (last_stmt (b));
	    if (!cond || !result.null_edge_p (cond, e))
	      return false;
	  }
    }
  return true;
}

/* Whether NODE's body is only a free of its first parameter, perhaps
   behind tests of it against null.  */
static bool
free_shape (cgraph_node *node)
{
  tree fndecl = node->decl;
  function *fun = plain_body (node);
  if (!fun || !VOID_TYPE_P (TREE_TYPE (TREE_TYPE (fndecl)))
      || !DECL_ARGUMENTS (fndecl))
    return false;
  auto_bitmap all;
  basic_block b;
  FOR_ALL_BB_FN (b, fun)
    bitmap_set_bit (all, b->index);
  if (cycle_among (fun, all))
    return false;
  tree p = ssa_default_def (fun, DECL_ARGUMENTS (fndecl));
  if (!p || !POINTER_TYPE_P (TREE_TYPE (p)))
    return false;
  null_tests param (p);
  tree lib_free = builtin_decl_explicit (BUILT_IN_FREE);
  if (!lib_free || defined_by_program_p (lib_free))
    return false;
  int frees = 0;
  FOR_EACH_BB_FN (b, fun)
    {
      for (gphi_iterator gsi = gsi_start_phis (b); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	if (!virtual_operand_p (gimple_phi_result (gsi.phi ())))
	  return false;
      for (gimple_stmt_iterator gsi = gsi_start_bb (b); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gimple *stmt = gsi_stmt (gsi);
	  if (inert_p (stmt) || param.derives_p (stmt))
	    continue;
	  if (gcall *call = dyn_cast<gcall *> (stmt))
	    {
	      if (!gimple_call_builtin_p (call, BUILT_IN_FREE)
		  || gimple_call_arg (call, 0) != p || frees++)
		return false;
	    }
	  else if (gcond *cond = dyn_cast<gcond *> (stmt))
	    {
	      if (!param.null_edge_p (cond, NULL))
		return false;
	    }
	  else if (greturn *ret = dyn_cast<greturn *> (stmt))
	    {
	      if (gimple_return_retval (ret))
		return false;
	    }
	  else
	    return false;
	}
      /* Every way ends in a return.  */
      if (EDGE_COUNT (b->succs) == 0)
	return false;
    }
  return frees == 1;
}

void
find_wrappers (void)
{
  shapes = new hash_map<uid_hash, alloc_wrapper>;
  free_shapes = new hash_set<uid_hash>;
  cgraph_node *node;
  FOR_EACH_DEFINED_FUNCTION (node)
    if (node->get_fun () && free_shape (node))
      free_shapes->add (node->get_uid ());
  /* Until no more are found: a wrapper of a wrapper is one once its
     inner one is, so after the first round only the callers of the
     last round's finds are read again.  */
  hash_set<uid_hash> found, last;
  for (bool first = true; first || !last.is_empty (); first = false)
    {
      found.empty ();
      FOR_EACH_DEFINED_FUNCTION (node)
	{
	  alloc_wrapper w;
	  if (!node->get_fun () || shapes->get (node->get_uid ())
	      || free_shapes->contains (node->get_uid ()))
	    continue;
	  bool calls_new = first;
	  for (cgraph_edge *e = node->callees; e && !calls_new;
	       e = e->next_callee)
	    calls_new = last.contains
	      (e->callee->ultimate_alias_target ()->get_uid ());
	  if (calls_new && wrapper_shape (node, &w))
	    {
	      shapes->put (node->get_uid (), w);
	      found.add (node->get_uid ());
	    }
	}
      last.empty ();
      for (int uid : found)
	last.add (uid);
    }
}

const alloc_wrapper *
allocation_wrapper (const gimple *stmt)
{
  return called_wrapper (stmt, current_node ());
}

bool
free_wrapper_p (const gimple *stmt)
{
  cgraph_node *target = called_body (stmt, current_node ());
  if (!target || !free_shapes || !free_shapes->contains (target->get_uid ()))
    return false;
  /* A call that may throw has edges its deletion would leave.  */
  const gcall *call = as_a<const gcall *> (stmt);
  return gimple_call_num_args (call) && !gimple_call_lhs (call)
	 && !stmt_ends_bb_p (const_cast<gcall *> (call))
	 && useless_type_conversion_p
	      (TREE_TYPE (DECL_ARGUMENTS (target->decl)),
	       TREE_TYPE (gimple_call_arg (call, 0)));
}

tree
wrapper_size_arg (const gcall *call, const alloc_wrapper *w, int i)
{
  return w->param[i] >= 0 ? gimple_call_arg (call, w->param[i])
	 : build_int_cst (size_type_node, w->constant[i]);
}

void
forget_wrappers (void)
{
  delete shapes;
  shapes = NULL;
  delete free_shapes;
  free_shapes = NULL;
}
