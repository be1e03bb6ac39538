/* callee.cc -- what a call does to its arguments.

   In order of trust:
   1. allocation calls become allocation sites (their objects), free and
      realloc become free sites; GCC-internal calls and builtins with
      special meaning (va_start, trampolines, alloca, __builtin_expect)
      are modelled here;
   2. a function with a body in this unit: its summary, applied by the
      core (opaque functions have none, so their arguments escape);
   3. a library function in libc-models.def (the reviewed table);
   4. GCC's own per-argument facts (gimple_call_arg_flags: fnspec
      attributes of builtins);
   5. nothing known: every argument escapes, the result is unknown.
   Calls through pointers are resolved by the core as their targets
   become known.  */

#include "gcc-includes.h"
#include "internal-fn.h"		/* internal_fn_name, for the report */
#include "bridge.h"

/* ---- The library table. ---- */

struct libc_model
{
  const char *name;
  const char *args;
  char result;
  enum esc_why_kind why;
  int callback_args;
};

static const struct libc_model libc_models[] = {
#define ESC_LIBC(NAME, ARGS, RESULT, WHY, CB) { NAME, ARGS, RESULT, WHY, CB },
#include "libc-models.def"
#undef ESC_LIBC
};

static const struct libc_model *
find_libc_model (tree fndecl)
{
  if (!fndecl || !DECL_NAME (fndecl))
    return NULL;
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  if (startswith (name, "__builtin_"))
    name += strlen ("__builtin_");
  for (size_t i = 0; i < ARRAY_SIZE (libc_models); i++)
    if (!strcmp (libc_models[i].name, name))
      return &libc_models[i];
  return NULL;
}

bool
esc_may_call_back (tree fndecl)
{
  if (fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    return false;
  const struct libc_model *model = find_libc_model (fndecl);
  return !model || strchr (model->args, 'c');
}

/* The letter of MODEL for argument I.  */
static char
model_letter (const struct libc_model *model, unsigned i)
{
  size_t len = strlen (model->args);
  if (i < len && model->args[i] != '*')
    return model->args[i];
  if (len >= 2 && model->args[len - 1] == '*')
    return model->args[len - 2];
  return 'e';
}

/* ---- Helpers. ---- */

/* The source name of FNDECL: a copy GCC made (the split part of a
   partially inlined function, "f.part.0") is named after its origin.  */
static const char *
callee_name (tree fndecl)
{
  if (fndecl && DECL_ABSTRACT_ORIGIN (fndecl)
      && TREE_CODE (DECL_ABSTRACT_ORIGIN (fndecl)) == FUNCTION_DECL)
    fndecl = DECL_ABSTRACT_ORIGIN (fndecl);
  if (fndecl && DECL_NAME (fndecl))
    return IDENTIFIER_POINTER (DECL_NAME (fndecl));
  return NULL;
}

/* A value holding everything reachable through V (t = *v; t = *t).  */
static esc_loc
deep_contents (esc_fn *f, esc_loc v, const struct esc_why *why)
{
  esc_loc t = esc_new_value (f);
  esc_flow (f->g, t, v, 1, why);
  esc_flow (f->g, t, t, 1, why);
  return t;
}

static void
sink (esc_fn *f, esc_loc v, const struct esc_why *why)
{
  if (v != ESC_NO_LOC)
    esc_flow (f->g, esc_heap (f->g), v, 0, why);
}

static void
flow_to (esc_fn *f, esc_loc dst, esc_loc src, const struct esc_why *why)
{
  if (dst != ESC_NO_LOC && src != ESC_NO_LOC)
    esc_flow (f->g, dst, src, 0, why);
}

/* The location that receives the call's value: the lhs's SSA location,
   or a temporary stored into the lhs afterwards (see finish_result).  */
static esc_loc
result_loc (esc_fn *f, gcall *call)
{
  tree lhs = gimple_call_lhs (call);
  if (!lhs)
    return ESC_NO_LOC;
  if (TREE_CODE (lhs) == SSA_NAME)
    return esc_rvalue (f, lhs);
  return esc_new_value (f);
}

static void
finish_result (esc_fn *f, gcall *call, esc_loc result)
{
  tree lhs = gimple_call_lhs (call);
  if (lhs && TREE_CODE (lhs) != SSA_NAME && result != ESC_NO_LOC)
    {
      struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
      esc_store_into (f, lhs, result, &why);
    }
}

static esc_loc
arg_value (esc_fn *f, gcall *call, unsigned i)
{
  if (i >= gimple_call_num_args (call))
    return ESC_NO_LOC;
  tree arg = gimple_call_arg (call, i);
  if (!esc_value_carries_pointer (TREE_TYPE (arg), true))
    return ESC_NO_LOC;
  return esc_rvalue (f, arg);
}

static int64_t
constant_size (tree t)
{
  if (t && TREE_CODE (t) == INTEGER_CST && tree_fits_uhwi_p (t)
      && tree_to_uhwi (t) <= (unsigned HOST_WIDE_INT) INT64_MAX)
    return (int64_t) tree_to_uhwi (t);
  return -1;
}

/* ---- Allocation calls. ---- */

static void
model_allocation (esc_fn *f, gcall *call, enum esc_alloc_fn kind)
{
  basic_block bb = gimple_bb (call);
  int depth = bb && bb->loop_father ? loop_depth (bb->loop_father) : 0;
  esc_loc obj = esc_loc_new (f->g, ESC_LOC_ALLOC, depth, call);
  struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
  esc_alloc_site site = { call, kind, obj, -1, 0,
			  bb && (bb->flags & BB_IRREDUCIBLE_LOOP), NULL };
  unsigned nargs = gimple_call_num_args (call);
  tree arg0 = nargs > 0 ? gimple_call_arg (call, 0) : NULL_TREE;
  tree arg1 = nargs > 1 ? gimple_call_arg (call, 1) : NULL_TREE;
  tree arg2 = nargs > 2 ? gimple_call_arg (call, 2) : NULL_TREE;

  esc_loc result = result_loc (f, call);
  switch (kind)
    {
    case ESC_ALLOC_MALLOC:
      site.size = constant_size (arg0);
      break;
    case ESC_ALLOC_CALLOC:
      {
	int64_t n = constant_size (arg0), size = constant_size (arg1);
	if (n >= 0 && size >= 0 && (size == 0 || n <= INT64_MAX / size))
	  site.size = n * size;
	break;
      }
    case ESC_ALLOC_ALIGNED_ALLOC:
      site.align = constant_size (arg0) >= 0 ? constant_size (arg0) : 0;
      if (constant_size (arg0) < 0)
	site.align = ~(uint64_t) 0;	/* unknown: never a slot */
      site.size = constant_size (arg1);
      break;
    case ESC_ALLOC_POSIX_MEMALIGN:
      {
	/* posix_memalign (&p, align, size) stores the object into *p.  */
	site.size = constant_size (arg2);
	esc_loc addr = esc_new_value (f);
	esc_flow (f->g, addr, obj, -1, &why);
	esc_loc out = esc_rvalue (f, arg0);
	if (out != ESC_NO_LOC)
	  esc_store (f->g, out, addr, 0, &why);
	site.align = constant_size (arg1) >= 0 ? constant_size (arg1)
		     : ~(uint64_t) 0;
	break;
      }
    case ESC_ALLOC_STRDUP:
    case ESC_ALLOC_STRNDUP:
      {
	const char *s = arg0 ? c_getstr (arg0) : NULL;
	if (s)
	  {
	    int64_t len = (int64_t) strlen (s) + 1;
	    if (kind == ESC_ALLOC_STRNDUP)
	      {
		int64_t n = constant_size (arg1);
		len = n < 0 ? -1 : MIN (len, n + 1);
	      }
	    site.size = len;
	  }
	break;
      }
    case ESC_ALLOC_REALLOC:
      {
	/* The old object is released; the new one holds what it held.  */
	esc_loc old = esc_rvalue (f, arg0);
	if (old != ESC_NO_LOC)
	  {
	    struct esc_why rwhy = esc_why_at (f, ESC_WHY_FLOW, "realloc");
	    esc_resize (f->g, old, &rwhy);
	    esc_loc held = esc_new_value (f);
	    esc_flow (f->g, held, old, 1, &why);
	    esc_write_object (f, obj, held, ESC_CONTENT_ANY, &why);
	  }
	site.size = constant_size (arg1);
	break;
      }
    case ESC_ALLOC_ATTR_MALLOC:
      {
	/* The function is malloc-like for its result, but may do anything
	   with its arguments; what it stores in the new object is not
	   ours to know.  */
	tree fndecl = gimple_call_fndecl (call);
	int id = esc_func_id (fndecl);
	auto_vec<esc_loc> args;
	for (unsigned i = 0; i < nargs; i++)
	  args.safe_push (arg_value (f, call, i));
	struct esc_call c = { id, ESC_NO_LOC, args.address (),
			      (int) args.length (), ESC_NO_LOC,
			      esc_why_at (f, ESC_WHY_CALL,
					  callee_name (fndecl)) };
	cgraph_node *node = id >= 0 ? cgraph_node::get (fndecl) : NULL;
	if (!node || !node->ultimate_alias_target ()->has_gimple_body_p ())
	  c.callee_id = -1;
	if (c.callee_id < 0)
	  {
	    for (unsigned i = 0; i < nargs; i++)
	      sink (f, args[i], &c.why);
	  }
	else
	  esc_call (f->g, &c);
	esc_write_object (f, obj, esc_new_value_pointing_to_heap (f),
			  ESC_CONTENT_ANY, &why);
	break;
      }
    case ESC_ALLOC_NONE:
      break;
    }
  if (kind != ESC_ALLOC_POSIX_MEMALIGN && result != ESC_NO_LOC)
    esc_flow (f->g, result, obj, -1, &why);
  finish_result (f, call, result);
  f->sites.safe_push (site);
}

/* ---- Builtins and internal functions with their own meaning. ---- */

static bool
model_internal (esc_fn *f, gcall *call)
{
  struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
  esc_loc result = result_loc (f, call);
  switch (gimple_call_internal_fn (call))
    {
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
      break;
    case IFN_BUILTIN_EXPECT:
    case IFN_UBSAN_CHECK_ADD:
    case IFN_UBSAN_CHECK_SUB:
    case IFN_UBSAN_CHECK_MUL:
      for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	flow_to (f, result, arg_value (f, call, i), &why);
      break;
    case IFN_VA_ARG:
      /* What va_arg reads was passed by an unknown caller.  */
      flow_to (f, result, esc_new_value_pointing_to_heap (f), &why);
      break;
    default:
      return false;
    }
  finish_result (f, call, result);
  return true;
}

/* An internal function model_internal does not know: what it is passed
   escapes, "not analysed: internal function .NAME", and its result may
   point anywhere.  (An internal call has no callee to report; read as a
   call through a pointer, it was reported as one.)  */
static void
model_unknown_internal (esc_fn *f, gcall *call)
{
  static const char *names[IFN_LAST + 1];
  enum internal_fn ifn = gimple_call_internal_fn (call);
  if (!names[ifn])
    names[ifn] = xasprintf ("internal function .%s", internal_fn_name (ifn));
  struct esc_why why = esc_why_at (f, ESC_WHY_UNANALYSED, names[ifn]);
  esc_loc result = result_loc (f, call);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    sink (f, esc_rvalue (f, gimple_call_arg (call, i)), &why);
  flow_to (f, result, esc_new_value_pointing_to_heap (f), &why);
  finish_result (f, call, result);
}

/* Whether the result of CALL, an object-size builtin, is only the bound
   of a check: _FORTIFY_SOURCE's __*_chk builtins and UBSan's object-size
   check.  A guarded slot makes such a bound the slot's size rather than
   the request's, which never fails a check that passed on the heap; a
   write past the request but inside the slot goes unreported, and lands
   in the slot's own spare bytes.  Any other use (printed, compared, ...)
   would see the answer change.  */
static bool
size_only_checked (gcall *call)
{
  tree lhs = gimple_call_lhs (call);
  if (!lhs)
    return true;
  if (TREE_CODE (lhs) != SSA_NAME)
    return false;
  imm_use_iterator it;
  use_operand_p use;
  FOR_EACH_IMM_USE_FAST (use, it, lhs)
    {
      gimple *user = USE_STMT (use);
      if (is_gimple_debug (user)
	  || gimple_call_internal_p (user, IFN_UBSAN_OBJECT_SIZE))
	continue;
      tree fn = is_gimple_call (user) ? gimple_call_fndecl (user) : NULL_TREE;
      const char *name = fn && fndecl_built_in_p (fn, BUILT_IN_NORMAL)
			 ? callee_name (fn) : NULL;
      size_t len = name ? strlen (name) : 0;
      if (len > 4 && !strcmp (name + len - 4, "_chk"))
	continue;
      return false;
    }
  return true;
}

static bool
model_builtin (esc_fn *f, gcall *call)
{
  if (!gimple_call_builtin_p (call, BUILT_IN_NORMAL))
    return false;
  tree fndecl = gimple_call_fndecl (call);
  struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
  esc_loc result;
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_FREE:
      {
	esc_loc p = arg_value (f, call, 0);
	if (p != ESC_NO_LOC)
	  esc_free (f->g, p, &why);
	return true;
      }
    case BUILT_IN_EXPECT:
    case BUILT_IN_EXPECT_WITH_PROBABILITY:
    case BUILT_IN_ASSUME_ALIGNED:
    case BUILT_IN_ADJUST_TRAMPOLINE:
    case BUILT_IN_ADJUST_DESCRIPTOR:
      result = result_loc (f, call);
      flow_to (f, result, arg_value (f, call, 0), &why);
      finish_result (f, call, result);
      return true;
    case BUILT_IN_INIT_TRAMPOLINE:
    case BUILT_IN_INIT_HEAP_TRAMPOLINE:
    case BUILT_IN_INIT_DESCRIPTOR:
      {
	/* (tramp, fn, chain): a local closure.  */
	tree t = gimple_call_arg (call, 0);
	esc_loc tramp = esc_rvalue (f, t);
	if (TREE_CODE (t) == ADDR_EXPR && DECL_P (TREE_OPERAND (t, 0)))
	  esc_mark_trampoline (f->g, esc_object_of (f, TREE_OPERAND (t, 0)));
	for (unsigned i = 1; i < gimple_call_num_args (call); i++)
	  {
	    esc_loc v = arg_value (f, call, i);
	    if (tramp != ESC_NO_LOC && v != ESC_NO_LOC)
	      esc_store (f->g, tramp, v, 0, &why);
	  }
	return true;
      }
    case BUILT_IN_ALLOCA:
    case BUILT_IN_ALLOCA_WITH_ALIGN:
    case BUILT_IN_ALLOCA_WITH_ALIGN_AND_MAX:
    case BUILT_IN_FRAME_ADDRESS:
      {
	/* Frame memory until the function returns (alloca), or the frame
	   itself.  */
	result = result_loc (f, call);
	esc_loc obj = esc_loc_new (f->g, ESC_LOC_LOCAL, 0, call);
	if (result != ESC_NO_LOC)
	  esc_flow (f->g, result, obj, -1, &why);
	finish_result (f, call, result);
	return true;
      }
    case BUILT_IN_VA_START:
    case BUILT_IN_NEXT_ARG:
      {
	/* The va_list points into the caller's argument area.  */
	esc_loc ap = arg_value (f, call, 0);
	if (ap != ESC_NO_LOC)
	  esc_store (f->g, ap, esc_new_value_pointing_to_heap (f), 0, &why);
	return true;
      }
    case BUILT_IN_VA_COPY:
      {
	esc_loc dst = arg_value (f, call, 0), src = arg_value (f, call, 1);
	if (dst != ESC_NO_LOC && src != ESC_NO_LOC)
	  esc_store (f->g, dst, src, 1, &why);
	return true;
      }
    case BUILT_IN_OBJECT_SIZE:
    case BUILT_IN_DYNAMIC_OBJECT_SIZE:
      {
	/* Nothing escapes, but the answer depends on where the object
	   lives: analyze.cc keeps what these may see out of guarded
	   slots, unless the size only bounds a check.  */
	esc_loc p = arg_value (f, call, 0);
	if (p != ESC_NO_LOC && !size_only_checked (call))
	  {
	    esc_size_query q = { p, callee_name (fndecl) };
	    f->size_queries.safe_push (q);
	  }
	return true;
      }
    case BUILT_IN_VA_END:
    case BUILT_IN_STACK_SAVE:
    case BUILT_IN_STACK_RESTORE:
    case BUILT_IN_PREFETCH:
    case BUILT_IN_CONSTANT_P:
    case BUILT_IN_UNREACHABLE:
    case BUILT_IN_TRAP:
      return true;
    default:
      return false;
    }
}

/* ---- The table. ---- */

static void
model_from_table (esc_fn *f, gcall *call, const struct libc_model *model)
{
  tree fndecl = gimple_call_fndecl (call);
  const char *name = callee_name (fndecl);
  struct esc_why flow = esc_why_at (f, ESC_WHY_FLOW, name);
  esc_loc result = result_loc (f, call);
  unsigned nargs = gimple_call_num_args (call);
  /* 'p' and 'T' store the first argument's value (read at i == 0).  */
  esc_loc first = ESC_NO_LOC, copy_src = ESC_NO_LOC;
  auto_vec<esc_loc> copy_dsts, to_callback, callbacks;

  for (unsigned i = 0; i < nargs; i++)
    {
      esc_loc a = arg_value (f, call, i);
      if (a == ESC_NO_LOC)
	continue;
      if (i == 0)
	first = a;
      struct esc_why why = esc_why_at (f, model->why, name);
      why.argno = (int) i + 1;
      switch (model_letter (model, i))
	{
	case '.':
	case 'r':
	case 'w':
	  break;
	case 'R':
	case 'W':
	  flow_to (f, result, a, &flow);
	  break;
	case 'D':
	  flow_to (f, result, a, &flow);
	  /* Fall through.  */
	case 'd':
	  copy_dsts.safe_push (a);
	  break;
	case 's':
	  copy_src = a;
	  break;
	case 'E':
	  flow_to (f, result, a, &flow);
	  /* Fall through.  */
	case 'e':
	  sink (f, a, &why);
	  break;
	case 'o':
	  esc_store (f->g, a, esc_new_value_pointing_to_heap (f), 0, &flow);
	  break;
	case 'O':
	  {
	    /* The bytes leave: so does everything they point to.  */
	    struct esc_why sent = why;
	    sent.kind = ESC_WHY_SENT;
	    sink (f, deep_contents (f, a, &flow), &sent);
	    break;
	  }
	case 'J':
	  flow_to (f, result, a, &flow);
	  /* Fall through.  */
	case 'I':
	  esc_store (f->g, a, esc_new_value_pointing_to_heap (f), 0, &flow);
	  break;
	case 'p':
	case 'T':
	  if (first != ESC_NO_LOC && first != a)
	    esc_store (f->g, a, first, 0, &flow);
	  if (model_letter (model, i) == 'T' && result != ESC_NO_LOC)
	    esc_flow (f->g, result, a, 1, &flow);
	  break;
	case 'g':
	  {
	    /* getline (&buf, &n, stream): buf may be realloc'd, and is
	       replaced with a heap buffer.  */
	    esc_loc buf = esc_new_value (f);
	    esc_flow (f->g, buf, a, 1, &flow);
	    struct esc_why rwhy = esc_why_at (f, ESC_WHY_FLOW, name);
	    esc_resize (f->g, buf, &rwhy);
	    esc_store (f->g, a, esc_new_value_pointing_to_heap (f), 0, &flow);
	    break;
	  }
	case 'A':
	  flow_to (f, result, a, &flow);
	  /* Fall through.  */
	case 'a':
	  to_callback.safe_push (a);
	  break;
	case 'c':
	  callbacks.safe_push (a);
	  break;
	default:
	  sink (f, a, &why);
	  break;
	}
    }
  /* Copies carry the pointers the source holds into the destination.  */
  for (unsigned i = 0; i < copy_dsts.length (); i++)
    if (copy_src != ESC_NO_LOC)
      esc_store (f->g, copy_dsts[i], copy_src, 1, &flow);
  /* The library calls the callback with pointers into its arguments.  */
  for (unsigned i = 0; i < callbacks.length (); i++)
    {
      esc_loc passed = esc_new_value (f);
      for (unsigned j = 0; j < to_callback.length (); j++)
	esc_flow (f->g, passed, to_callback[j], 0, &flow);
      auto_vec<esc_loc> cb_args;
      for (int j = 0; j < model->callback_args; j++)
	cb_args.safe_push (passed);
      struct esc_call c = { -1, callbacks[i], cb_args.address (),
			    model->callback_args, ESC_NO_LOC,
			    esc_why_at (f, ESC_WHY_CALL, name) };
      esc_call (f->g, &c);
    }
  if (model->result == 'h' && result != ESC_NO_LOC)
    flow_to (f, result, esc_new_value_pointing_to_heap (f), &flow);
  finish_result (f, call, result);
}

static void model_code_call (esc_fn *, gcall *, int, esc_loc, const char *);
static void model_atomic (esc_fn *, gcall *);

/* ---- Atomics. ---- */

/* __atomic_* and __sync_* builtins read and write memory only through
   their pointer arguments; what they move is any argument's value or any
   pointee's content, and it may land in every pointee and the result.  */
static void
model_atomic (esc_fn *f, gcall *call)
{
  struct esc_why why = esc_why_at (f, ESC_WHY_FLOW, NULL);
  esc_loc result = result_loc (f, call);
  esc_loc moved = esc_new_value (f);
  auto_vec<esc_loc> pointers;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      esc_loc a = arg_value (f, call, i);
      if (a == ESC_NO_LOC)
	continue;
      /* Pointer arguments say where; the values stored are integer
	 operands (the typed __atomic_*_N forms convert pointers) or what
	 a pointer argument points to (the generic forms).  */
      if (POINTER_TYPE_P (TREE_TYPE (gimple_call_arg (call, i))))
	{
	  esc_flow (f->g, moved, a, 1, &why);
	  pointers.safe_push (a);
	}
      else
	flow_to (f, moved, a, &why);
    }
  for (unsigned i = 0; i < pointers.length (); i++)
    esc_store (f->g, pointers[i], moved, 0, &why);
  flow_to (f, result, moved, &why);
  finish_result (f, call, result);
}

/* ---- GCC's facts (fnspec). ---- */

static void
model_from_flags (esc_fn *f, gcall *call, const char *name)
{
  /* A free-like function reads the heap's bookkeeping of its argument,
     which a stack slot does not have; GCC's facts may still say the
     argument does not escape.  */
  if (name && (strstr (name, "free") || strstr (name, "realloc")))
    {
      model_code_call (f, call, -1, ESC_NO_LOC, name);
      return;
    }
  esc_loc result = result_loc (f, call);
  int rflags = gimple_call_return_flags (call);
  struct esc_why flow = esc_why_at (f, ESC_WHY_FLOW, name);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      esc_loc a = arg_value (f, call, i);
      if (a == ESC_NO_LOC)
	continue;
      int flags = gimple_call_arg_flags (call, i);
      struct esc_why why = esc_why_at (f, ESC_WHY_UNKNOWN_CALL, name);
      why.argno = (int) i + 1;
      if (flags & EAF_UNUSED)
	continue;
      if (!(flags & EAF_NO_DIRECT_ESCAPE))
	sink (f, a, &why);
      else if (!(flags & EAF_NO_INDIRECT_ESCAPE))
	sink (f, deep_contents (f, a, &why), &why);
      if (result == ESC_NO_LOC || (rflags & ERF_RETURNS_ARG))
	continue;
      if (!(flags & EAF_NOT_RETURNED_DIRECTLY))
	flow_to (f, result, a, &flow);
      if (!(flags & EAF_NOT_RETURNED_INDIRECTLY))
	flow_to (f, result, deep_contents (f, a, &flow), &flow);
    }
  if (result != ESC_NO_LOC)
    {
      unsigned ret = rflags & ERF_RETURN_ARG_MASK;
      if ((rflags & ERF_RETURNS_ARG) && ret < gimple_call_num_args (call))
	flow_to (f, result, arg_value (f, call, ret), &flow);
      else
	flow_to (f, result, esc_new_value_pointing_to_heap (f), &flow);
    }
  finish_result (f, call, result);
}

/* ---- Calls to code: the unit's functions, pointers, the unknown. ---- */

static void
model_code_call (esc_fn *f, gcall *call, int callee_id, esc_loc fnptr,
		 const char *name)
{
  auto_vec<esc_loc> args;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    args.safe_push (arg_value (f, call, i));
  if (gimple_call_chain (call))
    args.safe_push (esc_rvalue (f, gimple_call_chain (call)));
  esc_loc result = result_loc (f, call);
  struct esc_call c = { callee_id, fnptr, args.address (),
			(int) args.length (), result,
			esc_why_at (f, ESC_WHY_CALL, name) };
  esc_call (f->g, &c);
  finish_result (f, call, result);
}

void
esc_model_call (esc_fn *f, gcall *call)
{
  if (gimple_call_internal_p (call))
    {
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
	  /* GCC's own forms of __atomic_* builtins (the compare-exchange
	     whose expected value was a local, bit tests): same effects.  */
	  model_atomic (f, call);
	  return;
	default:
	  break;
	}
      if (!model_internal (f, call))
	model_unknown_internal (f, call);
      return;
    }
  enum esc_alloc_fn kind = esc_alloc_call_kind (call);
  if (kind != ESC_ALLOC_NONE)
    {
      model_allocation (f, call, kind);
      return;
    }
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl)
    {
      model_code_call (f, call, -1, esc_rvalue (f, gimple_call_fn (call)),
		       NULL);
      return;
    }
  const char *name = callee_name (fndecl);
  /* Nested-function lowering records the frame for the unwinder with
     __builtin_dwarf_cfa (0), an argument its prototype lacks, so
     gimple_call_builtin_p rejects it.  Nothing is loaded or stored
     through it.  */
  if (fndecl_built_in_p (fndecl, BUILT_IN_DWARF_CFA))
    return;
  /* __builtin_apply_args copies the incoming arguments into a block,
     __builtin_apply calls any function with such a block, and
     __builtin_return returns what a block holds: parameters and results
     move through memory the graph does not see, so a summary would miss
     that a parameter leaks (keep (p) reached through __builtin_apply).
     Give up on the function: its allocations escape and its callers see
     unknown code.  */
  if (fndecl_built_in_p (fndecl, BUILT_IN_APPLY_ARGS)
      || fndecl_built_in_p (fndecl, BUILT_IN_APPLY)
      || fndecl_built_in_p (fndecl, BUILT_IN_RETURN))
    {
      esc_mark_unanalysed (f, name);
      model_code_call (f, call, -1, ESC_NO_LOC, name);
      return;
    }
  if (model_builtin (f, call))
    return;
  cgraph_node *node = cgraph_node::get (fndecl);
  if (node && node->ultimate_alias_target ()->has_gimple_body_p ())
    {
      model_code_call (f, call, esc_func_id (fndecl), ESC_NO_LOC, name);
      return;
    }
  if (const struct libc_model *model = find_libc_model (fndecl))
    {
      model_from_table (f, call, model);
      return;
    }
  if (fndecl_built_in_p (fndecl, BUILT_IN_NORMAL) && name
      && (startswith (name, "__atomic_") || startswith (name, "__sync_")))
    {
      /* GCC's facts do not say where atomics store their values.  */
      model_atomic (f, call);
      return;
    }
  model_from_flags (f, call, name);
}
