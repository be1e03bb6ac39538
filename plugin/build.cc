/* build.cc -- reading one function's GIMPLE into the core's graph.

   Values: every SSA name that can carry a pointer is a value location:
   pointers, integers as wide as a pointer (pointer bits survive casts and
   arithmetic), characters (byte copies) and aggregates.  Narrower
   integers and floats cannot hold a pointer and are not tracked.

   Objects: every declaration in memory (addressable or aggregate locals,
   parameters in memory, globals, the result) and every allocation is an
   object, with a pointer part and a scalar part (escape.h); the access's
   type picks the part.  A local aggregate whose address is never taken is
   split into pointer-sized words, so its fields are told apart.

   Statements map to flows:
     x = y, x = y + z, x = (T) y, x = PHI <..>   copies (dst <- src)
     x = &v, x = &p->f                          address of v / copy of p
     x = v.f, x = *p                            load (from v / via p)
     v.f = x, *p = x                            store
     return x                                   result <- x
     calls                                      callee.cc
     asm                                        operands escape
   A pointer made from an integer constant, or converted from an integer
   at all, may point anywhere: it holds HEAP.  A tree this file does not
   understand makes what it mentions escape ("not analysed: ..."); a
   statement kind it does not know makes the whole function unanalysed:
   its allocations escape and callers see it as unknown code.  Nothing
   here can fail on odd input.  */

#include "gcc-includes.h"
#include "bridge.h"

/* ---- Locations. ---- */

esc_loc
esc_new_value (esc_fn *f)
{
  return esc_loc_new (f->g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL);
}

struct esc_why
esc_why_at (esc_fn *f, enum esc_why_kind kind, const char *callee)
{
  struct esc_why why = { kind, f->stmt, callee, 0 };
  return why;
}

void
esc_mark_unanalysed (esc_fn *f, const char *what)
{
  if (!f->unanalysed)
    f->unanalysed = what;
}

int
esc_func_id (tree fndecl)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL)
    return -1;
  cgraph_node *node = cgraph_node::get (fndecl);
  if (!node)
    return -1;
  node = node->ultimate_alias_target ();
  return node ? node->get_uid () : -1;
}

/* The index of PARM among F's parameters, or -1.  */
int
esc_param_index (esc_fn *f, tree parm)
{
  int k = 0;
  for (tree p = DECL_ARGUMENTS (f->fun->decl); p; p = DECL_CHAIN (p), k++)
    if (p == parm)
      return k;
  return -1;
}

void
esc_write_object (esc_fn *f, esc_loc obj, esc_loc value,
		  enum esc_content content, const struct esc_why *why)
{
  esc_loc parts[2];
  int n = esc_object_parts (f->g, obj, content, parts);
  for (int i = 0; i < n; i++)
    esc_flow (f->g, parts[i], value, 0, why);
}

void
esc_read_object (esc_fn *f, esc_loc dst, esc_loc obj,
		 enum esc_content content, const struct esc_why *why)
{
  esc_loc parts[2];
  int n = esc_object_parts (f->g, obj, content, parts);
  for (int i = 0; i < n; i++)
    esc_flow (f->g, dst, parts[i], 0, why);
}

/* Which part of an object an access of REF touches (escape.h explains
   the parts).  Type punning -- unions, view conversions, may_alias and
   character types, -fno-strict-aliasing given by the user -- touches
   both.  */
static enum esc_content
access_content (tree ref)
{
  if (global_options_set.x_flag_strict_aliasing && !flag_strict_aliasing)
    return ESC_CONTENT_ANY;
  tree type = TREE_TYPE (ref);
  if (!type || AGGREGATE_TYPE_P (type) || VECTOR_TYPE_P (type)
      || lookup_attribute ("may_alias", TYPE_ATTRIBUTES (type)))
    return ESC_CONTENT_ANY;
  tree t = ref;
  while (handled_component_p (t))
    {
      if (TREE_CODE (t) == VIEW_CONVERT_EXPR
	  || TREE_CODE (TREE_TYPE (TREE_OPERAND (t, 0))) == UNION_TYPE
	  || TREE_CODE (TREE_TYPE (TREE_OPERAND (t, 0))) == QUAL_UNION_TYPE)
	return ESC_CONTENT_ANY;
      t = TREE_OPERAND (t, 0);
    }
  if ((TREE_CODE (t) == MEM_REF || TREE_CODE (t) == TARGET_MEM_REF)
      && TYPE_REF_CAN_ALIAS_ALL (TREE_TYPE (TREE_OPERAND (t, 1))))
    return ESC_CONTENT_ANY;
  if (POINTER_TYPE_P (type))
    return ESC_CONTENT_POINTER;
  if (INTEGRAL_TYPE_P (type) && TYPE_PRECISION (type) == CHAR_TYPE_SIZE)
    return ESC_CONTENT_ANY;
  return ESC_CONTENT_SCALAR;
}

/* ---- Register aggregates, split into pointer-sized words. ---- */

/* A local aggregate whose address is never taken is only ever accessed
   by name with an offset GCC can compute: give each pointer-sized word
   its own object, so `s.len' and `s.data' are told apart.  */
#define MAX_SPLIT_WORDS 64

static bool
split_decl_p (tree decl)
{
  if (!(VAR_P (decl) || TREE_CODE (decl) == PARM_DECL)
      || TREE_ADDRESSABLE (decl) || (VAR_P (decl) && is_global_var (decl)))
    return false;
  tree type = TREE_TYPE (decl);
  if (!AGGREGATE_TYPE_P (type) || !TYPE_SIZE (type)
      || !tree_fits_uhwi_p (TYPE_SIZE (type)))
    return false;
  unsigned HOST_WIDE_INT bits = tree_to_uhwi (TYPE_SIZE (type));
  return bits > 0 && bits <= (unsigned HOST_WIDE_INT) MAX_SPLIT_WORDS
				* POINTER_SIZE;
}

static int
word_count (tree decl)
{
  return CEIL (tree_to_uhwi (TYPE_SIZE (TREE_TYPE (decl))), POINTER_SIZE);
}

/* The index in F->words of DECL's first word; made on first use.  */
static unsigned
decl_words (esc_fn *f, tree decl)
{
  if (int *known = f->word_index->get (decl))
    return (unsigned) *known;
  unsigned first = f->words.length ();
  int n = word_count (decl);
  int k = TREE_CODE (decl) == PARM_DECL ? esc_param_index (f, decl) : -1;
  struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
  for (int i = 0; i < n; i++)
    {
      esc_loc word = esc_loc_new (f->g, ESC_LOC_LOCAL, 0, decl);
      f->words.safe_push (word);
      /* A struct passed by value holds what the caller put in it.  */
      if (k >= 0)
	esc_write_object (f, word, esc_param (f->g, k), ESC_CONTENT_ANY, &why);
    }
  f->word_index->put (decl, (int) first);
  return first;
}

/* The words [*LO, *HI) of split DECL that REF may touch.  */
static void
touched_words (tree ref, tree decl, int *lo, int *hi)
{
  int n = word_count (decl);
  poly_int64 bitpos, bitsize, maxsize;
  bool reverse;
  HOST_WIDE_INT pos, max;
  get_ref_base_and_extent (ref, &bitpos, &bitsize, &maxsize, &reverse);
  *lo = 0;
  *hi = n;
  if (bitpos.is_constant (&pos) && maxsize.is_constant (&max) && pos >= 0
      && max > 0 && pos / POINTER_SIZE < n)
    {
      *lo = pos / POINTER_SIZE;
      *hi = MIN (n, (int) ((pos + max - 1) / POINTER_SIZE) + 1);
    }
}

esc_loc
esc_object_of (esc_fn *f, tree decl)
{
  if (TREE_CODE (decl) == RESULT_DECL)
    return esc_result (f->g);
  if (TREE_CODE (decl) == FUNCTION_DECL)
    {
      int id = esc_func_id (decl);
      return id >= 0 ? esc_func (f->g, id) : esc_heap (f->g);
    }
  if (!VAR_P (decl) && TREE_CODE (decl) != PARM_DECL)
    /* Labels, constants: no memory of ours.  */
    return esc_heap (f->g);

  if (int *known = f->objects->get (decl))
    return *known;
  esc_loc obj;
  if (VAR_P (decl) && is_global_var (decl))
    obj = esc_loc_new (f->g, ESC_LOC_GLOBAL, -1, decl);
  else
    {
      obj = esc_loc_new (f->g, ESC_LOC_LOCAL, 0, decl);
      if (TREE_CODE (decl) == PARM_DECL)
	{
	  /* A parameter in memory starts with the value the caller
	     passed.  */
	  int k = esc_param_index (f, decl);
	  struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
	  if (k >= 0)
	    esc_write_object (f, obj, esc_param (f->g, k), ESC_CONTENT_ANY,
			      &why);
	}
      else if (f->fun->static_chain_decl == decl)
	{
	  struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
	  esc_write_object (f, obj, esc_param (f->g, f->nparams),
			    ESC_CONTENT_ANY, &why);
	}
    }
  f->objects->put (decl, obj);
  return obj;
}

/* The lifetime depth of an SSA name's location: a PHI in a loop header
   carries values into the next iteration, so it lives one loop out.  */
static int32_t
ssa_depth (tree name)
{
  gimple *def = SSA_NAME_DEF_STMT (name);
  if (!def || gimple_code (def) != GIMPLE_PHI)
    return ESC_DEPTH_NONE;
  /* analyze.cc sets loops up only in functions with allocation sites;
     elsewhere lifetimes within the function do not matter.  */
  if (!loops_state_satisfies_p (LOOPS_HAVE_MARKED_IRREDUCIBLE_REGIONS))
    return ESC_DEPTH_NONE;
  basic_block bb = gimple_bb (def);
  if (!bb || !bb->loop_father || bb->loop_father->num == 0
      || bb->loop_father->header != bb)
    {
      /* A PHI in an irreducible region joins paths around a cycle that
	 is no loop: treat it as carried across every iteration.  */
      if (bb && (bb->flags & BB_IRREDUCIBLE_LOOP))
	return 0;
      return ESC_DEPTH_NONE;
    }
  return loop_depth (bb->loop_father) - 1;
}

static esc_loc
ssa_loc (esc_fn *f, tree name)
{
  unsigned v = SSA_NAME_VERSION (name);
  if (v < f->nssa && f->ssa[v] != ESC_NO_LOC)
    return f->ssa[v];

  esc_loc l;
  tree var = SSA_NAME_VAR (name);
  if (SSA_NAME_IS_DEFAULT_DEF (name) && var
      && TREE_CODE (var) == PARM_DECL && esc_param_index (f, var) >= 0)
    l = esc_param (f->g, esc_param_index (f, var));
  else if (SSA_NAME_IS_DEFAULT_DEF (name) && var
	   && var == f->fun->static_chain_decl)
    l = esc_param (f->g, f->nparams);
  else if (SSA_NAME_IS_DEFAULT_DEF (name) && var
	   && TREE_CODE (var) == RESULT_DECL)
    {
      /* A result passed by reference: the caller's memory.  */
      l = esc_new_value (f);
      struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
      esc_flow (f->g, l, esc_result (f->g), -1, &why);
    }
  else
    l = esc_loc_new (f->g, ESC_LOC_VALUE, ssa_depth (name), name);

  if (v >= f->nssa)
    {
      unsigned n = MAX (v + 1, 2 * f->nssa);
      f->ssa = XRESIZEVEC (esc_loc, f->ssa, n);
      for (unsigned i = f->nssa; i < n; i++)
	f->ssa[i] = ESC_NO_LOC;
      f->nssa = n;
    }
  f->ssa[v] = l;
  return l;
}

/* ---- Expressions. ---- */

/* Everything a tree we do not understand mentions escapes.  */
struct sink_ctx
{
  esc_fn *f;
  const char *what;
};

static tree
sink_operand (tree *tp, int *walk_subtrees, void *data)
{
  struct sink_ctx *ctx = (struct sink_ctx *) data;
  esc_fn *f = ctx->f;
  tree t = *tp;
  struct esc_why why = esc_why_at (f, ESC_WHY_UNANALYSED, ctx->what);
  if (TREE_CODE (t) == SSA_NAME)
    esc_flow (f->g, esc_heap (f->g), ssa_loc (f, t), 0, &why);
  else if (DECL_P (t) && split_decl_p (t))
    {
      unsigned first = decl_words (f, t);
      for (int i = 0; i < word_count (t); i++)
	esc_read_object (f, esc_heap (f->g), f->words[first + i],
			 ESC_CONTENT_ANY, &why);
    }
  else if (DECL_P (t) && (VAR_P (t) || TREE_CODE (t) == PARM_DECL
			  || TREE_CODE (t) == RESULT_DECL))
    {
      /* Its address and its contents.  */
      esc_loc obj = esc_object_of (f, t);
      esc_flow (f->g, esc_heap (f->g), obj, -1, &why);
      esc_read_object (f, esc_heap (f->g), obj, ESC_CONTENT_ANY, &why);
    }
  else if (TYPE_P (t))
    *walk_subtrees = 0;
  return NULL_TREE;
}

/* A tree the bridge does not understand: what it mentions escapes, with
   the reason "not analysed: WHAT", and its value may point anywhere.  */
static esc_loc
unknown_value (esc_fn *f, tree t, const char *what)
{
  struct sink_ctx ctx = { f, what };
  walk_tree_without_duplicates (&t, sink_operand, &ctx);
  return esc_new_value_pointing_to_heap (f);
}

esc_loc
esc_new_value_pointing_to_heap (esc_fn *f)
{
  esc_loc v = esc_new_value (f);
  struct esc_why why = esc_why_at (f, ESC_WHY_INT_TO_PTR, NULL);
  esc_flow (f->g, v, esc_heap (f->g), -1, &why);
  return v;
}

/* A value holding the address of REF (the operand of an ADDR_EXPR).  */
static esc_loc
address_of (esc_fn *f, tree ref)
{
  if (TREE_CODE (ref) == FUNCTION_DECL || TREE_CODE (ref) == LABEL_DECL
      || TREE_CODE (ref) == CONSTRUCTOR)
    {
      /* A function of the unit is an object calls can resolve to; labels
	 and constants are read-only memory that is not ours.  */
      esc_loc v = esc_new_value (f);
      struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
      esc_loc obj = TREE_CODE (ref) == FUNCTION_DECL ? esc_object_of (f, ref)
						      : esc_heap (f->g);
      esc_flow (f->g, v, obj, -1, &why);
      return v;
    }
  tree base = get_base_address (ref);
  if (base && TREE_CODE (base) == STRING_CST)
    {
      /* A string literal: read-only bytes, no pointers.  Its own object,
	 so that copying from it copies nothing.  */
      int *known = f->objects->get (base);
      esc_loc lit = known ? *known : esc_loc_new (f->g, ESC_LOC_LOCAL, 0,
						  base);
      f->objects->put (base, lit);
      esc_loc v = esc_new_value (f);
      struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
      esc_flow (f->g, v, lit, -1, &why);
      return v;
    }
  if (base && DECL_P (base) && split_decl_p (base))
    /* GIMPLE takes no address of a variable it did not mark addressable;
       should it, the variable's contents escape.  */
    return unknown_value (f, base, "address of a register aggregate");
  if (!base)
    return unknown_value (f, ref, "address of an unknown object");
  if (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
    /* &p->f is p plus an offset.  */
    return esc_rvalue (f, TREE_OPERAND (base, 0));
  if (DECL_P (base))
    {
      esc_loc v = esc_new_value (f);
      struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
      esc_flow (f->g, v, esc_object_of (f, base), -1, &why);
      return v;
    }
  return unknown_value (f, ref, "address of an unknown object");
}

static bool
is_memory_ref (tree t)
{
  return handled_component_p (t) || TREE_CODE (t) == MEM_REF
	 || TREE_CODE (t) == TARGET_MEM_REF
	 || (DECL_P (t) && TREE_CODE (t) != FUNCTION_DECL
	     && TREE_CODE (t) != LABEL_DECL && TREE_CODE (t) != CONST_DECL);
}

/* Whether a value of TYPE can carry a pointer.  Integers narrower than a
   pointer and floats can only carry pieces of one, and a pointer glued
   back together from pieces is not supported (doc/escape.md,
   "Assumptions"), so they are not tracked at all: `int n = *p' must not
   make what p reaches leak.  Characters are the exception inside a
   function, since byte-by-byte copies move pointers through them; a
   character returned or passed by value (LEAVING) carries nothing.

   "As wide as a pointer" means wider than half of one: user-space
   addresses on 64-bit targets have at most 48 (57) significant bits, and
   code that tags pointers keeps them whole in bit-fields such as
   `uintptr_t ptr : 48', whose type has that precision.  Only bit-fields
   have such widths, so `int' and narrower stay untracked.  */
bool
esc_value_carries_pointer (tree type, bool leaving)
{
  if (!type)
    return true;
  if (SCALAR_FLOAT_TYPE_P (type) || COMPLEX_FLOAT_TYPE_P (type))
    return false;
  if (INTEGRAL_TYPE_P (type))
    return TYPE_PRECISION (type) > POINTER_SIZE / 2
	   || (!leaving && TYPE_PRECISION (type) == CHAR_TYPE_SIZE);
  return true;
}

esc_loc
esc_load_from (esc_fn *f, tree ref)
{
  tree base = get_base_address (ref);
  if (!base)
    return unknown_value (f, ref, "load from an unknown object");
  struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
  enum esc_content content = access_content (ref);
  if (TREE_CODE (base) == SSA_NAME)
    /* A part of a register value (vector lane, complex half).  */
    return ssa_loc (f, base);
  if (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
    {
      esc_loc ptr = esc_rvalue (f, TREE_OPERAND (base, 0));
      if (ptr == ESC_NO_LOC)
	/* *(T *) CONST: memory at a fixed address is not ours.  */
	ptr = esc_new_value_pointing_to_heap (f);
      esc_loc v = esc_new_value (f);
      esc_load_part (f->g, v, ptr, content, &why);
      return v;
    }
  if (TREE_CODE (base) == STRING_CST || TREE_CODE (base) == CONSTRUCTOR
      || TREE_CODE (base) == CONST_DECL)
    return ESC_NO_LOC;
  if (DECL_P (base) && split_decl_p (base))
    {
      unsigned first = decl_words (f, base);
      int lo, hi;
      touched_words (ref, base, &lo, &hi);
      esc_loc v = esc_new_value (f);
      for (int i = lo; i < hi; i++)
	esc_read_object (f, v, f->words[first + i], content, &why);
      return v;
    }
  if (DECL_P (base))
    {
      esc_loc v = esc_new_value (f);
      esc_read_object (f, v, esc_object_of (f, base), content, &why);
      return v;
    }
  return unknown_value (f, ref, "load from an unknown object");
}

void
esc_store_into (esc_fn *f, tree ref, esc_loc value, const struct esc_why *why)
{
  if (value == ESC_NO_LOC)
    return;
  tree base = get_base_address (ref);
  enum esc_content content = access_content (ref);
  if (base && (TREE_CODE (base) == MEM_REF
	       || TREE_CODE (base) == TARGET_MEM_REF))
    {
      esc_loc ptr = esc_rvalue (f, TREE_OPERAND (base, 0));
      if (ptr == ESC_NO_LOC)
	ptr = esc_new_value_pointing_to_heap (f);
      esc_store_part (f->g, ptr, value, content, why);
    }
  else if (base && DECL_P (base) && split_decl_p (base))
    {
      unsigned first = decl_words (f, base);
      int lo, hi;
      touched_words (ref, base, &lo, &hi);
      for (int i = lo; i < hi; i++)
	esc_write_object (f, f->words[first + i], value, content, why);
    }
  else if (base && DECL_P (base))
    esc_write_object (f, esc_object_of (f, base), value, content, why);
  else
    {
      struct esc_why unknown = esc_why_at (f, ESC_WHY_UNANALYSED,
					   "store to an unknown object");
      esc_flow (f->g, esc_heap (f->g), value, 0, &unknown);
    }
}

/* A value location holding what T evaluates to, or ESC_NO_LOC when T can
   hold no pointer bits (a constant that is not a pointer).  */
esc_loc
esc_rvalue (esc_fn *f, tree t)
{
  if (!t)
    return ESC_NO_LOC;
  if (!esc_value_carries_pointer (TREE_TYPE (t), false))
    return ESC_NO_LOC;
  switch (TREE_CODE (t))
    {
    case SSA_NAME:
      return ssa_loc (f, t);
    case ADDR_EXPR:
      return address_of (f, TREE_OPERAND (t, 0));
    case INTEGER_CST:
      /* (T *) 0x1000 points anywhere; other constants carry nothing.  */
      if (POINTER_TYPE_P (TREE_TYPE (t)) && !integer_zerop (t))
	return esc_new_value_pointing_to_heap (f);
      return ESC_NO_LOC;
    case REAL_CST:
    case FIXED_CST:
    case COMPLEX_CST:
    case VECTOR_CST:
    case STRING_CST:
    case POLY_INT_CST:
      return ESC_NO_LOC;
    case WITH_SIZE_EXPR:
      return esc_rvalue (f, TREE_OPERAND (t, 0));
    case CONSTRUCTOR:
      {
	esc_loc v = ESC_NO_LOC;
	unsigned i;
	tree elt;
	FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (t), i, elt)
	  {
	    esc_loc e = esc_rvalue (f, elt);
	    if (e == ESC_NO_LOC)
	      continue;
	    if (v == ESC_NO_LOC)
	      v = esc_new_value (f);
	    struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
	    esc_flow (f->g, v, e, 0, &why);
	  }
	return v;
      }
    default:
      if (is_memory_ref (t))
	return esc_load_from (f, t);
      return unknown_value (f, t, "expression");
    }
}

/* ---- Statements. ---- */

static bool
pointer_from_integer (tree to_type, tree from)
{
  return POINTER_TYPE_P (to_type) && !POINTER_TYPE_P (TREE_TYPE (from));
}

static void
read_assign (esc_fn *f, gassign *stmt)
{
  tree lhs = gimple_assign_lhs (stmt);
  enum tree_code code = gimple_assign_rhs_code (stmt);
  struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);

  /* Comparisons and truth values carry no pointer bits.  */
  if (TREE_CODE_CLASS (code) == tcc_comparison
      || code == TRUTH_AND_EXPR || code == TRUTH_OR_EXPR
      || code == TRUTH_XOR_EXPR || code == TRUTH_NOT_EXPR)
    return;
  if (gimple_clobber_p (stmt))
    return;
  /* A result that cannot hold a pointer holds none (build.cc's header).  */
  if (!esc_value_carries_pointer (TREE_TYPE (lhs), false))
    return;

  esc_loc value = ESC_NO_LOC;
  if (gimple_assign_single_p (stmt))
    value = esc_rvalue (f, gimple_assign_rhs1 (stmt));
  else
    {
      /* Arithmetic, conversions, conditionals: the result may carry the
	 bits of any operand.  */
      for (unsigned i = 1; i < gimple_num_ops (stmt); i++)
	{
	  esc_loc op = esc_rvalue (f, gimple_op (stmt, i));
	  if (op == ESC_NO_LOC)
	    continue;
	  if (value == ESC_NO_LOC)
	    value = esc_new_value (f);
	  esc_flow (f->g, value, op, 0, &why);
	}
      if (CONVERT_EXPR_CODE_P (code)
	  && pointer_from_integer (TREE_TYPE (lhs), gimple_assign_rhs1 (stmt)))
	{
	  /* The integer may hold an address we never saw taken.  */
	  esc_loc anywhere = esc_new_value_pointing_to_heap (f);
	  if (value == ESC_NO_LOC)
	    value = anywhere;
	  else
	    esc_flow (f->g, value, anywhere, 0, &why);
	}
    }

  if (TREE_CODE (lhs) == SSA_NAME)
    {
      if (value != ESC_NO_LOC)
	esc_flow (f->g, ssa_loc (f, lhs), value, 0, &why);
    }
  else
    esc_store_into (f, lhs, value, &why);
}

static void
read_phi (esc_fn *f, gphi *phi)
{
  tree res = gimple_phi_result (phi);
  if (virtual_operand_p (res))
    return;
  esc_loc dst = ssa_loc (f, res);
  struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      esc_loc v = esc_rvalue (f, gimple_phi_arg_def (phi, i));
      if (v != ESC_NO_LOC)
	esc_flow (f->g, dst, v, 0, &why);
    }
}

static void
read_return (esc_fn *f, greturn *stmt)
{
  tree retval = gimple_return_retval (stmt);
  if (!retval || TREE_CODE (retval) == RESULT_DECL
      || !esc_value_carries_pointer (TREE_TYPE (retval), true))
    return;
  struct esc_why why = esc_why_at (f, ESC_WHY_RETURN, NULL);
  esc_loc v = esc_rvalue (f, retval);
  if (v != ESC_NO_LOC)
    esc_flow (f->g, esc_result (f->g), v, 0, &why);
}

static void
read_asm (esc_fn *f, gasm *stmt)
{
  struct esc_why why = esc_why_at (f, ESC_WHY_ASM, NULL);
  for (unsigned i = 0; i < gimple_asm_ninputs (stmt); i++)
    {
      tree op = TREE_VALUE (gimple_asm_input_op (stmt, i));
      if (is_memory_ref (op))
	esc_flow (f->g, esc_heap (f->g), address_of (f, op), 0, &why);
      esc_loc v = esc_rvalue (f, op);
      if (v != ESC_NO_LOC)
	esc_flow (f->g, esc_heap (f->g), v, 0, &why);
    }
  for (unsigned i = 0; i < gimple_asm_noutputs (stmt); i++)
    {
      tree op = TREE_VALUE (gimple_asm_output_op (stmt, i));
      esc_loc anywhere = esc_new_value_pointing_to_heap (f);
      if (TREE_CODE (op) == SSA_NAME)
	esc_flow (f->g, ssa_loc (f, op), anywhere, 0, &why);
      else
	{
	  esc_flow (f->g, esc_heap (f->g), address_of (f, op), 0, &why);
	  esc_store_into (f, op, anywhere, &why);
	}
    }
}

static void
read_statement (esc_fn *f, gimple *stmt)
{
  f->stmt = stmt;
  switch (gimple_code (stmt))
    {
    case GIMPLE_ASSIGN:
      read_assign (f, as_a<gassign *> (stmt));
      break;
    case GIMPLE_CALL:
      esc_model_call (f, as_a<gcall *> (stmt));
      break;
    case GIMPLE_RETURN:
      read_return (f, as_a<greturn *> (stmt));
      break;
    case GIMPLE_ASM:
      read_asm (f, as_a<gasm *> (stmt));
      break;
    case GIMPLE_COND:
    case GIMPLE_SWITCH:
    case GIMPLE_LABEL:
    case GIMPLE_GOTO:
    case GIMPLE_NOP:
    case GIMPLE_DEBUG:
    case GIMPLE_PREDICT:
    case GIMPLE_RESX:
    case GIMPLE_EH_DISPATCH:
    case GIMPLE_EH_MUST_NOT_THROW:
      break;
    default:
      esc_mark_unanalysed (f, gimple_code_name[gimple_code (stmt)]);
      break;
    }
}

esc_fn *
esc_build (cgraph_node *node, const esc_program *prog)
{
  function *fun = DECL_STRUCT_FUNCTION (node->decl);
  esc_fn *f = new esc_fn ();
  f->node = node;
  f->fun = fun;
  f->sites = vNULL;
  f->objects = new hash_map<tree, int>;
  f->word_index = new hash_map<tree, int>;
  f->words = vNULL;
  f->size_queries = vNULL;
  f->nparams = list_length (DECL_ARGUMENTS (node->decl));
  bool has_chain = fun->static_chain_decl != NULL_TREE;
  f->g = esc_graph_new (prog, f->nparams + (has_chain ? 1 : 0), has_chain);
  f->nssa = num_ssa_names;
  f->ssa = XNEWVEC (esc_loc, f->nssa ? f->nssa : 1);
  for (unsigned i = 0; i < f->nssa; i++)
    f->ssa[i] = ESC_NO_LOC;

  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  f->stmt = gsi.phi ();
	  read_phi (f, gsi.phi ());
	}
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	read_statement (f, gsi_stmt (gsi));
    }
  f->stmt = NULL;
  return f;
}

void
esc_fn_free (esc_fn *f)
{
  if (!f)
    return;
  esc_graph_free (f->g);
  f->sites.release ();
  f->words.release ();
  f->size_queries.release ();
  delete f->objects;
  delete f->word_index;
  XDELETEVEC (f->ssa);
  delete f;
}
