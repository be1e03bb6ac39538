/* builtins.cc -- calls with a meaning of their own: allocation calls,
   GCC's builtins and internal functions, atomics (read_special_call).

   Allocators are recognized as GCC builtins, by their BUILT_IN_* code
   rather than their names: gimple_call_builtin_p checks that the call
   matches the builtin's prototype, so a user function that happens to be
   called `malloc' with another signature is not taken for one.  Beyond
   those, any direct call to a function declared __attribute__((malloc))
   returns fresh memory, and so does a call of the program's allocation
   wrapper (wrappers.cc).  Each allocation call is an allocation site: an
   object of its own, which the policy may move to the stack.  */

#include "gcc-includes.h"
#include "internal-fn.h"		/* internal_fn_name, for the report */
#include "bridge.h"

/* Whether FNDECL's result is released by a function of its own, not
   free: `malloc (fclose, 1)' on fopen, `malloc (closedir)' on opendir.
   Such a result is a resource the library owns (a stream, a directory
   handle), not memory of the program's: no allocation site.  */
static bool
released_otherwise_p (tree fndecl)
{
  for (tree a = lookup_attribute ("malloc", DECL_ATTRIBUTES (fndecl)); a;
       a = lookup_attribute ("malloc", TREE_CHAIN (a)))
    {
      tree args = TREE_VALUE (a);
      tree dealloc = args ? TREE_VALUE (args) : NULL_TREE;
      if (dealloc && TREE_CODE (dealloc) == ADDR_EXPR)
	dealloc = TREE_OPERAND (dealloc, 0);
      if (dealloc && TREE_CODE (dealloc) == FUNCTION_DECL
	  && !fndecl_built_in_p (dealloc, BUILT_IN_FREE)
	  && !fndecl_built_in_p (dealloc, BUILT_IN_REALLOC))
	return true;
    }
  return false;
}

/* Whether a function or variable of assembler name NAME is defined in
   what is compiled: here, or under -flto in another partition (lto1
   marks it in_other_partition, without a body here).  */
static bool
symbol_defined_p (tree name)
{
  for (symtab_node *node = symtab_node::get_for_asmname (name); node;
       node = node->next_sharing_asm_name)
    {
      symtab_node *target = node->ultimate_alias_target ();
      if ((target->definition && !DECL_EXTERNAL (target->decl))
	  || target->in_other_partition)
	return true;
    }
  return false;
}

/* The names lto1's whole-program step found bound to the program's
   code (program_bound_names), read from PROGRAM_BOUND_NAMES at the start
   of the partition: a partition may have no symbol of the wrapper or the
   definition they are bound to.  A set: under -static they are all the
   C library functions the program calls.  */
static hash_set<nofree_string_hash> bound_elsewhere;

/* The linker's resolution file, which lto1 reads (-fresolution); cc1
   has none.  */
extern const char *resolution_file_name __attribute__ ((weak));

/* What glibc links into every dynamic executable from libc_nonshared.a:
   resolved to a regular object of the link, yet the C library's.  (The
   stat family was there before glibc 2.33; there it counts as the
   program's, which only costs precision.)  */
static const char *const nonshared_names[] = {
  "atexit", "at_quick_exit", "pthread_atfork", "__pthread_atfork",
  "__stack_chk_fail_local"
};

/* Whether the link is static (-static, -static-pie), as the driver
   tells lto1 and the other programs it runs.  */
static bool
static_link_p (void)
{
  const char *options = getenv ("COLLECT_GCC_OPTIONS");
  return options && (strstr (options, "'-static'")
		     || strstr (options, "'-static-pie'"));
}

/* Add to NAMES those of the linker's resolution file that an LTO
   object refers to and no definition of the program has, but that
   resolve to a definition in LTO code (RESOLVED_IR) or, unless the link
   is static, in a regular object of the link (RESOLVED_EXEC): the link
   binds them to the program's code under another symbol
   (`-Wl,--defsym=read=mock_read', which the linker reports either way),
   or to an object compiled without -flto.  Not glibc's libc_nonshared.a
   functions; in a static link, the C library's are all RESOLVED_EXEC
   (those of an object compiled without -flto then are not seen).  */
static void
add_linker_bound_names (tree *names)
{
  if (!&resolution_file_name || !resolution_file_name)
    return;
  FILE *f = fopen (resolution_file_name, "r");
  if (!f)
    return;
  bool in_exec_counts = !static_link_p ();
  /* Lines of a file's symbols: INDEX ID RESOLUTION NAME.  */
  char line[4096];
  while (fgets (line, sizeof line, f))
    {
      char resolution[64], name[2048];
      unsigned index;
      if (sscanf (line, "%u %*x %63s %2047s", &index, resolution, name) != 3)
	continue;
      bool counts = !strcmp (resolution, "RESOLVED_IR");
      if (in_exec_counts && !strcmp (resolution, "RESOLVED_EXEC"))
	{
	  counts = true;
	  for (const char *n : nonshared_names)
	    counts &= strcmp (n, name) != 0;
	}
      tree id = counts ? maybe_get_identifier (name) : NULL_TREE;
      if (counts && !(id && symbol_defined_p (id)))
	*names = tree_cons (NULL_TREE, build_string (strlen (name) + 1, name),
			    *names);
    }
  fclose (f);
}

/* The names X whose __wrap_X (`-Wl,--wrap=X') the program defines, and
   those the linker's resolution binds to the program's code under
   another symbol (add_linker_bound_names): calls of X run the program's
   code.  Also malloc, where the program defines it: a partition may call
   strdup, whose memory comes from it, or realloc, which the rewrite redoes
   with it, and have no symbol of it (hunt 39-d).  */
tree
program_bound_names (void)
{
  tree names = NULL_TREE;
  add_linker_bound_names (&names);
  if (tree malloc_id = maybe_get_identifier ("malloc"))
    if (symbol_defined_p (malloc_id))
      names = tree_cons (NULL_TREE, build_string (strlen ("malloc") + 1,
						  "malloc"), names);
  symtab_node *sym;
  FOR_EACH_SYMBOL (sym)
    {
      const char *name = symbol_name (sym->decl);
      if (startswith (name, "__wrap_") && sym->definition
	  && !DECL_EXTERNAL (sym->decl))
	names = tree_cons (NULL_TREE, build_string (strlen (name + 7) + 1,
						    name + 7), names);
    }
  return names;
}

void
note_program_bound_names (void)
{
  bound_elsewhere.empty ();
  /* lto1 without a whole-program step (-flto-partition=none) reads the
     resolution itself.  */
  if (in_lto_p && !flag_wpa && !flag_ltrans)
    {
      tree names = NULL_TREE;
      add_linker_bound_names (&names);
      for (tree n = names; n; n = TREE_CHAIN (n))
	bound_elsewhere.add (TREE_STRING_POINTER (TREE_VALUE (n)));
    }
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    {
      tree a = lookup_attribute (PROGRAM_BOUND_NAMES,
				 DECL_ATTRIBUTES (node->decl));
      for (tree n = a ? TREE_VALUE (a) : NULL_TREE; n; n = TREE_CHAIN (n))
	bound_elsewhere.add (TREE_STRING_POINTER (TREE_VALUE (n)));
    }
}

/* Whether the program defines the symbol a call of FNDECL, a C library
   function, binds to: its own malloc and free (an arena, a counting
   allocator), memcpy, or a function of another name with the library's
   as its asm label (`static ssize_t my_read (...) __asm__ ("read")').  A
   call of it runs the program's body, which the analysis reads like any
   other; GCC itself still treats a builtin's call as the builtin.  By
   the symbol: __builtin_malloc is a declaration of its own, whose symbol
   is malloc's.  A GNU extern inline body (the C library's
   _FORTIFY_SOURCE wrappers) defines no symbol: a call not inlined is the
   library's.  Top level asm that names the symbol may define it (`.set
   strlen, my_strlen').  A definition of __wrap_NAME is taken for the
   body `-Wl,--wrap=NAME' binds the calls of NAME to (a unit test's mock
   of read); the linker's options are not seen.  Defined in another file,
   per unit, none of these is seen; under -flto, in any object the link
   reads as LTO (bound_elsewhere).  */
bool
defined_by_program_p (tree fndecl)
{
  const char *name = symbol_name (fndecl);
  if (symbol_defined_p (DECL_ASSEMBLER_NAME (fndecl))
      || toplevel_asm_names_p (name))
    return true;
  if (bound_elsewhere.contains (name))
    return true;
  tree wrapper = maybe_get_identifier (ACONCAT (("__wrap_", name, NULL)));
  return wrapper && symbol_defined_p (wrapper);
}

bool
library_symbol_p (tree fndecl)
{
  if (!DECL_NAME (fndecl) || !DECL_ASSEMBLER_NAME_SET_P (fndecl))
    return true;
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  const char *label = symbol_name (fndecl);
  size_t n = strlen (name);
  return (!strcmp (label, name) || startswith (name, "__")
	  || startswith (label, "__")
	  || (!strncmp (label, name, n) && !strcmp (label + n, "64")));
}

enum alloc_fn
alloc_call_kind (const gimple *stmt)
{
  if (!stmt || !is_gimple_call (stmt))
    return ALLOC_NONE;

  if (gimple_call_builtin_p (stmt, BUILT_IN_NORMAL)
      && defined_by_program_p (gimple_call_fndecl (stmt)))
    return ALLOC_NONE;
  if (gimple_call_builtin_p (stmt, BUILT_IN_NORMAL))
    switch (DECL_FUNCTION_CODE (gimple_call_fndecl (stmt)))
      {
      case BUILT_IN_MALLOC:
	return ALLOC_MALLOC;
      case BUILT_IN_CALLOC:
	return ALLOC_CALLOC;
      case BUILT_IN_REALLOC:
	return ALLOC_REALLOC;
      case BUILT_IN_ALIGNED_ALLOC:
	return ALLOC_ALIGNED_ALLOC;
      case BUILT_IN_POSIX_MEMALIGN:
	return ALLOC_POSIX_MEMALIGN;
      /* The library's strdup gets its memory from malloc, which may be
	 the program's own (an arena whose free checks its blocks' headers:
	 hunt 38-d): then it is no site.  */
      case BUILT_IN_STRDUP:
      case BUILT_IN_STRNDUP:
	{
	  tree lib_malloc = builtin_decl_explicit (BUILT_IN_MALLOC);
	  if (!lib_malloc || defined_by_program_p (lib_malloc))
	    return ALLOC_NONE;
	  return DECL_FUNCTION_CODE (gimple_call_fndecl (stmt))
		 == BUILT_IN_STRDUP ? ALLOC_STRDUP : ALLOC_STRNDUP;
	}
      default:
	/* Other builtins (alloca, memcpy, free, ...) are not heap
	   allocations, even when GCC marks them malloc-like.  */
	return ALLOC_NONE;
      }

  tree fndecl = gimple_call_fndecl (stmt);
  /* Declared so by the user: GCC also sets DECL_IS_MALLOC on functions
     it finds malloc-like itself (local-pure-const at -O2), and those are
     ordinary functions of the unit with summaries of their own.  The
     attribute is evidence, not proof: a body the analysis reads says
     what the call does (a bump allocator returns a pointer into its
     arena argument, a check of malloc's result returns its argument),
     so such a call is an ordinary one.  */
  if (fndecl && DECL_IS_MALLOC (fndecl)
      && lookup_attribute ("malloc", DECL_ATTRIBUTES (fndecl))
      && !released_otherwise_p (fndecl)
      && function_id (fndecl, current_function_decl
			      ? cgraph_node::get (current_function_decl)
			      : NULL) < 0)
    return ALLOC_ATTR_MALLOC;
  return ALLOC_NONE;
}

static void
flow_to (esc_graph *g, esc_loc dst, esc_loc src, const struct esc_why *why)
{
  if (dst != ESC_NO_LOC && src != ESC_NO_LOC)
    esc_flow (g, dst, src, 0, why);
}

/* The constant T is, or NULL_TREE.  Right after inlining a constant
   argument often still reaches its use through a copy (`_5 = 320;
   malloc (_5)`), a conversion, or a PHI of equal constants (a branch
   on the constant not yet folded), which the next pass folds: follow
   up to *STEPS such steps.  */
static tree
constant_value (tree t, int *steps)
{
  if (!t || TREE_CODE (t) == INTEGER_CST)
    return t;
  if (TREE_CODE (t) != SSA_NAME || --*steps < 0
      || !INTEGRAL_TYPE_P (TREE_TYPE (t)))
    return NULL_TREE;
  gimple *def = SSA_NAME_DEF_STMT (t);
  tree value = NULL_TREE;
  if (gassign *assign = dyn_cast<gassign *> (def))
    {
      if (gimple_assign_single_p (assign)
	  || (gimple_assign_cast_p (assign)
	      && INTEGRAL_TYPE_P (TREE_TYPE (gimple_assign_rhs1 (assign)))))
	value = constant_value (gimple_assign_rhs1 (assign), steps);
    }
  else if (gphi *phi = dyn_cast<gphi *> (def))
    for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
      {
	tree arg = constant_value (gimple_phi_arg_def (phi, i), steps);
	if (!arg)
	  return NULL_TREE;
	arg = fold_convert (TREE_TYPE (t), arg);
	if (value && !tree_int_cst_equal (arg, value))
	  return NULL_TREE;
	value = arg;
      }
  return value ? fold_convert (TREE_TYPE (t), value) : NULL_TREE;
}

/* T as a size, -1 if it is not a constant; INT64_MAX stands for any
   constant from there on (malloc (SIZE_MAX)), which is too large for a
   slot all the same.  */
static int64_t
constant_size (tree t)
{
  int steps = 16;
  t = constant_value (t, &steps);
  if (!t)
    return -1;
  if (!tree_fits_uhwi_p (t)
      || tree_to_uhwi (t) > (unsigned HOST_WIDE_INT) INT64_MAX)
    return INT64_MAX;
  return (int64_t) tree_to_uhwi (t);
}

/* ---- Allocation calls. ---- */

/* A call to a function declared malloc whose body is not read
   (alloc_call_kind): the result is fresh, but the function may do
   anything with its arguments; what it stores in the new object is not
   ours to know.  */
static void
read_attr_malloc_call (function_graph &fg, gcall *call, esc_loc obj)
{
  tree fndecl = gimple_call_fndecl (call);
  struct esc_why unknown = fg.why (ESC_WHY_UNKNOWN_CALL,
				   source_name (fndecl));
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      esc_loc arg = fg.call_arg (call, i);
      if (arg != ESC_NO_LOC)
	esc_flow (fg.g, esc_heap (fg.g), arg, 0, &unknown);
    }
  struct esc_why flow = fg.why (ESC_WHY_FLOW);
  esc_object_flow (fg.g, obj, fg.anywhere (), ESC_CONTENT_ANY, true, &flow);
}

/* The size and alignment SITE asks for, where the call says them as
   constants.  */
static void
requested_size (alloc_site *site)
{
  gcall *call = site->call;
  unsigned nargs = gimple_call_num_args (call);
  tree arg0 = nargs > 0 ? gimple_call_arg (call, 0) : NULL_TREE;
  tree arg1 = nargs > 1 ? gimple_call_arg (call, 1) : NULL_TREE;
  tree arg2 = nargs > 2 ? gimple_call_arg (call, 2) : NULL_TREE;
  if (site->wrapper)
    {
      arg0 = wrapper_size_arg (call, site->wrapper, 0);
      arg1 = wrapper_size_arg (call, site->wrapper, 1);
    }
  /* An alignment not known at compile time never gets a slot.  */
  uint64_t unknown_align = ~(uint64_t) 0;
  switch (site->fn)
    {
    case ALLOC_MALLOC:
      site->size = constant_size (arg0);
      break;
    case ALLOC_CALLOC:
      {
	int64_t n = constant_size (arg0), size = constant_size (arg1);
	if (n >= 0 && size >= 0)
	  site->size = size == 0 || n <= INT64_MAX / size ? n * size
		       : INT64_MAX;
	break;
      }
    case ALLOC_ALIGNED_ALLOC:
      /* No alignment at all is no valid one: C17 and glibc from 2.38 on
	 fail the call.  */
      site->align = constant_size (arg0) > 0 ? constant_size (arg0)
		    : unknown_align;
      site->size = constant_size (arg1);
      break;
    case ALLOC_POSIX_MEMALIGN:
      site->size = constant_size (arg2);
      site->align = constant_size (arg1) >= 0 ? constant_size (arg1)
		    : unknown_align;
      break;
    case ALLOC_STRDUP:
    case ALLOC_STRNDUP:
      if (const char *s = arg0 ? c_getstr (arg0) : NULL)
	{
	  int64_t len = (int64_t) strlen (s) + 1;
	  if (site->fn == ALLOC_STRNDUP)
	    {
	      int64_t n = constant_size (arg1);
	      len = n < 0 ? -1 : n < len ? n + 1 : len;
	    }
	  site->size = len;
	}
      break;
    case ALLOC_REALLOC:
      site->size = constant_size (arg1);
      break;
    default:
      break;
    }
}

/* The arguments of a call of an allocation wrapper: the code the wrapper
   runs where malloc failed may keep them (in a global, before a
   longjmp), its sizes too, which may be made from an address (hunt
   46-a).  */
static void
read_wrapper_args (function_graph &fg, gcall *call)
{
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      esc_loc arg = fg.call_arg (call, i);
      struct esc_why leaks = fg.why (ESC_WHY_CALL,
				     source_name (gimple_call_fndecl (call)));
      leaks.argno = (int) i + 1;
      if (arg != ESC_NO_LOC)
	esc_flow (fg.g, esc_heap (fg.g), arg, 0, &leaks);
    }
}

static void
read_allocation (function_graph &fg, gcall *call, enum alloc_fn kind,
		 const alloc_wrapper *wrapper = NULL)
{
  esc_graph *g = fg.g;
  basic_block bb = gimple_bb (call);
  int depth = bb && bb->loop_father ? loop_depth (bb->loop_father) : 0;
  esc_loc obj = esc_loc_new (g, ESC_LOC_ALLOC, depth, call);
  struct esc_why flow = fg.why (ESC_WHY_FLOW);
  alloc_site site = { call, kind, wrapper, obj, -1, 0,
		      bb && (bb->flags & BB_IRREDUCIBLE_LOOP) };
  requested_size (&site);
  if (wrapper)
    read_wrapper_args (fg, call);

  esc_loc result = fg.call_result (call);
  switch (kind)
    {
    case ALLOC_POSIX_MEMALIGN:
      {
	/* posix_memalign (&p, align, size) stores the object into *p.  */
	esc_loc addr = fg.value ();
	esc_flow (g, addr, obj, -1, &flow);
	esc_loc out = fg.rvalue (gimple_call_arg (call, 0));
	if (out != ESC_NO_LOC)
	  esc_store (g, out, addr, 0, &flow);
	break;
      }
    case ALLOC_REALLOC:
      {
	/* The old object is released; the new one holds what it held,
	   byte for byte at the same offsets: what was stored as pointers
	   is still read as pointers, integers as integers (escape.h's
	   parts), as for a struct copy.  */
	esc_loc old = fg.rvalue (gimple_call_arg (call, 0));
	if (old != ESC_NO_LOC)
	  {
	    struct esc_why resized = fg.why (ESC_WHY_FLOW, "realloc");
	    /* The rewrite redoes the call for a slot with a new block of
	       the library's and a copy (rewrite.cc rewrite_realloc).  */
	    tree lib_malloc = builtin_decl_explicit (BUILT_IN_MALLOC);
	    if (lib_malloc && !defined_by_program_p (lib_malloc)
		&& !stmt_ends_bb_p (call))
	      esc_realloc (g, old, &resized);
	    else
	      esc_resize (g, old, &resized);
	    for (enum esc_content part : { ESC_CONTENT_POINTER,
					   ESC_CONTENT_SCALAR })
	      {
		esc_loc held = fg.value ();
		esc_load_part (g, held, old, part, &flow);
		esc_object_flow (g, obj, held, part, true, &flow);
	      }
	  }
	break;
      }
    case ALLOC_STRDUP:
    case ALLOC_STRNDUP:
      {
	/* The copy holds the bytes of the string: a pointer kept as text
	   goes with them.  */
	esc_loc src = fg.rvalue (gimple_call_arg (call, 0));
	if (src != ESC_NO_LOC)
	  {
	    esc_loc held = fg.value ();
	    esc_flow (g, held, src, 1, &flow);
	    esc_object_flow (g, obj, held, ESC_CONTENT_ANY, true, &flow);
	  }
	break;
      }
    case ALLOC_ATTR_MALLOC:
      read_attr_malloc_call (fg, call, obj);
      break;
    default:
      break;
    }
  if (kind != ALLOC_POSIX_MEMALIGN && result != ESC_NO_LOC)
    esc_flow (g, result, obj, -1, &flow);
  fg.finish_call_result (call, result);
  fg.sites.safe_push (site);
}

/* ---- Internal functions. ---- */

/* __atomic_* and __sync_* builtins, and GCC's internal forms of them
   (the compare-exchange whose expected value was a local, bit tests),
   read and write memory only through their pointer arguments; what they
   move is any argument's value or any pointee's content, and it may land
   in every pointee and the result.  The forms on integers narrower than
   a pointer but wider than a character (__atomic_fetch_add_4 where
   pointers take 8 bytes, ...) move what a plain store and load of such
   an integer move: a character widened into the value stored, which may
   be a pointer's byte (__atomic_store_n (&cell, b[i]), hunt 38-c), lands
   in the pointees (call_arg), and what they read back from memory is
   lost, as what an int load reads (build.cc, lose_sources: a byte read
   back through __atomic_load_n, an exchange or a C11 _Atomic struct of
   chars, hunt 39-d); a pointer's half was lost where it was made.  By
   the size their name ends in, which is a pointer's for pointers (_4 on
   i386).  The forms on characters (_1) move bytes both ways.  */
static bool
narrow_atomic_p (gcall *call)
{
  if (gimple_call_internal_p (call))
    {
      /* The value operand: the third of a compare-exchange (the desired
	 value), the second of the others.  */
      unsigned i = gimple_call_internal_fn (call)
		   == IFN_ATOMIC_COMPARE_EXCHANGE ? 2 : 1;
      return i < gimple_call_num_args (call)
	     && !carries_pointer (TREE_TYPE (gimple_call_arg (call, i)));
    }
  const char *name = source_name (gimple_call_fndecl (call));
  const char *size = name ? strrchr (name, '_') : NULL;
  unsigned bytes = size && ISDIGIT (size[1]) ? atoi (size + 1) : 0;
  return bytes > 1 && bytes < POINTER_SIZE / BITS_PER_UNIT;
}

static void
read_atomic (function_graph &fg, gcall *call)
{
  esc_graph *g = fg.g;
  struct esc_why flow = fg.why (ESC_WHY_FLOW);
  esc_loc result = fg.call_result (call);
  bool narrow = narrow_atomic_p (call);
  esc_loc moved = fg.value ();
  auto_vec<esc_loc> pointers;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      esc_loc a = fg.call_arg (call, i);
      if (a == ESC_NO_LOC)
	continue;
      /* Pointer arguments say where; the values stored are integer
	 operands (the typed __atomic_*_N forms convert pointers) or what
	 a pointer argument points to (the generic forms).  */
      if (POINTER_TYPE_P (TREE_TYPE (gimple_call_arg (call, i))))
	{
	  if (!narrow)
	    esc_flow (g, moved, a, 1, &flow);
	  else
	    {
	      /* The integers an int load would read: all of the memory
		 without strict aliasing (build.cc, punned).  */
	      struct esc_why lost
		= fg.why (ESC_WHY_UNTRACKED,
			  "an integer narrower than a pointer");
	      esc_loc read = fg.value ();
	      esc_load_part (g, read, a,
			     opt_for_fn (cfun->decl, flag_strict_aliasing)
			     ? ESC_CONTENT_SCALAR : ESC_CONTENT_ANY, &lost);
	      esc_flow (g, esc_untracked (g), read, 0, &lost);
	    }
	  pointers.safe_push (a);
	}
      else
	flow_to (g, moved, a, &flow);
    }
  for (unsigned i = 0; i < pointers.length (); i++)
    esc_store (g, pointers[i], moved, 0, &flow);
  if (!narrow)
    flow_to (g, result, moved, &flow);
  fg.finish_call_result (call, result);
}

/* An internal function this file does not know: what it is passed
   escapes, "not analysed: internal function .NAME", and its result may
   point anywhere.  (An internal call has no callee to report; read as a
   call through a pointer, it was reported as one.)  */
static void
read_unknown_internal (function_graph &fg, gcall *call)
{
  static const char *names[IFN_LAST + 1];
  enum internal_fn ifn = gimple_call_internal_fn (call);
  if (!names[ifn])
    names[ifn] = xasprintf ("internal function .%s", internal_fn_name (ifn));
  struct esc_why w = fg.why (ESC_WHY_UNANALYSED, names[ifn]);
  esc_loc result = fg.call_result (call);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      /* call_arg: a widened byte passed escapes too (the overflow
	 builtins' .ADD_OVERFLOW at -O0, assembling a word).  */
      esc_loc a = fg.call_arg (call, i);
      if (a != ESC_NO_LOC)
	esc_flow (fg.g, esc_heap (fg.g), a, 0, &w);
    }
  flow_to (fg.g, result, fg.anywhere (), &w);
  fg.finish_call_result (call, result);
}

static void
read_internal (function_graph &fg, gcall *call)
{
  struct esc_why flow = fg.why (ESC_WHY_FLOW);
  esc_loc result;
  switch (gimple_call_internal_fn (call))
    {
    case IFN_ATOMIC_COMPARE_EXCHANGE:
    case IFN_ATOMIC_BIT_TEST_AND_SET:
    case IFN_ATOMIC_BIT_TEST_AND_COMPLEMENT:
    case IFN_ATOMIC_BIT_TEST_AND_RESET:
    case IFN_ATOMIC_ADD_FETCH_CMP_0:
    case IFN_ATOMIC_SUB_FETCH_CMP_0:
    case IFN_ATOMIC_AND_FETCH_CMP_0:
    case IFN_ATOMIC_OR_FETCH_CMP_0:
    case IFN_ATOMIC_XOR_FETCH_CMP_0:
      read_atomic (fg, call);
      return;
    case IFN_UBSAN_NULL:
    case IFN_UBSAN_BOUNDS:
    case IFN_UBSAN_VPTR:
    case IFN_UBSAN_PTR:
    case IFN_UBSAN_OBJECT_SIZE:
    case IFN_ASAN_CHECK:
    case IFN_ASAN_MARK:
    case IFN_ASAN_POISON:
    case IFN_ASAN_POISON_USE:
    case IFN_TSAN_FUNC_EXIT:
    case IFN_FALLTHROUGH:
    case IFN_ANNOTATE:
    case IFN_ABNORMAL_DISPATCHER:
    case IFN_DEFERRED_INIT:
      /* Checks and markers: they read, keep nothing, and a deferred
	 initialization writes a pattern, not a pointer.  */
      result = fg.call_result (call);
      break;
    case IFN_BUILTIN_EXPECT:
    case IFN_UBSAN_CHECK_ADD:
    case IFN_UBSAN_CHECK_SUB:
    case IFN_UBSAN_CHECK_MUL:
      result = fg.call_result (call);
      for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	flow_to (fg.g, result, fg.call_arg (call, i), &flow);
      break;
    case IFN_VA_ARG:
      /* What va_arg reads was passed by an unknown caller, or is in what
	 a va_list the program filled itself points to (its argument
	 areas: hunt 38-c).  */
      result = fg.call_result (call);
      flow_to (fg.g, result, fg.anywhere (), &flow);
      if (esc_loc ap = fg.call_arg (call, 0); ap != ESC_NO_LOC)
	{
	  esc_loc read = esc_reachable (fg.g, ap, &flow);
	  /* Read as a value the analysis does not track (a double, as an
	     FFI shim moves words), what it reads is lost, as a load of
	     such a value loses it (lose_sources).  */
	  if (result == ESC_NO_LOC && gimple_call_lhs (call))
	    {
	      struct esc_why lost
		= fg.why (ESC_WHY_UNTRACKED,
			  untracked_form (TREE_TYPE (gimple_call_lhs (call))));
	      esc_flow (fg.g, esc_untracked (fg.g), read, 0, &lost);
	    }
	  flow_to (fg.g, result, read, &flow);
	}
      break;
    default:
      read_unknown_internal (fg, call);
      return;
    }
  fg.finish_call_result (call, result);
}

/* ---- Builtins. ---- */

/* What the result of CALL, an object-size builtin, is used for.  A
   check of the accesses made (UBSan's object-size check) never fails
   for a slot: a slot is never smaller than its object.  The bound of a
   _FORTIFY_SOURCE __*_chk builtin becomes the slot's size rather than
   the request's, which never fails a check that passed on the heap (a
   write past the request but inside the slot goes unreported, and lands
   in the slot's own spare bytes); but where GCC did not know the heap
   object's size (a strdup result) there was no check, and one against
   the slot fails snprintf (d, 1000, ...), whose bound is a limit, not
   what it writes.  Any other use (printed, compared, ...) would see the
   answer change.  */
enum size_use
{
  SIZE_CHECKS_ACCESSES,		/* UBSan's, or none */
  SIZE_BOUNDS_CHECKS,		/* also a __*_chk builtin's, or a wrapper's
				   (checking_wrappers) */
  SIZE_READ			/* anything else */
};

/* The argument of CALL, to a _FORTIFY_SOURCE builtin FNDECL, that
   bounds its check: the object's size; -1 for one that has none
   (__printf_chk's arguments are the program's).  */
static int
checked_size_arg (gcall *call, tree fndecl)
{
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_MEMCPY_CHK:
    case BUILT_IN_MEMMOVE_CHK:
    case BUILT_IN_MEMPCPY_CHK:
    case BUILT_IN_MEMSET_CHK:
    case BUILT_IN_STRCPY_CHK:
    case BUILT_IN_STPCPY_CHK:
    case BUILT_IN_STRCAT_CHK:
    case BUILT_IN_STRNCPY_CHK:
    case BUILT_IN_STPNCPY_CHK:
    case BUILT_IN_STRNCAT_CHK:
      return (int) gimple_call_num_args (call) - 1;
    case BUILT_IN_SNPRINTF_CHK:
    case BUILT_IN_VSNPRINTF_CHK:
      return 3;
    case BUILT_IN_SPRINTF_CHK:
    case BUILT_IN_VSPRINTF_CHK:
      return 2;
    default:
      return -1;
    }
}

/* The C library's fortified wrappers that ask for their buffer's size
   only to check the count against it (glibc's __glibc_fortify, and
   fgets and fread written out like it, in bits/unistd.h, stdio2.h and
   socket2.h): the size is compared with the count, to call the function
   unchecked when the count fits, or its checked form __X_chk, which
   aborts when the count passes the size, given as its argument BOUND.
   So a bigger answer, a slot's, checks no less of what the call writes,
   as for a __*_chk builtin's bound.  Only those whose calls the library
   table has rows for; not realpath's or wctomb's, which abort when the
   size is below a constant of their own.  */
struct checking_wrapper
{
  const char *name;
  unsigned bound;
};

static const checking_wrapper checking_wrappers[] = {
  { "read", 3 }, { "pread", 4 }, { "recv", 3 }, { "fgets", 1 },
  { "fread", 1 }
};

/* FN's entry of checking_wrappers, if FN is the C library's wrapper: an
   always-inline, GNU-inline, artificial function of a system header.  */
static const checking_wrapper *
checking_wrapper_of (tree fn)
{
  if (!DECL_NAME (fn) || !DECL_IN_SYSTEM_HEADER (fn)
      || !DECL_DECLARED_INLINE_P (fn)
      || !lookup_attribute ("gnu_inline", DECL_ATTRIBUTES (fn))
      || !lookup_attribute ("always_inline", DECL_ATTRIBUTES (fn))
      || !lookup_attribute ("artificial", DECL_ATTRIBUTES (fn)))
    return NULL;
  for (const checking_wrapper &w : checking_wrappers)
    if (id_equal (DECL_NAME (fn), w.name))
      return &w;
  return NULL;
}

/* The outermost block of the inlined body STMT belongs to, innermost
   body first, if that is a checking wrapper's, whose entry goes to *W;
   NULL otherwise, and for the function's own statements.  */
static tree
checking_wrapper_body (const gimple *stmt, const checking_wrapper **w)
{
  for (tree block = gimple_block (stmt);
       block && TREE_CODE (block) == BLOCK; block = BLOCK_SUPERCONTEXT (block))
    {
      tree origin = block_ultimate_origin (block);
      if (origin && TREE_CODE (origin) == FUNCTION_DECL)
	{
	  *w = checking_wrapper_of (origin);
	  return *w ? block : NULL_TREE;
	}
    }
  return NULL_TREE;
}

/* Whether CALL is one of wrapper W's calls of the library: of the
   function itself (__read_alias is `read') or of its checked form
   (__read_chk, and __read_chk_warn, which is it); with VALUE, a size or
   what is computed from it, at most as the checked form's bound: as the
   count (read (fd, p, __builtin_object_size (p, 0))), or in the buffer's
   address, it is what the call reads or where it writes.  */
static bool
wrapper_call_p (gcall *call, const checking_wrapper *w, tree value)
{
  tree fn = gimple_call_fndecl (call);
  if (!fn || !DECL_ASSEMBLER_NAME_SET_P (fn))
    return false;
  const char *label = symbol_name (fn);
  size_t n = strlen (w->name);
  bool checked = startswith (label, "__") && !strncmp (label + 2, w->name, n)
		 && !strcmp (label + 2 + n, "_chk");
  if (!checked && strcmp (label, w->name))
    return false;
  for (unsigned i = 0; value && i < gimple_call_num_args (call); i++)
    if (gimple_call_arg (call, i) == value && !(checked && i == w->bound))
      return false;
  return true;
}

/* The arguments of CALL, a call of wrapper W's (wrapper_call_p), but
   for its checked form's bound, into ARGS.  */
static void
call_arguments (gcall *call, const checking_wrapper *w, vec<tree> *args)
{
  tree fn = gimple_call_fndecl (call);
  bool checked = strcmp (symbol_name (fn), w->name) != 0;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    if (!checked || i != w->bound)
      args->safe_push (gimple_call_arg (call, i));
}

/* Whether wrapper W's calls A and B make the same call, but for the
   checked form's bound: __read_alias (fd, p, n) and __read_chk (fd, p,
   n, size).  */
static bool
same_call_p (gcall *a, gcall *b, const checking_wrapper *w)
{
  auto_vec<tree, 8> x, y;
  call_arguments (a, w, &x);
  call_arguments (b, w, &y);
  if (x.length () != y.length ())
    return false;
  for (unsigned i = 0; i < x.length (); i++)
    if (!operand_equal_p (x[i], y[i], 0))
      return false;
  return true;
}

/* Whether BB holds only the statements of the body BODY of wrapper W:
   its tests, arithmetic and at most one call of the library (*CALLS),
   the same call as *FIRST (the first met, which it sets) (and labels,
   debug statements and GCC's own arithmetic without a place in the
   source, which folding made).  */
static bool
wrapper_block_p (basic_block bb, tree body, const checking_wrapper *w,
		 gcall **first, bool *calls)
{
  *calls = false;
  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gimple *stmt = gsi_stmt (gsi);
      const checking_wrapper *in;
      if (is_gimple_debug (stmt) || gimple_code (stmt) == GIMPLE_LABEL
	  || gimple_code (stmt) == GIMPLE_NOP)
	continue;
      if (checking_wrapper_body (stmt, &in) == body)
	{
	  if (!is_gimple_call (stmt)
	      || gimple_call_builtin_p (stmt, BUILT_IN_CONSTANT_P))
	    continue;
	  gcall *call = as_a<gcall *> (stmt);
	  if (*calls || !wrapper_call_p (call, w, NULL_TREE)
	      || (*first && !same_call_p (call, *first, w)))
	    return false;
	  *calls = true;
	  if (!*first)
	    *first = call;
	  continue;
	}
      if (!gimple_block (stmt) && is_gimple_assign (stmt)
	  && TREE_CODE (gimple_assign_lhs (stmt)) == SSA_NAME
	  && !gimple_vdef (stmt))
	continue;
      return false;
    }
  return true;
}

/* Whether every path from FROM to JOIN, over blocks of a wrapper's
   body, passes exactly one of the blocks CALLING that hold its call:
   the test at FROM chooses how the call is checked, not whether it is
   made, nor how often.  */
static bool
one_call_per_path_p (basic_block from, basic_block join, bitmap calling)
{
  /* States: a block, and whether the path there made the call.  */
  auto_vec<std::pair<basic_block, bool>> work;
  auto_bitmap seen[2];
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, from->succs)
    work.safe_push (std::make_pair (e->dest, false));
  while (!work.is_empty ())
    {
      basic_block bb = work.last ().first;
      bool called = work.pop ().second;
      if (bb == join)
	{
	  if (!called)
	    return false;
	  continue;
	}
      if (bitmap_bit_p (calling, bb->index))
	{
	  if (called)
	    return false;
	  called = true;
	}
      if (!bitmap_set_bit (seen[called], bb->index))
	continue;
      FOR_EACH_EDGE (e, ei, bb->succs)
	work.safe_push (std::make_pair (e->dest, called));
    }
  return true;
}

/* Whether COND, a test in the body BODY of wrapper W, only chooses how
   the wrapper's call of the library is checked: every path from it runs
   the body's statements, whose calls all make the same call but for the
   bound (same_call_p), up to one block where all meet, and that block's
   PHIs merge only what those calls returned.  Jump threading may have
   copied the program's code after the wrapper into the test's branches,
   where a test of the program's own on the same size was decided by the
   wrapper's.  */
static bool
branches_rejoin_p (gimple *cond, tree body, const checking_wrapper *w)
{
  auto_vec<basic_block> work;
  auto_bitmap seen, calling;
  basic_block join = NULL;
  gcall *first = NULL;
  bool calls;
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, gimple_bb (cond)->succs)
    work.safe_push (e->dest);
  int blocks = 0;
  while (!work.is_empty ())
    {
      basic_block bb = work.pop ();
      if (!bitmap_set_bit (seen, bb->index))
	continue;
      if (bb->index < NUM_FIXED_BLOCKS
	  || !wrapper_block_p (bb, body, w, &first, &calls))
	{
	  if (join && join != bb)
	    return false;
	  join = bb;
	  continue;
	}
      if (++blocks > 32)
	return false;
      if (calls)
	bitmap_set_bit (calling, bb->index);
      FOR_EACH_EDGE (e, ei, bb->succs)
	work.safe_push (e->dest);
    }
  if (!join || join->index < NUM_FIXED_BLOCKS
      || !one_call_per_path_p (gimple_bb (cond), join, calling))
    return false;
  for (gphi_iterator gsi = gsi_start_phis (join); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gphi *phi = gsi.phi ();
      if (virtual_operand_p (gimple_phi_result (phi)))
	continue;
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	{
	  if (!bitmap_bit_p (seen, gimple_phi_arg_edge (phi, i)->src->index))
	    continue;
	  tree arg = gimple_phi_arg_def (phi, i);
	  gimple *def = TREE_CODE (arg) == SSA_NAME
			? SSA_NAME_DEF_STMT (arg) : NULL;
	  const checking_wrapper *in;
	  if (!def || !is_gimple_call (def)
	      || checking_wrapper_body (def, &in) != body
	      || !wrapper_call_p (as_a<gcall *> (def), w, NULL_TREE)
	      || !first || !same_call_p (as_a<gcall *> (def), first, w))
	    return false;
	}
    }
  return true;
}

/* Whether STMT, a use of VALUE, an object size or what is computed from
   it (DEPTH steps from the size), only checks a checking wrapper's call:
   a test in the wrapper's body that chooses among its calls
   (branches_rejoin_p), or one of those calls, given VALUE at most as the
   bound (wrapper_call_p); or arithmetic whose result is only used so.
   Value numbering may have merged an equal computation of the program's
   with the wrapper's: then the program uses the result too.  */
static bool
wrapper_check_p (gimple *stmt, tree value, int depth)
{
  if (depth > 8)
    return false;
  const checking_wrapper *w;
  if (gimple_code (stmt) == GIMPLE_COND)
    {
      tree body = checking_wrapper_body (stmt, &w);
      return body && branches_rejoin_p (stmt, body, w);
    }
  if (is_gimple_call (stmt)
      && !gimple_call_builtin_p (stmt, BUILT_IN_CONSTANT_P))
    return checking_wrapper_body (stmt, &w)
	   && wrapper_call_p (as_a<gcall *> (stmt), w, value);
  tree lhs = is_gimple_assign (stmt) || is_gimple_call (stmt)
	     ? gimple_get_lhs (stmt) : NULL_TREE;
  if (!lhs || TREE_CODE (lhs) != SSA_NAME)
    return false;
  imm_use_iterator it;
  use_operand_p use;
  FOR_EACH_IMM_USE_FAST (use, it, lhs)
    if (!is_gimple_debug (USE_STMT (use))
	&& !wrapper_check_p (USE_STMT (use), lhs, depth + 1))
      return false;
  return true;
}

/* What VALUE, an object size (DEPTH steps from the builtin's result),
   is used for.  GCC bounds a check by the smaller of the answer and
   what it knows of the allocation (_FORTIFY_SOURCE=2's
   `MIN_EXPR <_6, 32>' before __snprintf_chk), which a bigger answer
   leaves a bound as well: the minimum, and conversions, are followed
   to the size argument of the check.  */
static enum size_use
size_value_use (tree value, int depth)
{
  if (TREE_CODE (value) != SSA_NAME)
    return SIZE_READ;
  enum size_use use_kind = SIZE_CHECKS_ACCESSES;
  imm_use_iterator it;
  use_operand_p use;
  FOR_EACH_IMM_USE_FAST (use, it, value)
    {
      gimple *user = USE_STMT (use);
      if (is_gimple_debug (user)
	  || gimple_call_internal_p (user, IFN_UBSAN_OBJECT_SIZE))
	continue;
      if (wrapper_check_p (user, value, 0))
	{
	  use_kind = SIZE_BOUNDS_CHECKS;
	  continue;
	}
      if (is_gimple_assign (user) && depth < 4
	  && (gimple_assign_rhs_code (user) == MIN_EXPR
	      || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (user))))
	{
	  enum size_use further
	    = size_value_use (gimple_assign_lhs (user), depth + 1);
	  if (further == SIZE_READ)
	    return SIZE_READ;
	  if (further == SIZE_BOUNDS_CHECKS)
	    use_kind = SIZE_BOUNDS_CHECKS;
	  continue;
	}
      /* Only as the size a check compares with: as snprintf's length it
	 is what the call writes.  */
      tree fn = is_gimple_call (user) ? gimple_call_fndecl (user) : NULL_TREE;
      gcall *call = fn && fndecl_built_in_p (fn, BUILT_IN_NORMAL)
		    ? as_a<gcall *> (user) : NULL;
      int bound = call ? checked_size_arg (call, fn) : -1;
      if (bound < 0)
	return SIZE_READ;
      for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	if (gimple_call_arg (call, i) == value && (int) i != bound)
	  return SIZE_READ;
      use_kind = SIZE_BOUNDS_CHECKS;
    }
  return use_kind;
}

static enum size_use
object_size_use (gcall *call)
{
  tree lhs = gimple_call_lhs (call);
  return lhs ? size_value_use (lhs, 0) : SIZE_CHECKS_ACCESSES;
}

/* (tramp, fn, chain): a local closure, GNU C's nested function whose
   address is taken.  */
static void
read_trampoline_init (function_graph &fg, gcall *call)
{
  struct esc_why flow = fg.why (ESC_WHY_FLOW);
  tree t = gimple_call_arg (call, 0);
  esc_loc tramp = fg.rvalue (t);
  if (TREE_CODE (t) == ADDR_EXPR && DECL_P (TREE_OPERAND (t, 0)))
    esc_mark_trampoline (fg.g, fg.object (TREE_OPERAND (t, 0)));
  for (unsigned i = 1; i < gimple_call_num_args (call); i++)
    {
      esc_loc v = fg.call_arg (call, i);
      if (tramp != ESC_NO_LOC && v != ESC_NO_LOC)
	esc_store (fg.g, tramp, v, 0, &flow);
    }
}

int
read_limit_arg (gcall *call, unsigned i)
{
  attr_fnspec fnspec = gimple_call_fnspec (call);
  unsigned size_arg;
  if (!fnspec.known_p ()
      || !POINTER_TYPE_P (TREE_TYPE (gimple_call_arg (call, i)))
      || !fnspec.arg_specified_p (i) || fnspec.arg_maybe_written_p (i)
      || !fnspec.arg_max_access_size_given_by_arg_p (i, &size_arg)
      || size_arg >= gimple_call_num_args (call))
    return -1;
  return (int) size_arg;
}

/* Calls with a bound.  Reads up to a limit the call may stop short of:
   memchr's n (C17 says it stops at the match), strncmp's, strnlen's,
   and the source of strncpy, stpncpy, strncat and strndup.  GCC's
   fnspec gives the limit as the size read, and takes a read bigger than
   a stack variable for one that cannot touch it (esc_access_bound).
   And the destination of strncpy and stpncpy written up to a bound that
   is not a constant (esc_allocated_size_read).  */
static void
read_bounds (function_graph &fg, gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);
  bool copies = false;
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_STRNCPY:
    case BUILT_IN_STRNCPY_CHK:
    case BUILT_IN_STPNCPY:
    case BUILT_IN_STPNCPY_CHK:
      copies = true;
      break;
    case BUILT_IN_MEMCHR:
    case BUILT_IN_STRNCMP:
    case BUILT_IN_STRNCASECMP:
    case BUILT_IN_STRNLEN:
    case BUILT_IN_STRNCAT:
    case BUILT_IN_STRNCAT_CHK:
    case BUILT_IN_STRNDUP:
      break;
    default:
      return;
    }
  if (copies && TREE_CODE (gimple_call_arg (call, 2)) != INTEGER_CST)
    {
      esc_loc dst = fg.call_arg (call, 0);
      if (dst != ESC_NO_LOC)
	esc_allocated_size_read (fg.g, dst, source_name (fndecl));
    }
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      int size_arg = read_limit_arg (call, i);
      if (size_arg < 0)
	continue;
      esc_loc p = fg.call_arg (call, i);
      tree size = gimple_call_arg (call, size_arg);
      /* A constant past INT64_MAX (SIZE_MAX) is larger than any slot.  */
      int64_t bound = TREE_CODE (size) != INTEGER_CST ? -1
		      : tree_fits_shwi_p (size) ? tree_to_shwi (size)
		      : INT64_MAX;
      if (p != ESC_NO_LOC)
	esc_access_bound (fg.g, p, source_name (fndecl), bound, call);
    }
}

/* A builtin that moves pointers its own way; false if CALL is none.
   One short case per builtin family, in one switch: long, but flat.  */
static bool
read_builtin (function_graph &fg, gcall *call)
{
  if (!gimple_call_builtin_p (call, BUILT_IN_NORMAL)
      || defined_by_program_p (gimple_call_fndecl (call)))
    return false;
  read_bounds (fg, call);
  esc_graph *g = fg.g;
  tree fndecl = gimple_call_fndecl (call);
  struct esc_why flow = fg.why (ESC_WHY_FLOW);
  esc_loc result;
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_FREE:
      {
	esc_loc p = fg.call_arg (call, 0);
	if (p != ESC_NO_LOC)
	  esc_free (g, p, &flow);
	return true;
      }
    case BUILT_IN_EXPECT:
    case BUILT_IN_EXPECT_WITH_PROBABILITY:
    case BUILT_IN_ASSUME_ALIGNED:
    case BUILT_IN_ADJUST_TRAMPOLINE:
    case BUILT_IN_ADJUST_DESCRIPTOR:
      result = fg.call_result (call);
      flow_to (g, result, fg.call_arg (call, 0), &flow);
      fg.finish_call_result (call, result);
      return true;
    case BUILT_IN_INIT_TRAMPOLINE:
    case BUILT_IN_INIT_HEAP_TRAMPOLINE:
    case BUILT_IN_INIT_DESCRIPTOR:
      read_trampoline_init (fg, call);
      return true;
    case BUILT_IN_ALLOCA:
    case BUILT_IN_ALLOCA_WITH_ALIGN:
    case BUILT_IN_ALLOCA_WITH_ALIGN_AND_MAX:
      /* Frame memory until the function returns.  */
      {
	fg.takes_stack = true;
	result = fg.call_result (call);
	esc_loc obj = esc_loc_new (g, ESC_LOC_FRAME, 0, call);
	if (result != ESC_NO_LOC)
	  esc_flow (g, result, obj, -1, &flow);
	fg.finish_call_result (call, result);
	return true;
      }
    case BUILT_IN_VA_START:
    case BUILT_IN_NEXT_ARG:
      {
	/* The va_list points into the caller's argument area.  */
	esc_loc ap = fg.call_arg (call, 0);
	if (ap != ESC_NO_LOC)
	  esc_store (g, ap, fg.anywhere (), 0, &flow);
	return true;
      }
    case BUILT_IN_VA_COPY:
      {
	esc_loc dst = fg.call_arg (call, 0), src = fg.call_arg (call, 1);
	if (dst != ESC_NO_LOC && src != ESC_NO_LOC)
	  esc_store (g, dst, src, 1, &flow);
	return true;
      }
    case BUILT_IN_OBJECT_SIZE:
    case BUILT_IN_DYNAMIC_OBJECT_SIZE:
      {
	/* Nothing escapes, but the answer depends on where the object
	   lives (policy.c), unless the size only bounds a check.  */
	esc_loc p = fg.call_arg (call, 0);
	enum size_use use = object_size_use (call);
	tree type = gimple_call_arg (call, 1);
	if (p == ESC_NO_LOC || use == SIZE_CHECKS_ACCESSES)
	  return true;
	/* Types 1 and 3, what is left of the closest subobject: GCC takes
	   the subobject from the access path on a heap object and from the
	   variable's type on a slot (&p->f answers 8 bytes on the heap, 12
	   on a slot), even when both are the same size.  */
	if (use == SIZE_READ && tree_fits_uhwi_p (type)
	    && (tree_to_uhwi (type) & 1))
	  esc_allocated_size_read (g, p, source_name (fndecl));
	else
	  esc_size_query (g, p, source_name (fndecl),
			  use == SIZE_BOUNDS_CHECKS);
	return true;
      }
    case BUILT_IN_STACK_RESTORE:
      /* A VLA's scope ends: stack space taken after its start goes.  */
      fg.gives_back_stack = true;
      return true;
    case BUILT_IN_VA_END:
    case BUILT_IN_STACK_SAVE:
    case BUILT_IN_PREFETCH:
    case BUILT_IN_CONSTANT_P:
    case BUILT_IN_UNREACHABLE:
    case BUILT_IN_TRAP:
      return true;
    default:
      return false;
    }
}

bool
read_special_call (function_graph &fg, gcall *call)
{
  if (gimple_call_internal_p (call))
    {
      read_internal (fg, call);
      return true;
    }
  enum alloc_fn kind = alloc_call_kind (call);
  if (kind != ALLOC_NONE)
    {
      /* strndup reads its source up to its bound.  */
      if (kind == ALLOC_STRNDUP)
	read_bounds (fg, call);
      read_allocation (fg, call, kind);
      return true;
    }
  if (const alloc_wrapper *w = allocation_wrapper (call))
    {
      read_allocation (fg, call, w->fn, w);
      return true;
    }
  if (free_wrapper_p (call))
    {
      esc_loc p = fg.call_arg (call, 0);
      struct esc_why flow = fg.why (ESC_WHY_FLOW);
      if (p != ESC_NO_LOC)
	esc_free (fg.g, p, &flow);
      return true;
    }
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl)
    return false;
  const char *name = source_name (fndecl);
  /* Nested-function lowering records the frame for the unwinder with
     __builtin_dwarf_cfa (0), an argument its prototype lacks, so
     gimple_call_builtin_p rejects it.  Nothing is loaded or stored
     through it.  */
  if (fndecl_built_in_p (fndecl, BUILT_IN_DWARF_CFA)
      && !gimple_call_builtin_p (call, BUILT_IN_DWARF_CFA))
    return true;
  /* __builtin_apply_args copies the incoming arguments into a block,
     __builtin_apply calls any function with such a block, and
     __builtin_return returns what a block holds; the program's own
     __builtin_dwarf_cfa () and __builtin_frame_address (N) point at the
     arguments passed on the stack and at the callers' frames (a callee
     that reads its seventh argument at the CFA): parameters and results
     move through memory the graph does not see, so a summary would miss
     that a parameter leaks (keep (p) reached through __builtin_apply).
     Give up on the function: its allocations escape and its callers see
     unknown code.  */
  if (fndecl_built_in_p (fndecl, BUILT_IN_APPLY_ARGS)
      || fndecl_built_in_p (fndecl, BUILT_IN_APPLY)
      || fndecl_built_in_p (fndecl, BUILT_IN_RETURN)
      || fndecl_built_in_p (fndecl, BUILT_IN_DWARF_CFA)
      || fndecl_built_in_p (fndecl, BUILT_IN_FRAME_ADDRESS))
    {
      fg.give_up (name);
      read_code_call (fg, call, -1, ESC_NO_LOC, name);
      return true;
    }
  if (read_builtin (fg, call))
    return true;
  if (fndecl_built_in_p (fndecl, BUILT_IN_NORMAL) && name
      && (startswith (name, "__atomic_") || startswith (name, "__sync_")))
    {
      /* GCC's facts do not say where atomics store their values.  */
      read_atomic (fg, call);
      return true;
    }
  return false;
}
