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
     calls                                      calls.cc, builtins.cc
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
function_graph::value ()
{
  return esc_loc_new (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL);
}

esc_loc
function_graph::anywhere ()
{
  return esc_anywhere (g, stmt);
}

struct esc_why
function_graph::why (enum esc_why_kind kind, const char *callee)
{
  struct esc_why w = { kind, stmt, callee, 0, step };
  return w;
}

void
function_graph::give_up (const char *what)
{
  if (!unanalysed)
    unanalysed = what;
}

int
function_id (tree fndecl, cgraph_node *from)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL)
    return -1;
  cgraph_node *node = cgraph_node::get (fndecl);
  cgraph_node *target = node ? call_target (node, from) : NULL;
  return target ? target->get_uid () : -1;
}

const char *
symbol_name (tree decl)
{
  const char *name = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (decl));
  return name + (*name == '*');
}

const char *
source_name (tree fndecl)
{
  if (fndecl && DECL_ABSTRACT_ORIGIN (fndecl)
      && TREE_CODE (DECL_ABSTRACT_ORIGIN (fndecl)) == FUNCTION_DECL)
    fndecl = DECL_ABSTRACT_ORIGIN (fndecl);
  if (!fndecl || !DECL_NAME (fndecl))
    return NULL;
  /* A clone's name is the source's with a suffix no C name can have:
     f.constprop.0, f.isra.0, f.part.0.  */
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  const char *dot = strchr (name, '.');
  return dot && dot > name
	 ? IDENTIFIER_POINTER (get_identifier_with_length (name, dot - name))
	 : name;
}

int
param_index (tree fndecl, tree parm)
{
  int k = 0;
  for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p), k++)
    if (p == parm)
      return k;
  return -1;
}

int
function_graph::param_index (tree parm)
{
  return ::param_index (fun->decl, parm);
}

/* Whether an access of REF may read memory as another type than it was
   written with: without strict aliasing (-O0, -O1, -fno-strict-aliasing,
   an optimize attribute) GCC allows any; otherwise unions, view
   conversions, may_alias types and ref-all pointers, and a MEM_REF whose
   type is not the one its alias pointer names: GCC's SRA and IPA-SRA
   turn a legitimate pun (memcpy out of a copy of a struct, a union's
   other member) into `MEM <unsigned long> [(struct s *)a]', a word read
   of the struct's bytes, pointers included (hunt 43-d).  */
static bool
punned (tree ref)
{
  if (!opt_for_fn (cfun->decl, flag_strict_aliasing))
    return true;
  tree type = TREE_TYPE (ref);
  if (!type || lookup_attribute ("may_alias", TYPE_ATTRIBUTES (type)))
    return true;
  tree t = ref;
  while (handled_component_p (t))
    {
      if (TREE_CODE (t) == VIEW_CONVERT_EXPR
	  || TREE_CODE (TREE_TYPE (TREE_OPERAND (t, 0))) == UNION_TYPE
	  || TREE_CODE (TREE_TYPE (TREE_OPERAND (t, 0))) == QUAL_UNION_TYPE)
	return true;
      t = TREE_OPERAND (t, 0);
    }
  if (TREE_CODE (t) != MEM_REF && TREE_CODE (t) != TARGET_MEM_REF)
    return false;
  tree alias_ptr = TREE_TYPE (TREE_OPERAND (t, 1));
  return TYPE_REF_CAN_ALIAS_ALL (alias_ptr)
	 || TYPE_MAIN_VARIANT (TREE_TYPE (t))
	    != TYPE_MAIN_VARIANT (TREE_TYPE (alias_ptr));
}

/* Which part of an object an access of REF touches (escape.h explains
   the parts).  Punned accesses, character types (byte copies),
   aggregates and vectors touch both.  */
static enum esc_content
access_content (tree ref)
{
  tree type = TREE_TYPE (ref);
  if (punned (ref) || AGGREGATE_TYPE_P (type) || VECTOR_TYPE_P (type))
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
unsigned
function_graph::decl_words (tree decl)
{
  if (int *known = word_index->get (decl))
    return (unsigned) *known;
  unsigned first = words.length ();
  int n = word_count (decl);
  int k = TREE_CODE (decl) == PARM_DECL ? param_index (decl) : -1;
  struct esc_why flow = why (ESC_WHY_FLOW);
  for (int i = 0; i < n; i++)
    {
      esc_loc word = esc_loc_new (g, ESC_LOC_LOCAL, local_depth (decl),
				  decl);
      words.safe_push (word);
      /* A struct passed by value holds what the caller put in it.  */
      if (k >= 0)
	esc_object_flow (g, word, esc_param (g, k), ESC_CONTENT_ANY, true,
			 &flow);
    }
  word_index->put (decl, (int) first);
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
function_graph::object (tree decl)
{
  if (TREE_CODE (decl) == RESULT_DECL)
    return esc_result (g);
  if (TREE_CODE (decl) == FUNCTION_DECL)
    {
      int id = function_id (decl, node);
      return id >= 0 ? esc_func (g, id) : esc_heap (g);
    }
  if (!VAR_P (decl) && TREE_CODE (decl) != PARM_DECL)
    /* Labels, constants: no memory of ours.  */
    return esc_heap (g);

  if (int *known = objects->get (decl))
    return *known;
  esc_loc obj;
  if (VAR_P (decl) && is_global_var (decl))
    obj = esc_loc_new (g, ESC_LOC_GLOBAL, -1, decl);
  else
    {
      obj = esc_loc_new (g, ESC_LOC_LOCAL, local_depth (decl), decl);
      /* A parameter in memory starts with the value the caller passed,
	 the static chain's variable with the chain.  */
      int k = TREE_CODE (decl) == PARM_DECL ? param_index (decl)
	      : fun->static_chain_decl == decl ? nparams : -1;
      struct esc_why flow = why (ESC_WHY_FLOW);
      if (k >= 0)
	esc_object_flow (g, obj, esc_param (g, k), ESC_CONTENT_ANY, true,
			 &flow);
    }
  objects->put (decl, obj);
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

esc_loc
function_graph::ssa_loc (tree name)
{
  unsigned v = SSA_NAME_VERSION (name);
  if (v < nssa && ssa[v] != ESC_NO_LOC)
    return ssa[v];

  esc_loc l;
  tree var = SSA_NAME_VAR (name);
  if (SSA_NAME_IS_DEFAULT_DEF (name) && var
      && TREE_CODE (var) == PARM_DECL && param_index (var) >= 0)
    l = esc_param (g, param_index (var));
  else if (SSA_NAME_IS_DEFAULT_DEF (name) && var
	   && var == fun->static_chain_decl)
    l = esc_param (g, nparams);
  else if (SSA_NAME_IS_DEFAULT_DEF (name) && var
	   && TREE_CODE (var) == RESULT_DECL)
    {
      /* A result passed by reference: the caller's memory.  */
      l = value ();
      struct esc_why flow = why (ESC_WHY_FLOW);
      esc_flow (g, l, esc_result (g), -1, &flow);
    }
  else
    l = esc_loc_new (g, ESC_LOC_VALUE, ssa_depth (name), name);

  if (v >= nssa)
    {
      unsigned n = MAX (v + 1, 2 * nssa);
      ssa = XRESIZEVEC (esc_loc, ssa, n);
      for (unsigned i = nssa; i < n; i++)
	ssa[i] = ESC_NO_LOC;
      nssa = n;
    }
  ssa[v] = l;
  return l;
}

/* ---- Expressions. ---- */

/* Everything a tree we do not understand mentions escapes.  */
struct sink_ctx
{
  function_graph *fg;
  const char *what;
};

tree
sink_operand (tree *tp, int *walk_subtrees, void *data)
{
  struct sink_ctx *ctx = (struct sink_ctx *) data;
  function_graph *fg = ctx->fg;
  esc_graph *g = fg->g;
  tree t = *tp;
  struct esc_why w = fg->why (ESC_WHY_UNANALYSED, ctx->what);
  if (TREE_CODE (t) == SSA_NAME)
    esc_flow (g, esc_heap (g), fg->ssa_loc (t), 0, &w);
  else if (DECL_P (t) && split_decl_p (t))
    {
      unsigned first = fg->decl_words (t);
      for (int i = 0; i < word_count (t); i++)
	esc_object_flow (g, fg->words[first + i], esc_heap (g),
			 ESC_CONTENT_ANY, false, &w);
    }
  else if (DECL_P (t) && (VAR_P (t) || TREE_CODE (t) == PARM_DECL
			  || TREE_CODE (t) == RESULT_DECL))
    {
      /* Its address and its contents.  */
      esc_loc obj = fg->object (t);
      esc_flow (g, esc_heap (g), obj, -1, &w);
      esc_object_flow (g, obj, esc_heap (g), ESC_CONTENT_ANY, false, &w);
    }
  else if (TYPE_P (t))
    *walk_subtrees = 0;
  return NULL_TREE;
}

/* A tree the bridge does not understand: what it mentions escapes, with
   the reason "not analysed: WHAT", and its value may point anywhere.  */
esc_loc
function_graph::unknown_value (tree t, const char *what)
{
  struct sink_ctx ctx = { this, what };
  walk_tree_without_duplicates (&t, sink_operand, &ctx);
  return anywhere ();
}

/* A value holding the address of REF (the operand of an ADDR_EXPR); the
   offsets it is computed with are lost (lose_offsets).  */
esc_loc
function_graph::address_of (tree ref)
{
  lose_offsets (ref);
  struct esc_why flow = why (ESC_WHY_FLOW);
  if (TREE_CODE (ref) == FUNCTION_DECL || TREE_CODE (ref) == LABEL_DECL
      || TREE_CODE (ref) == CONSTRUCTOR)
    {
      /* A function of the unit is an object calls can resolve to; labels
	 and constants are read-only memory that is not ours.  */
      esc_loc v = value ();
      esc_loc obj = TREE_CODE (ref) == FUNCTION_DECL ? object (ref)
						      : esc_heap (g);
      esc_flow (g, v, obj, -1, &flow);
      return v;
    }
  tree base = get_base_address (ref);
  if (base && TREE_CODE (base) == STRING_CST)
    {
      /* A string literal: read-only bytes, no pointers.  Its own object,
	 so that copying from it copies nothing.  */
      int *known = objects->get (base);
      esc_loc lit = known ? *known : esc_loc_new (g, ESC_LOC_LOCAL, 0, base);
      objects->put (base, lit);
      esc_loc v = value ();
      esc_flow (g, v, lit, -1, &flow);
      return v;
    }
  if (base && DECL_P (base) && split_decl_p (base))
    /* GIMPLE takes no address of a variable it did not mark addressable;
       should it, the variable's contents escape.  */
    return unknown_value (base, "address of a register aggregate");
  if (!base)
    return unknown_value (ref, "address of an unknown object");
  if (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
    /* &p->f is p plus an offset.  */
    return rvalue (TREE_OPERAND (base, 0));
  if (DECL_P (base))
    {
      esc_loc v = value ();
      esc_flow (g, v, object (base), -1, &flow);
      return v;
    }
  return unknown_value (ref, "address of an unknown object");
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
   make what p reaches leak.  Characters are the exception, since
   byte-by-byte copies move pointers through them, also across calls (a
   byte queue with a put (unsigned char) function): a character passed
   or returned carries pointer bytes too.

   "As wide as a pointer" means wider than half of one: user-space
   addresses on 64-bit targets have at most 48 (57) significant bits, and
   code that tags pointers keeps them whole in bit-fields such as
   `uintptr_t ptr : 48', whose type has that precision.  Only bit-fields
   have such widths, so `int' and narrower stay untracked.  */
bool
carries_pointer (tree type)
{
  if (!type)
    return true;
  if (SCALAR_FLOAT_TYPE_P (type) || COMPLEX_FLOAT_TYPE_P (type))
    return false;
  if (INTEGRAL_TYPE_P (type))
    return TYPE_PRECISION (type) > POINTER_SIZE / 2
	   || TYPE_PRECISION (type) == CHAR_TYPE_SIZE;
  return true;
}

esc_loc
function_graph::load (tree ref)
{
  return load (ref, access_content (ref));
}

void
function_graph::store (tree ref, esc_loc v, const struct esc_why *w)
{
  store (ref, v, access_content (ref), w);
}

/* Read-only tables: a load from a variable that no code may change
   gives what its initializer holds, not any escaped memory's contents,
   so a call through a table of functions (static const ops[] = { f, g },
   a command table's handlers) reaches those functions rather than
   unknown code.  Only a variable whose initializer GCC itself folds
   loads from (ctor_for_folding: not weak, streamed under -flto) and that
   is read-only itself, not through an alias (GCC also folds a read-only
   alias of a writable variable), nor one the loader may replace (an
   exported table of a shared library, which GCC takes to keep its
   initializer).  Its address, taken elsewhere, is an escaped global's as
   before, and a store into it (undefined) escapes as one.  A load
   through a pointer that can only hold addresses in such a table
   (c = &cmds[i], a loop's c++) reads it too.  What a load reads is told
   by where it reads, never by its type: a program may read a table
   through another type than it was written with, which GCC, with no
   store to order, never takes advantage of.  */

/* Flow what initializer INIT holds into HELD (when not ESC_NO_LOC),
   counting down *LEAVES for each address and number; false if a part of
   it is not understood or it holds more than *LEAVES.  */
bool
function_graph::read_initializer (tree init, esc_loc held, int *leaves)
{
  if (!init)
    return true;
  struct esc_why flow = why (ESC_WHY_FLOW);
  switch (TREE_CODE (init))
    {
    case CONSTRUCTOR:
      {
	unsigned i;
	tree elt;
	FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (init), i, elt)
	  if (!read_initializer (elt, held, leaves))
	    return false;
	return true;
      }
    case INTEGER_CST:
      /* A number made a pointer points anywhere (rvalue).  */
      if (integer_zerop (init))
	return true;
      if (--*leaves < 0)
	return false;
      if (held != ESC_NO_LOC)
	esc_flow (g, held, anywhere (), 0, &flow);
      return true;
    case REAL_CST:
    case FIXED_CST:
    case COMPLEX_CST:
    case VECTOR_CST:
    case STRING_CST:
      /* Numbers and characters: no bytes of an object of ours, which
	 are all made at run time.  */
      return true;
    case ADDR_EXPR:
      {
	if (--*leaves < 0)
	  return false;
	esc_loc a = held != ESC_NO_LOC ? address_of (TREE_OPERAND (init, 0))
		    : ESC_NO_LOC;
	if (a != ESC_NO_LOC)
	  esc_flow (g, held, a, 0, &flow);
	return true;
      }
    case POINTER_PLUS_EXPR:
      return (TREE_CODE (TREE_OPERAND (init, 1)) == INTEGER_CST
	      && read_initializer (TREE_OPERAND (init, 0), held, leaves));
    CASE_CONVERT:
    case NON_LVALUE_EXPR:
    case VIEW_CONVERT_EXPR:
      return read_initializer (TREE_OPERAND (init, 0), held, leaves);
    default:
      return false;
    }
}

/* The most addresses a table's initializer may hold: a load of it adds a
   flow from each.  */
#define MAX_TABLE_LEAVES 256

/* The initializer of read-only global DECL, if a load from it may be
   read from it; error_mark_node if not.  */
tree
function_graph::constant_contents (tree decl)
{
  if (tree *known = constants->get (decl))
    return *known;
  tree init = error_mark_node;
  varpool_node *vnode = varpool_node::get (decl);
  if (TREE_READONLY (decl) && !TREE_THIS_VOLATILE (decl) && vnode
      && !vnode->alias
      && !decl_replaceable_p (decl, vnode->semantic_interposition))
    {
      init = ctor_for_folding (decl);
      int leaves = MAX_TABLE_LEAVES;
      if (init != error_mark_node
	  && !read_initializer (init, ESC_NO_LOC, &leaves))
	init = error_mark_node;
    }
  constants->put (decl, init);
  return init;
}

/* The parts of initializer INIT that REF, a reference into its
   variable, may read, pushed on PARTS: a path of fields and array
   elements selects the fields it names (every element of an array: an
   index known at compile time GCC folds itself); where the path goes
   through anything else (a union, a bit-field, a view), what the path
   had selected so far is read whole, and so it is where an array inside
   an element is indexed (GCC lets arr[-1] read the field before it).
   The path starts at the variable, or, for ELEMENTS, at a MEM_REF of
   the array's element type that reads an element of it, any of them;
   elsewhere (MEM[&table + 8B].f, a view shifted by a field) all of INIT
   is read.  */
static void
select_parts (tree ref, tree init, bool elements, vec<tree> *parts)
{
  auto_vec<tree, 8> path;
  tree t = ref;
  for (; handled_component_p (t); t = TREE_OPERAND (t, 0))
    path.safe_push (t);
  /* An array indexed inside an element ends the selection at whole
     elements: after the variable's own index, when the path starts with
     one (path[n - 1]), before any step otherwise.  */
  unsigned n = path.length ();
  unsigned inner_array = 0;
  for (unsigned k = 0; k < n; k++)
    if (TREE_CODE (path[k]) == ARRAY_REF && (elements || k + 1 < n))
      inner_array = !elements && TREE_CODE (path[n - 1]) == ARRAY_REF
		    ? n - 1 : n;
  if (elements && TREE_CODE (t) == MEM_REF && init
      && TREE_CODE (init) == CONSTRUCTOR)
    {
      unsigned i;
      tree value;
      FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (init), i, value)
	parts->safe_push (value);
    }
  else
    {
      parts->safe_push (init);
      if (!VAR_P (t))
	return;
    }
  for (unsigned k = n; k-- > 0;)
    {
      tree step = path[k];
      tree outer = TREE_TYPE (TREE_OPERAND (step, 0));
      bool field = (TREE_CODE (step) == COMPONENT_REF
		    && TREE_CODE (outer) == RECORD_TYPE);
      if (!field && TREE_CODE (step) != ARRAY_REF)
	return;
      if (k < inner_array)
	return;
      auto_vec<tree, 16> next;
      for (tree part : *parts)
	{
	  if (!part || TREE_CODE (part) != CONSTRUCTOR)
	    return;
	  unsigned i;
	  tree index, value;
	  FOR_EACH_CONSTRUCTOR_ELT (CONSTRUCTOR_ELTS (part), i, index, value)
	    {
	      if (field && !index)
		return;
	      if (!field || index == TREE_OPERAND (step, 1))
		next.safe_push (value);
	    }
	}
      parts->truncate (0);
      parts->safe_splice (next);
    }
}

/* Whether every address pointer T may hold points into one global
   variable, set in *TABLE: T is found through copies, conversions
   between pointers, pointer arithmetic and phis to addresses of parts of
   that variable (a null pointer adds none).  *STARTS stays true while
   each of those addresses is &table or &table[i], and STEPS gets the
   offset of every pointer arithmetic on the way (reads_element_p).  SEEN
   holds the SSA names on the way, at most 32.  */
static bool
points_into_one_variable (tree t, tree *table, bool *starts,
			  vec<tree> *steps, auto_vec<tree, 32> *seen)
{
  if (integer_zerop (t))
    return true;
  if (TREE_CODE (t) == ADDR_EXPR)
    {
      tree op = TREE_OPERAND (t, 0);
      tree base = get_base_address (op);
      if (base && TREE_CODE (base) == MEM_REF)
	{
	  /* &c->run is c plus an offset.  */
	  *starts = false;
	  return points_into_one_variable (TREE_OPERAND (base, 0), table,
					   starts, steps, seen);
	}
      if (!base || !VAR_P (base) || !is_global_var (base)
	  || (*table && *table != base))
	return false;
      *table = base;
      if (op != base
	  && !(TREE_CODE (op) == ARRAY_REF && TREE_OPERAND (op, 0) == base))
	*starts = false;
      return true;
    }
  if (TREE_CODE (t) != SSA_NAME || !POINTER_TYPE_P (TREE_TYPE (t)))
    return false;
  if (seen->contains (t))
    return true;
  if (seen->length () == 32)
    return false;
  seen->quick_push (t);
  gimple *def = SSA_NAME_DEF_STMT (t);
  if (gphi *phi = dyn_cast <gphi *> (def))
    {
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	if (!points_into_one_variable (gimple_phi_arg_def (phi, i), table,
				       starts, steps, seen))
	  return false;
      return true;
    }
  if (!is_gimple_assign (def))
    return false;
  enum tree_code code = gimple_assign_rhs_code (def);
  tree rhs = gimple_assign_rhs1 (def);
  if (code == POINTER_PLUS_EXPR)
    steps->safe_push (gimple_assign_rhs2 (def));
  else if (!((CONVERT_EXPR_CODE_P (code) || code == SSA_NAME
	      || code == ADDR_EXPR)
	     && POINTER_TYPE_P (TREE_TYPE (rhs))))
    return false;
  return points_into_one_variable (rhs, table, starts, steps, seen);
}

/* Whether OFFSET, a byte offset, is a multiple of ELT_SIZE: a constant,
   taken as signed (addresses do not wrap: a step back by 16 is 2^64 - 16,
   which 24 divides), or, for a power of two, a product with a constant
   multiple of it (i * 16) in a type wide enough to keep it one when it
   wraps (i * 24 may wrap to 8; so may a product narrowed to a char).  */
static bool
multiple_of_p (tree offset, unsigned HOST_WIDE_INT elt_size)
{
  if (TREE_CODE (offset) == INTEGER_CST)
    return wi::multiple_of_p (widest_int::from (wi::to_wide (offset), SIGNED),
			      widest_int (elt_size), SIGNED);
  if (TREE_CODE (offset) != SSA_NAME || !pow2p_hwi (elt_size)
      || (TYPE_PRECISION (TREE_TYPE (offset))
	  <= (unsigned) exact_log2 (elt_size)))
    return false;
  gassign *def = dyn_cast <gassign *> (SSA_NAME_DEF_STMT (offset));
  if (!def)
    return false;
  enum tree_code code = gimple_assign_rhs_code (def);
  if (CONVERT_EXPR_CODE_P (code))
    return multiple_of_p (gimple_assign_rhs1 (def), elt_size);
  if (code == MULT_EXPR)
    return multiple_of_p (gimple_assign_rhs2 (def), elt_size)
	   || multiple_of_p (gimple_assign_rhs1 (def), elt_size);
  return false;
}

/* What load REF reads from TABLE, a global variable it reads from, when
   TABLE is a read-only table (the comment above read_initializer);
   ESC_NO_LOC if it is not, or holds nothing REF may read (null pointers,
   numbers), so that a call through what it reads stays unknown code.
   ELEMENTS: REF's base is a MEM_REF at the start of one of TABLE's
   elements (select_parts).  */
esc_loc
function_graph::read_table (tree ref, tree table, bool elements)
{
  tree init = constant_contents (table);
  if (init == error_mark_node)
    return ESC_NO_LOC;
  auto_vec<tree, 16> parts;
  select_parts (ref, init, elements, &parts);
  esc_loc v = value ();
  int leaves = MAX_TABLE_LEAVES;
  for (tree part : parts)
    read_initializer (part, v, &leaves);
  return leaves < MAX_TABLE_LEAVES ? v : ESC_NO_LOC;
}

/* Whether MEM, a MEM_REF whose pointer has only addresses of element
   starts of array TABLE (STARTS, from points_into_one_variable) moved
   by STEPS, reads a whole element of it: its type is the element's, its
   offset and every step whole elements.  */
static bool
reads_element_p (tree mem, tree table, bool starts, const vec<tree> &steps)
{
  tree type = TREE_TYPE (table);
  if (!starts || TREE_CODE (type) != ARRAY_TYPE)
    return false;
  tree elt = TREE_TYPE (type);
  if (TYPE_MAIN_VARIANT (elt) != TYPE_MAIN_VARIANT (TREE_TYPE (mem))
      || !tree_fits_uhwi_p (TYPE_SIZE_UNIT (elt)))
    return false;
  unsigned HOST_WIDE_INT size = tree_to_uhwi (TYPE_SIZE_UNIT (elt));
  if (size == 0 || !multiple_of_p (TREE_OPERAND (mem, 1), size))
    return false;
  for (tree step : steps)
    if (!multiple_of_p (step, size))
      return false;
  return true;
}

esc_loc
function_graph::load (tree ref, enum esc_content content)
{
  lose_offsets (ref);
  tree base = get_base_address (ref);
  if (!base)
    return unknown_value (ref, "load from an unknown object");
  struct esc_why flow = why (ESC_WHY_FLOW);
  if (TREE_CODE (base) == SSA_NAME)
    /* A part of a register value (vector lane, complex half).  */
    return ssa_loc (base);
  if (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
    {
      auto_vec<tree, 32> seen;
      auto_vec<tree, 8> steps;
      tree table = NULL_TREE;
      bool starts = true;
      if (TREE_CODE (base) == MEM_REF
	  && points_into_one_variable (TREE_OPERAND (base, 0), &table,
				       &starts, &steps, &seen)
	  && table)
	{
	  esc_loc v = read_table (ref, table,
				  reads_element_p (base, table, starts,
						   steps));
	  if (v != ESC_NO_LOC)
	    return v;
	}
      esc_loc ptr = rvalue (TREE_OPERAND (base, 0));
      if (ptr == ESC_NO_LOC)
	/* *(T *) CONST: memory at a fixed address is not ours.  */
	ptr = anywhere ();
      esc_loc v = value ();
      esc_load_part (g, v, ptr, content, &flow);
      return v;
    }
  if (TREE_CODE (base) == STRING_CST || TREE_CODE (base) == CONSTRUCTOR
      || TREE_CODE (base) == CONST_DECL)
    return ESC_NO_LOC;
  if (VAR_P (base) && is_global_var (base))
    {
      esc_loc v = read_table (ref, base, false);
      if (v != ESC_NO_LOC)
	return v;
    }
  if (DECL_P (base) && split_decl_p (base))
    {
      unsigned first = decl_words (base);
      int lo, hi;
      touched_words (ref, base, &lo, &hi);
      esc_loc v = value ();
      for (int i = lo; i < hi; i++)
	esc_object_flow (g, words[first + i], v, content, false, &flow);
      return v;
    }
  if (DECL_P (base))
    {
      esc_loc v = value ();
      esc_object_flow (g, object (base), v, content, false, &flow);
      return v;
    }
  return unknown_value (ref, "load from an unknown object");
}

void
function_graph::store (tree ref, esc_loc v, enum esc_content content,
		       const struct esc_why *w)
{
  lose_offsets (ref);
  if (v == ESC_NO_LOC)
    return;
  tree base = get_base_address (ref);
  if (base && (TREE_CODE (base) == MEM_REF
	       || TREE_CODE (base) == TARGET_MEM_REF))
    {
      esc_loc ptr = rvalue (TREE_OPERAND (base, 0));
      if (ptr == ESC_NO_LOC)
	ptr = anywhere ();
      esc_store_part (g, ptr, v, content, w);
    }
  else if (base && DECL_P (base) && split_decl_p (base))
    {
      unsigned first = decl_words (base);
      int lo, hi;
      touched_words (ref, base, &lo, &hi);
      for (int i = lo; i < hi; i++)
	esc_object_flow (g, words[first + i], v, content, true, w);
    }
  else if (base && DECL_P (base))
    esc_object_flow (g, object (base), v, content, true, w);
  else
    {
      struct esc_why unknown = why (ESC_WHY_UNANALYSED,
				    "store to an unknown object");
      esc_flow (g, esc_heap (g), v, 0, &unknown);
    }
}

/* A value location holding what T evaluates to, or ESC_NO_LOC when T can
   hold no pointer bits (a constant that is not a pointer).  */
esc_loc
function_graph::rvalue (tree t)
{
  if (!t)
    return ESC_NO_LOC;
  if (!carries_pointer (TREE_TYPE (t)))
    return ESC_NO_LOC;
  switch (TREE_CODE (t))
    {
    case SSA_NAME:
      return ssa_loc (t);
    case ADDR_EXPR:
      return address_of (TREE_OPERAND (t, 0));
    case INTEGER_CST:
      /* (T *) 0x1000 points anywhere; other constants carry nothing.  */
      if (POINTER_TYPE_P (TREE_TYPE (t)) && !integer_zerop (t))
	return anywhere ();
      return ESC_NO_LOC;
    case REAL_CST:
    case FIXED_CST:
    case COMPLEX_CST:
    case VECTOR_CST:
    case STRING_CST:
    case POLY_INT_CST:
      return ESC_NO_LOC;
    case WITH_SIZE_EXPR:
      return rvalue (TREE_OPERAND (t, 0));
    case CONSTRUCTOR:
      {
	esc_loc v = ESC_NO_LOC;
	unsigned i;
	tree elt;
	/* Each element is kept as it is: a vector's lanes, a widened
	   byte among them (kept_value).  */
	FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (t), i, elt)
	  {
	    esc_loc e = kept_value (elt);
	    if (e == ESC_NO_LOC)
	      continue;
	    if (v == ESC_NO_LOC)
	      v = value ();
	    struct esc_why flow = why (ESC_WHY_FLOW);
	    esc_flow (g, v, e, 0, &flow);
	  }
	return v;
      }
    default:
      if (is_memory_ref (t))
	return load (t);
      return unknown_value (t, "expression");
    }
}

/* ---- Calls: what build.cc evaluates for calls.cc and builtins.cc. ---- */

const char *
untracked_form (tree type)
{
  if (SCALAR_FLOAT_TYPE_P (type) || COMPLEX_FLOAT_TYPE_P (type))
    return "a floating-point value";
  if (INTEGRAL_TYPE_P (type) && TYPE_PRECISION (type) == CHAR_TYPE_SIZE)
    return "a character";
  return "an integer narrower than a pointer";
}

static bool
byte_type_p (tree type)
{
  return type && INTEGRAL_TYPE_P (type)
	 && TYPE_PRECISION (type) == CHAR_TYPE_SIZE;
}

/* Whether S, an int's arithmetic, is what GCC makes of a comparison of
   characters (memcmp (a, b, 1), strncmp and bcmp too, folded before the
   pass at every level): a difference of two characters, or a character
   less a constant (`a + -65'), or one negated (strcmp ("", s)).  The
   call's row says its result carries the bytes (libc-models.def, B), so
   the folded form keeps them as the call would.  */
static bool
compared_bytes_p (gassign *s)
{
  switch (gimple_assign_rhs_code (s))
    {
    case MINUS_EXPR:
    case NEGATE_EXPR:
      return true;
    case PLUS_EXPR:
      return TREE_CODE (gimple_assign_rhs2 (s)) == INTEGER_CST;
    default:
      return false;
    }
}

/* A character widened to a wider integer is a byte of text where
   arithmetic uses it (a checksum, a hash: doc/escape.md, Assumptions),
   but converted back to a character, passed to a function, returned,
   merged with other values or stored as it is, it is the byte it was,
   at any width, masked or clamped: a pointer's bytes sent one by one
   through putc-style functions, or read back through getc-style ones
   (`int next (reader *)`, EOF as -1), go with it.  So the integer
   parameters, results and PHIs of a function carry such bytes
   (byte_kept_p says which call results).  The location of the bytes T
   holds: walked back through conversions, masks (c & 0xff, c & m),
   clamps (MIN (c, lim)) and folded comparisons (compared_bytes_p), of
   two names through both (either may hold
   the byte, or a pointer's bits: a word aligned down,
   `(uintptr_t) p & ~(align - 1)', with the pointer second), to the
   characters, parameters, PHIs and call results they start from, and
   to integers as wide as a pointer, which are their own bits; or
   ESC_NO_LOC.  SSA definitions form no cycle but through PHIs, where
   the walk stops, so it ends; each name once, so chains of any length
   cost their length.  */
esc_loc
function_graph::widened_byte (tree t)
{
  auto_vec<tree, 8> work;
  hash_set<tree> seen;
  auto_vec<esc_loc, 4> found;
  work.safe_push (t);
  while (!work.is_empty ())
    {
      t = work.pop ();
      if (!t || TREE_CODE (t) != SSA_NAME || !INTEGRAL_TYPE_P (TREE_TYPE (t))
	  || seen.add (t))
	continue;
      esc_loc here = ESC_NO_LOC;
      tree var = SSA_NAME_VAR (t);
      gimple *def = SSA_NAME_DEF_STMT (t);
      if (byte_type_p (TREE_TYPE (t)))
	here = rvalue (t);
      else if (SSA_NAME_IS_DEFAULT_DEF (t))
	here = var && TREE_CODE (var) == PARM_DECL ? ssa_loc (t) : ESC_NO_LOC;
      /* read_phi and call_result fill these locations.  */
      else if (gimple_code (def) == GIMPLE_PHI || is_gimple_call (def))
	here = ssa_loc (t);
      else if (is_gimple_assign (def))
	{
	  enum tree_code code = gimple_assign_rhs_code (def);
	  tree from = gimple_assign_rhs1 (def);
	  /* A part of a word or a view of it (BIT_FIELD_REF <c, 16, 0>: an
	     int's low half taken as a short through memcpy or a union)
	     holds its bytes.  A part or view of a value that is no integer
	     (a vector's lane, a complex number as an __int128) holds what
	     that value holds (hunt 43-a).  */
	  if ((code == BIT_FIELD_REF || code == VIEW_CONVERT_EXPR)
	      && TREE_CODE (TREE_OPERAND (from, 0)) == SSA_NAME)
	    {
	      tree whole = TREE_OPERAND (from, 0);
	      if (INTEGRAL_TYPE_P (TREE_TYPE (whole)))
		{
		  work.safe_push (whole);
		  continue;
		}
	      here = rvalue (whole);
	    }
	  /* abs (c) of a byte is the byte, as a clamp keeps it.  */
	  bool converted = (CONVERT_EXPR_CODE_P (code) || code == SSA_NAME
			    || code == ABS_EXPR || code == ABSU_EXPR)
			   && INTEGRAL_TYPE_P (TREE_TYPE (from))
			   && TYPE_PRECISION (TREE_TYPE (t)) >= CHAR_TYPE_SIZE;
	  bool kept = code == BIT_AND_EXPR || code == MIN_EXPR
		      || code == MAX_EXPR
		      || compared_bytes_p (as_a<gassign *> (def));
	  if (converted || kept)
	    {
	      work.safe_push (from);
	      if (kept)
		work.safe_push (gimple_assign_rhs2 (def));
	      continue;
	    }
	}
      if (here == ESC_NO_LOC && carries_pointer (TREE_TYPE (t)))
	here = rvalue (t);
      if (here != ESC_NO_LOC && !found.contains (here))
	found.safe_push (here);
    }
  if (found.length () < 2)
    return found.is_empty () ? ESC_NO_LOC : found[0];
  esc_loc v = value ();
  struct esc_why flow = why (ESC_WHY_FLOW);
  for (esc_loc l : found)
    esc_flow (g, v, l, 0, &flow);
  return v;
}

/* What T carries where it is kept as it is (stored, passed, returned,
   merged): an integer's widened byte, or its own bits (widened_byte).  */
esc_loc
function_graph::kept_value (tree t)
{
  if (t && TREE_CODE (t) == SSA_NAME && INTEGRAL_TYPE_P (TREE_TYPE (t)))
    return widened_byte (t);
  return rvalue (t);
}

/* Whether OP is a step of a hash over bytes: a multiple by a constant
   that is no power of 256 (h * 33, h * 16777619), or a sum or xor with a
   value shifted by bits that are no whole byte ((h << 5) + h, sdbm's
   (h << 6) + (h << 16) - h).  */
static bool
hash_step_p (tree op, int depth = 0)
{
  if (!op || TREE_CODE (op) != SSA_NAME || depth > 2)
    return false;
  gimple *def = SSA_NAME_DEF_STMT (op);
  if (!is_gimple_assign (def))
    return false;
  tree by = gimple_assign_rhs2 (def);
  bool constant = by && TREE_CODE (by) == INTEGER_CST && tree_fits_uhwi_p (by);
  unsigned HOST_WIDE_INT k = constant ? tree_to_uhwi (by) : 0;
  switch (gimple_assign_rhs_code (def))
    {
    case MULT_EXPR:
      return constant && k > 1
	     && !(pow2p_hwi (k) && exact_log2 (k) % CHAR_TYPE_SIZE == 0);
    case LSHIFT_EXPR:
      return constant && k % CHAR_TYPE_SIZE != 0;
    case PLUS_EXPR:
    case MINUS_EXPR:
    case BIT_XOR_EXPR:
      return hash_step_p (gimple_assign_rhs1 (def), depth + 1)
	     || hash_step_p (by, depth + 1);
    default:
      return false;
    }
}

/* Whether every use of NAME is a hash's multiply (FNV-1a: (h ^ c) *
   16777619).  */
static bool
hashed_next_p (tree name)
{
  imm_use_iterator it;
  use_operand_p use;
  bool any = false;
  FOR_EACH_IMM_USE_FAST (use, it, name)
    {
      gimple *s = USE_STMT (use);
      if (is_gimple_debug (s))
	continue;
      if (!is_gimple_assign (s) || gimple_assign_rhs_code (s) != MULT_EXPR
	  || !hash_step_p (gimple_assign_lhs (s)))
	return false;
      any = true;
    }
  return any;
}

/* A byte that enters a word's arithmetic may be assembling it (a pointer
   read back from a buffer: b[0] | b[1] << 8 ..., v << 8 | b[i],
   v * 256 + b[i], v = (v << bits) + b[i] in any arrangement of
   statements): the word carries the byte, except in a step of a hash,
   where it stays text (doc/escape.md, Assumptions).  The byte's location
   when operand OP of S, a word's arithmetic, is such a byte, else
   ESC_NO_LOC.  */
esc_loc
function_graph::assembled_byte (gassign *s, tree op)
{
  if (TREE_CODE (op) != SSA_NAME || !INTEGRAL_TYPE_P (TREE_TYPE (op)))
    return ESC_NO_LOC;
  tree lhs = gimple_assign_lhs (s);
  tree other = gimple_assign_rhs1 (s) == op ? gimple_assign_rhs2 (s)
					    : gimple_assign_rhs1 (s);
  switch (gimple_assign_rhs_code (s))
    {
    case PLUS_EXPR:
    case BIT_XOR_EXPR:
      if (hash_step_p (other)
	  || (TREE_CODE (lhs) == SSA_NAME && hashed_next_p (lhs)))
	return ESC_NO_LOC;
      break;
    case MULT_EXPR:
      if (hash_step_p (lhs))
	return ESC_NO_LOC;
      break;
    case LSHIFT_EXPR:
    case BIT_IOR_EXPR:
    case MINUS_EXPR:
      break;
    /* A word rotated keeps every bit ((w << 16) | (w >> 48)).  */
    case LROTATE_EXPR:
    case RROTATE_EXPR:
      if (op != gimple_assign_rhs1 (s))
	return ESC_NO_LOC;
      break;
    default:
      return ESC_NO_LOC;
    }
  return widened_byte (op);
}

/* Whether parameter I of CALL's prototype is a character.  */
static bool
char_parameter_p (gcall *call, unsigned i)
{
  tree fntype = gimple_call_fntype (call);
  tree t = fntype ? TYPE_ARG_TYPES (fntype) : NULL_TREE;
  for (; t && i > 0; t = TREE_CHAIN (t), i--)
    ;
  return t && INTEGRAL_TYPE_P (TREE_VALUE (t))
	 && TYPE_PRECISION (TREE_VALUE (t)) == CHAR_TYPE_SIZE;
}

esc_loc
function_graph::call_arg (gcall *call, unsigned i)
{
  if (i >= gimple_call_num_args (call))
    return ESC_NO_LOC;
  tree arg = gimple_call_arg (call, i);
  /* Targets that promote prototypes (x86) pass a character parameter
     widened to int: what the callee gets is the character.  */
  if (TREE_CODE (arg) == SSA_NAME && char_parameter_p (call, i))
    {
      gimple *def = SSA_NAME_DEF_STMT (arg);
      if (is_gimple_assign (def)
	  && CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))
	  && INTEGRAL_TYPE_P (TREE_TYPE (gimple_assign_rhs1 (def)))
	  && (TYPE_PRECISION (TREE_TYPE (gimple_assign_rhs1 (def)))
	      == CHAR_TYPE_SIZE))
	arg = gimple_assign_rhs1 (def);
    }
  return kept_value (arg);
}

/* Whether the integer NAME may be kept as the byte it was widened from:
   converted back to a character, stored, passed, returned, merged,
   masked, compared as a folded memcmp does, or widened into a value that
   is, or a word's arithmetic (widened_byte's and assembled_byte's uses);
   also given to inline asm, or turned into a value of another kind (a
   double, a float through a union), which lose what it holds
   (read_asm, lose_sources).  */
static bool
byte_kept_p (tree name, int *budget)
{
  /* Past a few dozen uses (a PHI's cycle, a switch), say it may.  */
  if (--*budget < 0)
    return true;
  imm_use_iterator it;
  use_operand_p use;
  FOR_EACH_IMM_USE_FAST (use, it, name)
    {
      gimple *s = USE_STMT (use);
      if (is_gimple_debug (s))
	continue;
      if (is_gimple_call (s) || gimple_code (s) == GIMPLE_RETURN
	  || gimple_code (s) == GIMPLE_ASM)
	return true;
      if (gphi *phi = dyn_cast<gphi *> (s))
	{
	  if (byte_kept_p (gimple_phi_result (phi), budget))
	    return true;
	  continue;
	}
      if (!is_gimple_assign (s))
	continue;
      tree lhs = gimple_assign_lhs (s);
      if (gimple_assign_single_p (s) && TREE_CODE (lhs) != SSA_NAME)
	return true;
      enum tree_code code = gimple_assign_rhs_code (s);
      /* A part or a view of it (BIT_FIELD_REF: the low half of an int
	 taken as a short through memcpy or a union) holds the byte;
	 lose_sources loses what it reads.  */
      if (gimple_assign_single_p (s) && code != SSA_NAME)
	return true;
      if (TREE_CODE_CLASS (code) == tcc_comparison)
	continue;
      if (!INTEGRAL_TYPE_P (TREE_TYPE (lhs)))
	return true;
      /* Arithmetic on a word may assemble it (assembled_byte).  */
      if (!CONVERT_EXPR_CODE_P (code) && code != SSA_NAME
	  && carries_pointer (TREE_TYPE (lhs)))
	return true;
      /* Conversions, masks, clamps and folded comparisons keep the byte
	 (widened_byte).  */
      if ((CONVERT_EXPR_CODE_P (code) || code == SSA_NAME
	   || code == BIT_AND_EXPR || code == MIN_EXPR || code == MAX_EXPR
	   || code == ABS_EXPR || code == ABSU_EXPR
	   || compared_bytes_p (as_a<gassign *> (s)))
	  && TREE_CODE (lhs) == SSA_NAME
	  && (byte_type_p (TREE_TYPE (lhs))
	      || (TYPE_PRECISION (TREE_TYPE (lhs)) >= CHAR_TYPE_SIZE
		  && byte_kept_p (lhs, budget))))
	return true;
    }
  return false;
}

/* The location that receives the call's value: the lhs's SSA location,
   or a temporary stored into the lhs afterwards (finish_call_result).
   An int result has one where it may be a byte kept (widened_byte).  */
esc_loc
function_graph::call_result (gcall *call)
{
  tree lhs = gimple_call_lhs (call);
  if (!lhs)
    return ESC_NO_LOC;
  if (TREE_CODE (lhs) != SSA_NAME)
    return value ();
  int budget = 32;
  if (!carries_pointer (TREE_TYPE (lhs)) && INTEGRAL_TYPE_P (TREE_TYPE (lhs))
      && byte_kept_p (lhs, &budget))
    return ssa_loc (lhs);
  return rvalue (lhs);
}

void
function_graph::finish_call_result (gcall *call, esc_loc result)
{
  tree lhs = gimple_call_lhs (call);
  if (lhs && TREE_CODE (lhs) != SSA_NAME && result != ESC_NO_LOC)
    {
      struct esc_why flow = why (ESC_WHY_FLOW);
      store (lhs, result, &flow);
    }
}

/* ---- Statements. ---- */

static bool
pointer_from_integer (tree to_type, tree from)
{
  return POINTER_TYPE_P (to_type) && !POINTER_TYPE_P (TREE_TYPE (from));
}

/* Whether S copies a struct or array from memory to memory with the
   types of its fields: neither side punned (whose parts would mix), and
   no union inside (whose members share bytes).  */
static bool
contains_union_p (tree type)
{
  if (TREE_CODE (type) == UNION_TYPE || TREE_CODE (type) == QUAL_UNION_TYPE)
    return true;
  if (TREE_CODE (type) == ARRAY_TYPE)
    return contains_union_p (TREE_TYPE (type));
  if (TREE_CODE (type) == RECORD_TYPE)
    for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
      if (TREE_CODE (f) == FIELD_DECL && contains_union_p (TREE_TYPE (f)))
	return true;
  return false;
}

static bool
part_copy_p (gassign *s)
{
  tree lhs = gimple_assign_lhs (s), rhs = gimple_assign_rhs1 (s);
  tree type = TREE_TYPE (lhs);
  return gimple_assign_single_p (s) && AGGREGATE_TYPE_P (type)
	 && TREE_CODE (lhs) != SSA_NAME && is_memory_ref (lhs)
	 && is_memory_ref (rhs)
	 && TYPE_MAIN_VARIANT (type) == TYPE_MAIN_VARIANT (TREE_TYPE (rhs))
	 && !punned (lhs) && !punned (rhs) && !contains_union_p (type);
}

/* Whether S computes the difference of two pointers that are not
   constants: an offset, not an address (doc/escape.md, Assumptions), so
   it carries no pointer into what is computed from it (an index scaled,
   an offset added to another pointer, a count narrowed).  A difference
   from a constant (p - (char *) 0) is the address itself.  */
static bool
pointer_difference_p (gassign *s)
{
  return gimple_assign_rhs_code (s) == POINTER_DIFF_EXPR
	 && TREE_CODE (gimple_assign_rhs1 (s)) == SSA_NAME
	 && TREE_CODE (gimple_assign_rhs2 (s)) == SSA_NAME;
}

/* An address computed with OFFSET (an array index, what is added to a
   pointer): a pointer's bits in it choose which element is read or
   written, and go no further in any value (a hand-made hex formatter's
   digits[v % 16]): lost, unless OFFSET is a byte or carries no pointer
   (a difference of pointers carries none).  */
void
function_graph::lose_offset (tree offset)
{
  if (!offset || TREE_CODE (offset) != SSA_NAME
      || byte_type_p (TREE_TYPE (offset)))
    return;
  esc_loc v = rvalue (offset);
  if (v == ESC_NO_LOC)
    return;
  struct esc_why lost = why (ESC_WHY_UNTRACKED, "an offset");
  esc_flow (g, esc_untracked (g), v, 0, &lost);
}

/* The offsets REF's address is computed with.  */
void
function_graph::lose_offsets (tree ref)
{
  for (tree t = ref; t; t = TREE_OPERAND (t, 0))
    {
      if (TREE_CODE (t) == ARRAY_REF || TREE_CODE (t) == ARRAY_RANGE_REF)
	lose_offset (TREE_OPERAND (t, 1));
      else if (TREE_CODE (t) == TARGET_MEM_REF)
	{
	  lose_offset (TMR_INDEX (t));
	  lose_offset (TMR_INDEX2 (t));
	}
      if (!handled_component_p (t))
	break;
    }
}

/* S computes a value the analysis does not track (a double, a narrower
   integer) from values it does: the addresses they carry go where the
   analysis cannot follow them (NaN-boxing, a pointer split in halves):
   UNTRACKED.  A character in a narrower integer's arithmetic is a byte
   of text (doc/escape.md, Assumptions); turned into a floating-point
   value, a character, or an integer that holds one widened
   (kept_value), is a byte a double holds exactly, lost too.  */
void
function_graph::lose_sources (gassign *s)
{
  tree type = TREE_TYPE (gimple_assign_lhs (s));
  bool text = INTEGRAL_TYPE_P (type);
  struct esc_why lost = why (ESC_WHY_UNTRACKED, untracked_form (type));
  esc_loc sink = esc_untracked (g);
  if (gimple_assign_single_p (s))
    {
      /* A load, or a view of a register as another type.  */
      tree rhs = gimple_assign_rhs1 (s);
      esc_loc v = ESC_NO_LOC;
      /* A register's bits seen as a float (an int through a union): a
	 widened byte too.  */
      if ((TREE_CODE (rhs) == VIEW_CONVERT_EXPR
	   || TREE_CODE (rhs) == BIT_FIELD_REF
	   || TREE_CODE (rhs) == REALPART_EXPR
	   || TREE_CODE (rhs) == IMAGPART_EXPR)
	  && TREE_CODE (TREE_OPERAND (rhs, 0)) == SSA_NAME)
	v = text ? rvalue (TREE_OPERAND (rhs, 0))
	    : kept_value (TREE_OPERAND (rhs, 0));
      else if (is_memory_ref (rhs) && TREE_CODE (rhs) != CONST_DECL)
	v = load (rhs);
      if (v != ESC_NO_LOC)
	esc_flow (g, sink, v, 0, &lost);
      return;
    }
  for (unsigned i = 1; i < gimple_num_ops (s); i++)
    {
      tree op = gimple_op (s, i);
      if (!op || (text && byte_type_p (TREE_TYPE (op))))
	continue;
      esc_loc v = text ? rvalue (op) : kept_value (op);
      if (v != ESC_NO_LOC)
	esc_flow (g, sink, v, 0, &lost);
    }
}

void
function_graph::read_assign (gassign *s)
{
  tree lhs = gimple_assign_lhs (s);
  enum tree_code code = gimple_assign_rhs_code (s);
  struct esc_why flow = why (ESC_WHY_FLOW);

  /* Comparisons, truth values and differences of pointers carry no
     pointer bits.  */
  if (TREE_CODE_CLASS (code) == tcc_comparison
      || code == TRUTH_AND_EXPR || code == TRUTH_OR_EXPR
      || code == TRUTH_XOR_EXPR || code == TRUTH_NOT_EXPR
      || pointer_difference_p (s))
    return;
  if (gimple_clobber_p (s))
    return;
  /* A result that cannot hold a pointer holds none (build.cc's header),
     but what was turned into it is lost to the analysis; a widened byte
     stored as it is stays a byte of what it is stored into.  */
  if (!carries_pointer (TREE_TYPE (lhs)))
    {
      esc_loc byte = is_memory_ref (lhs) && gimple_assign_single_p (s)
		     ? widened_byte (gimple_assign_rhs1 (s)) : ESC_NO_LOC;
      if (byte != ESC_NO_LOC)
	store (lhs, byte, ESC_CONTENT_SCALAR, &flow);
      lose_sources (s);
      return;
    }
  if (part_copy_p (s))
    {
      /* A copy of a struct or array keeps each field's type: pointers
	 land among pointers, integers among integers.  */
      tree rhs = gimple_assign_rhs1 (s);
      store (lhs, load (rhs, ESC_CONTENT_POINTER), ESC_CONTENT_POINTER,
	     &flow);
      store (lhs, load (rhs, ESC_CONTENT_SCALAR), ESC_CONTENT_SCALAR, &flow);
      return;
    }

  esc_loc v = ESC_NO_LOC;
  if (code == POINTER_PLUS_EXPR)
    lose_offset (gimple_assign_rhs2 (s));
  if (gimple_assign_single_p (s))
    v = kept_value (gimple_assign_rhs1 (s));
  else if (CONVERT_EXPR_CODE_P (code) && byte_type_p (TREE_TYPE (lhs)))
    /* An int made a character again: the byte it was widened from.  */
    v = widened_byte (gimple_assign_rhs1 (s));
  else
    {
      /* Arithmetic, conversions, conditionals: the result may carry the
	 bits of any operand.  A character that becomes a wider integer
	 carries its byte only where it is kept (widened_byte) or enters a
	 word's arithmetic other than a hash's (assembled_byte): elsewhere
	 it is a byte of text (doc/escape.md, Assumptions).  */
      bool bytes = !byte_type_p (TREE_TYPE (lhs));
      /* A complex value, or a vector with a lane put in, holds its parts
	 as they are (kept_value), no arithmetic.  */
      bool packs = code == COMPLEX_EXPR || code == BIT_INSERT_EXPR;
      for (unsigned i = 1; i < gimple_num_ops (s); i++)
	{
	  tree op_tree = gimple_op (s, i);
	  /* The operand's bits, and a byte it assembles into a word.  */
	  esc_loc op = ESC_NO_LOC, byte = ESC_NO_LOC;
	  if (packs)
	    op = kept_value (op_tree);
	  else if (bytes && op_tree && byte_type_p (TREE_TYPE (op_tree)))
	    continue;
	  else
	    {
	      op = rvalue (op_tree);
	      if (bytes && op_tree)
		byte = assembled_byte (s, op_tree);
	    }
	  for (esc_loc src : { op, byte == op ? ESC_NO_LOC : byte })
	    {
	      if (src == ESC_NO_LOC)
		continue;
	      if (v == ESC_NO_LOC)
		v = value ();
	      esc_flow (g, v, src, 0, &flow);
	    }
	}
      if (CONVERT_EXPR_CODE_P (code)
	  && pointer_from_integer (TREE_TYPE (lhs), gimple_assign_rhs1 (s)))
	{
	  /* The integer may hold an address we never saw taken.  */
	  esc_loc any = anywhere ();
	  if (v == ESC_NO_LOC)
	    v = any;
	  else
	    esc_flow (g, v, any, 0, &flow);
	}
    }

  if (TREE_CODE (lhs) == SSA_NAME)
    {
      if (v != ESC_NO_LOC)
	esc_flow (g, ssa_loc (lhs), v, 0, &flow);
    }
  else
    store (lhs, v, &flow);
}

void
function_graph::read_phi (gphi *phi)
{
  tree res = gimple_phi_result (phi);
  if (virtual_operand_p (res))
    return;
  esc_loc dst = ssa_loc (res);
  struct esc_why flow = why (ESC_WHY_FLOW);
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      /* An int merging widened bytes (a reader's byte or EOF) carries
	 them.  */
      esc_loc v = kept_value (gimple_phi_arg_def (phi, i));
      /* The value flows on its edge, after the block it comes from: a
	 loop's back edge comes after the loop's body.  */
      flow.step = steps[gimple_phi_arg_edge (phi, i)->src->index].end;
      if (v != ESC_NO_LOC)
	esc_flow (g, dst, v, 0, &flow);
    }
}

void
function_graph::read_return (greturn *s)
{
  tree retval = gimple_return_retval (s);
  if (!retval || TREE_CODE (retval) == RESULT_DECL)
    return;
  struct esc_why ret = why (ESC_WHY_RETURN);
  /* A widened byte returned (a getc-style reader) is the byte.  */
  esc_loc v = kept_value (retval);
  if (v != ESC_NO_LOC)
    esc_flow (g, esc_result (g), v, 0, &ret);
}

void
function_graph::read_asm (gasm *s)
{
  if (asm_switches_stack_p (s))
    note_stack_switch ();
  asm_calls_code |= asm_calls_code_p (s);
  struct esc_why w = why (ESC_WHY_ASM);
  for (unsigned i = 0; i < gimple_asm_ninputs (s); i++)
    {
      tree op = TREE_VALUE (gimple_asm_input_op (s, i));
      if (is_memory_ref (op))
	esc_flow (g, esc_heap (g), address_of (op), 0, &w);
      /* A byte of a pointer widened into an int (an outb-style helper's
	 operand) goes with it.  */
      esc_loc v = kept_value (op);
      if (v != ESC_NO_LOC)
	esc_flow (g, esc_heap (g), v, 0, &w);
    }
  for (unsigned i = 0; i < gimple_asm_noutputs (s); i++)
    {
      tree op = TREE_VALUE (gimple_asm_output_op (s, i));
      esc_loc any = anywhere ();
      if (TREE_CODE (op) == SSA_NAME)
	esc_flow (g, ssa_loc (op), any, 0, &w);
      else
	{
	  esc_flow (g, esc_heap (g), address_of (op), 0, &w);
	  store (op, any, &w);
	}
    }
}

/* TYPE as the source names it: a typedef's name, "struct s", "int[64]";
   printed once per type (by uid: GCC may collect a type and reuse its
   address), as an identifier's text, which lives as long as GCC.  */
static const char *
type_name (tree type)
{
  tree type_decl = TYPE_NAME (type);
  if (type_decl && TREE_CODE (type_decl) == TYPE_DECL && DECL_NAME (type_decl))
    return IDENTIFIER_POINTER (DECL_NAME (type_decl));
  static hash_map<int_hash<unsigned, 0, UINT_MAX>, const char *> *printed;
  if (!printed)
    printed = new hash_map<int_hash<unsigned, 0, UINT_MAX>, const char *>;
  const char **known = printed->get (TYPE_UID (type));
  if (known)
    return *known;
  char *text = print_generic_expr_to_str (type);
  const char *name = IDENTIFIER_POINTER (get_identifier (text));
  free (text);
  printed->put (TYPE_UID (type), name);
  return name;
}

/* GCC's alias oracle takes an access through a pointer to a type larger
   than a variable for one that cannot touch it (tree-ssa-alias.cc,
   indirect_ref_may_alias_decl_p; unions excepted), where a heap object
   has no size to compare.  The type is the one TBAA sees: a member read
   as p->len counts as struct s, which a flexible array member's
   allocation (offsetof (struct s, data) + n) may be smaller than; so
   does one lane of a vector or half of a complex number written as
   such.  Other scalars are read whole: one larger than its object is
   out of bounds.  */
static bool
note_access_type (gimple *, tree base, tree, void *data)
{
  if ((TREE_CODE (base) != MEM_REF && TREE_CODE (base) != TARGET_MEM_REF)
      || TREE_CODE (TREE_OPERAND (base, 0)) != SSA_NAME)
    return false;
  tree type = TREE_TYPE (TREE_TYPE (TREE_OPERAND (base, 1)));
  if ((TREE_CODE (type) != RECORD_TYPE && TREE_CODE (type) != ARRAY_TYPE
       && TREE_CODE (type) != VECTOR_TYPE && TREE_CODE (type) != COMPLEX_TYPE)
      || !tree_fits_shwi_p (TYPE_SIZE_UNIT (type)))
    return false;
  function_graph *fg = (function_graph *) data;
  esc_loc ptr = fg->rvalue (TREE_OPERAND (base, 0));
  if (ptr == ESC_NO_LOC)
    return false;
  esc_access_type (fg->g, ptr, type_name (type),
		   tree_to_shwi (TYPE_SIZE_UNIT (type)));
  return false;
}

void
function_graph::read_statement (gimple *s)
{
  stmt = s;
  if (!is_gimple_debug (s) && !gimple_clobber_p (s))
    walk_stmt_load_store_ops (s, this, note_access_type, note_access_type);
  switch (gimple_code (s))
    {
    case GIMPLE_ASSIGN:
      read_assign (as_a<gassign *> (s));
      break;
    case GIMPLE_CALL:
      /* What the front end did not show (esc_note_stack_switches).  */
      if (call_gives_stack_p (as_a<gcall *> (s)))
	note_stack_switch ();
      read_call (*this, as_a<gcall *> (s));
      break;
    case GIMPLE_RETURN:
      read_return (as_a<greturn *> (s));
      break;
    case GIMPLE_ASM:
      read_asm (as_a<gasm *> (s));
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
      give_up (gimple_code_name[gimple_code (s)]);
      break;
    }
}

/* ---- Locals whose life is one iteration of a loop. ----

   A variable declared in a loop's body is a new object in each
   iteration: the gimplifier ends its scope with a clobber on every way
   out of the block, and GCC itself shares stack slots between variables
   whose clobbered lives do not overlap.  So what it holds need not
   outlive the iteration (a per-iteration queue of nodes allocated in the
   same iteration).  A variable gets the depth of loop L when every
   statement that names it is in L, outside irreducible regions, and no
   path from such a statement reaches L's header (the start of the next
   iteration, or of a later entry into L) without passing one of its
   clobbers.  Anything else lives for the whole call.  */

struct scope_refs
{
  class loop *common;		/* innermost loop around every use */
  bool lost;			/* used where no depth can be trusted */
  bool clobbered;
  vec<gimple *> uses;		/* statements naming it, clobbers aside */
};

struct scope_walk
{
  hash_map<tree, scope_refs> *refs;
  function *fun;
  gimple *stmt;
};

static tree
note_local_use (tree *tp, int *walk_subtrees, void *data)
{
  walk_stmt_info *wi = (walk_stmt_info *) data;
  scope_walk *w = (scope_walk *) wi->info;
  tree t = *tp;
  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (!VAR_P (t) || is_global_var (t) || !auto_var_in_fn_p (t, w->fun->decl))
    return NULL_TREE;
  bool existed;
  scope_refs &r = w->refs->get_or_insert (t, &existed);
  if (!existed)
    {
      r.common = NULL;
      r.lost = false;
      r.clobbered = false;
      r.uses = vNULL;
    }
  basic_block bb = gimple_bb (w->stmt);
  if (!bb || (bb->flags & BB_IRREDUCIBLE_LOOP))
    r.lost = true;
  else
    {
      r.common = r.common ? find_common_loop (r.common, bb->loop_father)
			  : bb->loop_father;
      if (r.uses.is_empty () || r.uses.last () != w->stmt)
	r.uses.safe_push (w->stmt);
    }
  return NULL_TREE;
}

/* Whether DECL is clobbered by STMT.  */
static bool
clobbers_p (gimple *stmt, tree decl)
{
  return gimple_clobber_p (stmt) && gimple_assign_lhs (stmt) == decl;
}

/* Whether a path from just after one of R's uses reaches HEADER without
   passing a clobber of DECL.  */
static bool
reaches_header_alive (function *fun, tree decl, const scope_refs &r,
		      basic_block header)
{
  auto_sbitmap entered (last_basic_block_for_fn (fun));
  bitmap_clear (entered);
  auto_vec<basic_block> work;
  /* Scan from GSI to the end of its block: false when a clobber ends
     the path, true when the block's successors go on.  */
  auto scan = [&] (gimple_stmt_iterator gsi) {
    for (; !gsi_end_p (gsi); gsi_next (&gsi))
      if (clobbers_p (gsi_stmt (gsi), decl))
	return false;
    return true;
  };
  auto follow = [&] (basic_block bb) {
    edge e;
    edge_iterator ei;
    FOR_EACH_EDGE (e, ei, bb->succs)
      if (e->dest->index >= NUM_FIXED_BLOCKS
	  && bitmap_set_bit (entered, e->dest->index))
	work.safe_push (e->dest);
  };
  for (gimple *use : r.uses)
    {
      basic_block bb = gimple_bb (use);
      gimple_stmt_iterator gsi;
      if (gimple_code (use) == GIMPLE_PHI)
	/* Its value comes in on an edge, before the block's statements.  */
	gsi = gsi_start_bb (bb);
      else
	{
	  gsi = gsi_for_stmt (use);
	  gsi_next (&gsi);
	}
      if (scan (gsi))
	follow (bb);
    }
  while (!work.is_empty ())
    {
      basic_block bb = work.pop ();
      if (bb == header)
	return true;
      if (scan (gsi_start_bb (bb)))
	follow (bb);
    }
  return false;
}

/* DECL -> the loop depth of its scope, for FUN's locals whose life is
   one iteration; NULL when loops are not set up (then nothing needs a
   depth: analyze.cc sets them up where allocations are).  */
static hash_map<tree, int> *
find_scoped_locals (function *fun)
{
  if (!loops_state_satisfies_p (LOOPS_HAVE_MARKED_IRREDUCIBLE_REGIONS))
    return NULL;
  hash_map<tree, scope_refs> refs;
  scope_walk w = { &refs, fun, NULL };
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  walk_stmt_info wi;
	  memset (&wi, 0, sizeof wi);
	  wi.info = &w;
	  w.stmt = gsi.phi ();
	  walk_gimple_op (gsi.phi (), note_local_use, &wi);
	}
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gimple *s = gsi_stmt (gsi);
	  if (is_gimple_debug (s))
	    continue;
	  /* Clobbers end lives; they are counted below.  */
	  if (gimple_clobber_p (s))
	    continue;
	  walk_stmt_info wi;
	  memset (&wi, 0, sizeof wi);
	  wi.info = &w;
	  w.stmt = s;
	  walk_gimple_op (s, note_local_use, &wi);
	}
    }
  /* The clobbers of the variables used.  */
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (gimple_clobber_p (gsi_stmt (gsi)))
	if (scope_refs *r = refs.get (gimple_assign_lhs (gsi_stmt (gsi))))
	  r->clobbered = true;

  hash_map<tree, int> *scoped = new hash_map<tree, int>;
  for (auto it = refs.begin (); it != refs.end (); ++it)
    {
      tree decl = (*it).first;
      scope_refs &r = (*it).second;
      class loop *l = r.common;
      if (!r.lost && r.clobbered && l && loop_outer (l)
	  && !reaches_header_alive (fun, decl, r, l->header))
	scoped->put (decl, loop_depth (l));
      r.uses.release ();
    }
  return scoped;
}

/* The loop depth an object for local DECL lives at.  */
int
function_graph::local_depth (tree decl)
{
  int *depth = scoped ? scoped->get (decl) : NULL;
  return depth ? *depth : 0;
}

/* For each block index, the steps of its statements (phis included):
   blocks are counted in FUN's reverse post-order, and blocks the order
   does not reach follow them all.  */
static block_steps *
count_block_steps (function *fun)
{
  block_steps *steps = XNEWVEC (block_steps, last_basic_block_for_fn (fun));
  int *rpo = XNEWVEC (int, n_basic_blocks_for_fn (fun));
  int n = pre_and_rev_post_order_compute_fn (fun, NULL, rpo, false);
  auto_sbitmap placed (last_basic_block_for_fn (fun));
  bitmap_clear (placed);
  uint32_t count = 0;
  auto place = [&] (basic_block bb) {
    steps[bb->index].first = count;
    bitmap_set_bit (placed, bb->index);
    for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      count++;
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      count++;
    steps[bb->index].end = count + 1;
  };
  for (int i = 0; i < n; i++)
    place (BASIC_BLOCK_FOR_FN (fun, rpo[i]));
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    if (!bitmap_bit_p (placed, bb->index))
      place (bb);
  XDELETEVEC (rpo);
  return steps;
}

/* Read NODE's body; callees' summaries come from PROG.  cfun must be
   NODE's function.  */
function_graph::function_graph (cgraph_node *node_, const esc_program *prog)
  : node (node_), fun (DECL_STRUCT_FUNCTION (node_->decl)), sites (vNULL),
    nparams (list_length (DECL_ARGUMENTS (node_->decl))), unanalysed (NULL),
    asm_calls_code (false), gives_back_stack (false), takes_stack (false),
    stmt (NULL), step (0),
    steps (NULL), objects (new hash_map<tree, int>),
    scoped (find_scoped_locals (DECL_STRUCT_FUNCTION (node_->decl))),
    word_index (new hash_map<tree, int>), words (vNULL),
    constants (new hash_map<tree, tree>)
{
  bool has_chain = fun->static_chain_decl != NULL_TREE;
  g = esc_graph_new (prog, nparams + (has_chain ? 1 : 0), has_chain);
  nssa = num_ssa_names;
  ssa = XNEWVEC (esc_loc, nssa ? nssa : 1);
  for (unsigned i = 0; i < nssa; i++)
    ssa[i] = ESC_NO_LOC;

  /* Blocks are read in index order; the steps that order reasons count
     statements in reverse post-order, so an earlier step is earlier
     along the flow (of two branches, either may come first).  */
  steps = count_block_steps (fun);
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      step = steps[bb->index].first;
      for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  stmt = gsi.phi ();
	  step++;
	  read_phi (gsi.phi ());
	}
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  step++;
	  read_statement (gsi_stmt (gsi));
	}
    }
  XDELETEVEC (steps);
  steps = NULL;
  stmt = NULL;
  step = 0;
}

function_graph::~function_graph ()
{
  esc_graph_free (g);
  sites.release ();
  words.release ();
  delete objects;
  delete scoped;
  delete word_index;
  delete constants;
  XDELETEVEC (ssa);
}
