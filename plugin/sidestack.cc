/* sidestack.cc -- the side stack's run-time code, which the plugin emits
   into each unit that uses it (side-stack=N).

   With the side stack, the objects the policy budgets (they get no slot:
   their function may recurse, they outlive their loop iteration, a
   callee frees them) take space in a per-thread region off the real
   stack instead of alloca's (rewrite.cc).  bench/side-stack/ holds the
   design as a C model, its tests and its measurements; this file is the
   model's code as GENERIC, given to GCC as new functions:

   - __escape_side_push (n, token): N bytes of the region for the frame
     whose token (its canonical frame address) is TOKEN, or null when the
     region has no room or the frame may not push: a frame whose token
     is the thread's top bumps its segment; a deeper one, or any when the
     region is empty, opens a segment with a header (the previous top and
     header); any other gets null.  The region is mapped on the thread's
     first push and unmapped at its exit;
   - __escape_side_pop (token): the frame's segment, if it is the top,
     given back;
   - __escape_side_rewind (token, mark): what the frame pushed in a
     loop's iteration, if its segment is the top, given back at the
     iteration's end;
   - __escape_side_release: the thread's region unmapped, at its exit.

   A segment is popped only by its own frame, once every segment over it
   is popped: coroutines, signal handlers and longjmp can strand
   segments, never give a live one away.  Each function reads and writes
   the state only while a word of it says busy: a signal handler that
   runs then leaves the state alone (its pushes take the heap, its pops
   do nothing), and one that leaves the interrupted frame by longjmp
   leaves the state busy, which turns the side stack off for the thread
   rather than leave it half written (hunt 48-a).  The thread's state is
   one thread-local array, weak and of default visibility like the alloca
   budget's mark, so that the units and shared objects of a program share
   it: a callee in another shared object tells the region's objects by
   their address.  The functions are hidden COMDAT copies in each unit,
   kept out of inlining and IPA (the compiler fences in them must stay
   barriers to the caller's code: an object's reads and writes stay
   between its push and its pop, where a signal handler's pushes cannot
   touch it).  The region comes from the mmap system call, made by an
   asm: the program's malloc, or a function or variable of its own named
   mmap, sees nothing it did not ask for (x86-64 Linux only).  Once the
   region is given back at the thread's exit, or could not be mapped, the
   state stays busy, and later pushes of that thread (a pthread key's
   destructor) take the heap.  */

#include "gcc-includes.h"
#include "bridge.h"

#define SIDE_ALIGN ESC_SIDE_STACK_ALIGN

static tree state;		/* kept alive by its varpool node */
static tree push_fn, pop_fn, rewind_fn, release_fn;
static unsigned HOST_WIDE_INT region_bytes;

static tree
word_type (void)
{
  return pointer_sized_int_node;
}

static tree
word (unsigned HOST_WIDE_INT value)
{
  return build_int_cstu (word_type (), value);
}

/* The thread-local state (rewrite.cc's stack_mark says why weak, why
   default visibility and which TLS model).  */
static tree
side_state (void)
{
  if (!state)
    state = new_thread_variable (ESC_SIDE_STATE, build_array_type_nelts
					   (word_type (), SIDE_WORDS));
  return state;
}

/* The state's word W, as GENERIC or as a GIMPLE operand.  */
tree
side_state_word (int w)
{
  return build4 (ARRAY_REF, word_type (), side_state (),
		 build_int_cst (integer_type_node, w), NULL_TREE, NULL_TREE);
}

/* ---- GENERIC for the bodies ---- */

static tree
assign (tree to, tree value)
{
  return build2 (MODIFY_EXPR, TREE_TYPE (to), to,
		 fold_convert (TREE_TYPE (to), value));
}

static tree
fence (void)
{
  return build_call_expr (builtin_decl_explicit
			  (BUILT_IN_ATOMIC_SIGNAL_FENCE), 1,
			  build_int_cst (integer_type_node, MEMMODEL_SEQ_CST));
}

/* *(uintptr_t *) (ADDR + OFFSET).  */
static tree
word_at (tree addr, int offset)
{
  tree p = fold_build2 (PLUS_EXPR, word_type (), addr, word (offset));
  return build1 (INDIRECT_REF, word_type (),
		 fold_convert (build_pointer_type (word_type ()), p));
}

static tree
local (tree fn, tree type, const char *name, tree *vars)
{
  tree v = build_decl (BUILTINS_LOCATION, VAR_DECL, get_identifier (name),
		       type);
  DECL_CONTEXT (v) = fn;
  DECL_ARTIFICIAL (v) = 1;
  DECL_IGNORED_P (v) = 1;
  DECL_CHAIN (v) = *vars;
  *vars = v;
  return v;
}

static tree
ret (tree fn, tree value)
{
  if (!value)
    return build1 (RETURN_EXPR, void_type_node, NULL_TREE);
  tree res = DECL_RESULT (fn);
  return build1 (RETURN_EXPR, void_type_node, assign (res, value));
}

static tree
new_label (tree fn)
{
  tree label = build_decl (BUILTINS_LOCATION, LABEL_DECL, NULL_TREE,
			   void_type_node);
  DECL_ARTIFICIAL (label) = 1;
  DECL_IGNORED_P (label) = 1;
  DECL_CONTEXT (label) = fn;
  return label;
}

/* RESULT = VALUE, then to the end of the busy window, DONE.  */
static tree
leave (tree result, tree value, tree done)
{
  tree list = alloc_stmt_list ();
  append_to_statement_list (assign (result, value), &list);
  append_to_statement_list (build1 (GOTO_EXPR, void_type_node, done),
			    &list);
  return list;
}

static tree
if_then (tree cond, tree then)
{
  return build3 (COND_EXPR, void_type_node, cond, then,
		 build_empty_stmt (BUILTINS_LOCATION));
}

/* A new hidden COMDAT function NAME of TYPE with NPARAMS parameters,
   into PARAMS.  */
static tree
new_function (const char *name, tree type, tree *params, int nparams)
{
  tree fn = build_decl (BUILTINS_LOCATION, FUNCTION_DECL,
			get_identifier (name), type);
  TREE_PUBLIC (fn) = 1;
  TREE_STATIC (fn) = 1;
  TREE_USED (fn) = 1;
  DECL_ARTIFICIAL (fn) = 1;
  DECL_IGNORED_P (fn) = 1;
  DECL_EXTERNAL (fn) = 0;
  DECL_UNINLINABLE (fn) = 1;
  DECL_VISIBILITY (fn) = VISIBILITY_HIDDEN;
  DECL_VISIBILITY_SPECIFIED (fn) = 1;
  DECL_ATTRIBUTES (fn) = tree_cons (get_identifier ("noipa"), NULL_TREE,
				    DECL_ATTRIBUTES (fn));
  /* Not instrumented: the program's hooks (-finstrument-functions' enter
     and exit, -pg's mcount) ran for every push and pop, which the plain
     build never calls, and a hook whose helper pushes recursed without
     end (hunt 49-a).  Nor are the sanitizers' and coverage's checks
     put in, or the profile's counters.  */
  DECL_NO_INSTRUMENT_FUNCTION_ENTRY_EXIT (fn) = 1;
  DECL_ATTRIBUTES (fn)
    = tree_cons (get_identifier ("no_sanitize"),
		 build_int_cst (unsigned_type_node, -1), DECL_ATTRIBUTES (fn));
  static const char *const uninstrumented[]
    = { "no_sanitize_coverage", "no_profile_instrument_function" };
  for (const char *name : uninstrumented)
    DECL_ATTRIBUTES (fn) = tree_cons (get_identifier (name), NULL_TREE,
				      DECL_ATTRIBUTES (fn));
  /* Built for x86-64's base instruction set, whatever the unit's own
     target flags: the linker keeps one unit's copy for all, and a unit
     built -mavx2 (called after a check of the processor) lent its AVX
     code to the rest of the program (hunt 48-a).  */
  static const char base_isa[] = "arch=x86-64";
  targetm.target_option.valid_attribute_p
    (fn, get_identifier ("target"),
     build_tree_list (NULL_TREE, build_string (sizeof base_isa, base_isa)),
     0);
  TREE_NOTHROW (fn) = 1;
  tree res = build_decl (BUILTINS_LOCATION, RESULT_DECL, NULL_TREE,
			 TREE_TYPE (type));
  DECL_ARTIFICIAL (res) = 1;
  DECL_IGNORED_P (res) = 1;
  DECL_CONTEXT (res) = fn;
  DECL_RESULT (fn) = res;
  tree arg_type = TYPE_ARG_TYPES (type);
  tree *link = &DECL_ARGUMENTS (fn);
  for (int i = 0; i < nparams; i++, arg_type = TREE_CHAIN (arg_type))
    {
      tree t = TREE_VALUE (arg_type);
      tree p = build_decl (BUILTINS_LOCATION, PARM_DECL, NULL_TREE, t);
      DECL_ARG_TYPE (p) = t;
      DECL_CONTEXT (p) = fn;
      DECL_ARTIFICIAL (p) = 1;
      params[i] = p;
      *link = p;
      link = &DECL_CHAIN (p);
    }
  make_decl_one_only (fn, DECL_ASSEMBLER_NAME (fn));
  return fn;
}

/* FN's body is BODY, with local variables VARS: hand it to GCC.  */
static void
finish_function (tree fn, tree body, tree vars)
{
  tree block = make_node (BLOCK);
  BLOCK_VARS (block) = vars;
  BLOCK_SUPERCONTEXT (block) = fn;
  TREE_USED (block) = 1;
  DECL_INITIAL (fn) = block;
  tree bind = build3 (BIND_EXPR, void_type_node, vars, body, block);
  TREE_SIDE_EFFECTS (bind) = 1;
  DECL_SAVED_TREE (fn) = bind;
  push_struct_function (fn);
  cfun->function_end_locus = BUILTINS_LOCATION;
  pop_cfun ();
  cgraph_node::add_new_function (fn, false);
}

/* An external function of the C library.  */
static tree
library_function (const char *name, tree type)
{
  tree fn = build_decl (BUILTINS_LOCATION, FUNCTION_DECL,
			get_identifier (name), type);
  TREE_PUBLIC (fn) = 1;
  DECL_EXTERNAL (fn) = 1;
  DECL_ARTIFICIAL (fn) = 1;
  TREE_NOTHROW (fn) = 1;
  return fn;
}

/* x86-64 Linux's system calls and constants.  */
#define SIDE_SYS_MMAP 9
#define SIDE_SYS_MUNMAP 11
#define SIDE_PROT_RW 3		/* PROT_READ | PROT_WRITE */
#define SIDE_MAP_ANON_PRIVATE 0x22	/* MAP_PRIVATE | MAP_ANONYMOUS */

static tree
asm_operand_list (tree list, const char *constraint, tree value)
{
  return chainon (list, asm_operand (constraint, value));
}

static tree
asm_clobbers (const char *const *names)
{
  tree list = NULL_TREE;
  for (; *names; names++)
    list = tree_cons (NULL_TREE, build_string (strlen (*names) + 1, *names),
		      list);
  return list;
}

/* RESULT = system call NR with ARGS (up to 6 longs), as an asm.  */
static tree
syscall_asm (tree result, int nr, tree *args, int nargs)
{
  static const char *const regs[] = { "D", "S", "d" };
  tree outputs = asm_operand_list (NULL_TREE, "=a", result);
  tree inputs = asm_operand_list (NULL_TREE, "0",
				  build_int_cst (long_integer_type_node, nr));
  /* The fourth to sixth arguments go in r10, r8 and r9, which have no
     constraint letters: moved there by the template from registers the
     clobbers keep apart.  */
  char text[128] = "";
  static const char *const high[] = { "r10", "r8", "r9" };
  for (int i = 0; i < nargs; i++)
    {
      tree v = fold_convert (long_integer_type_node, args[i]);
      if (i < 3)
	inputs = asm_operand_list (inputs, regs[i], v);
      else
	{
	  inputs = asm_operand_list (inputs, "r", v);
	  char mov[32];
	  snprintf (mov, sizeof mov, "mov %%%d, %%%%%s\n\t", i + 2,
		    high[i - 3]);
	  strcat (text, mov);
	}
    }
  strcat (text, "syscall");
  static const char *const clobbered[]
    = { "rcx", "r11", "r8", "r9", "r10", "memory", NULL };
  tree expr = build5 (ASM_EXPR, void_type_node,
		      build_string (strlen (text), text), outputs, inputs,
		      asm_clobbers (clobbered), NULL_TREE);
  ASM_VOLATILE_P (expr) = 1;
  return expr;
}

/* BODY inside the busy window, appended to LIST (FN's, whose local
   variables are VARS): the state is read and written only between
   BUSY = 1 and BUSY = 0, each behind a compiler fence, so that a signal
   handler that runs in between sees the state busy and leaves it alone
   (its pushes take the heap, its pops and rewinds do nothing), and one
   that runs before or after finds it whole.  A busy state is left as it
   is: a push, pop or rewind of the thread is under way (this code is a
   signal handler's that interrupted it), or one was cut short (a handler
   left it by longjmp) and the side stack is off for the thread.  The
   test and the set are one instruction (bts, not locked: only the
   thread's own signal handlers share the word), so that a signal lands
   wholly before or after them: with two, a handler that ran between
   them and whose own window was cut left the word set, and the
   interrupted code, which had tested it clear, cleared it again over a
   half-written state (hunt 48-c).  */
static void
append_busy_window (tree fn, tree body, tree *list, tree *vars)
{
  tree was_busy = local (fn, integer_type_node, "was_busy", vars);
  tree outputs = asm_operand_list (NULL_TREE, "+m",
				   side_state_word (SIDE_BUSY));
  outputs = asm_operand_list (outputs, "=@ccc", was_busy);
  tree set = build5 (ASM_EXPR, void_type_node,
		     build_string (strlen (SIDE_BUSY_SET_ASM),
				   SIDE_BUSY_SET_ASM),
		     outputs, NULL_TREE, NULL_TREE, NULL_TREE);
  ASM_VOLATILE_P (set) = 1;
  append_to_statement_list (set, list);
  tree window = alloc_stmt_list ();
  append_to_statement_list (fence (), &window);
  append_to_statement_list (body, &window);
  append_to_statement_list (fence (), &window);
  append_to_statement_list (assign (side_state_word (SIDE_BUSY), word (0)),
			    &window);
  append_to_statement_list
    (if_then (fold_build2 (EQ_EXPR, boolean_type_node, was_busy,
			   integer_zero_node), window),
     list);
}

/* void __escape_side_release (void *): the region unmapped, the state
   left busy for good and with no room (base = end = cur = 1): later
   pushes of the thread take the heap, since nothing would unmap a new
   region, and the free test finds no pointer in it.  */
static tree
build_release (void)
{
  tree params[1];
  tree type = build_function_type_list (void_type_node, ptr_type_node,
					NULL_TREE);
  tree fn = new_function (ESC_SIDE_RELEASE, type, params, 1);
  tree vars = NULL_TREE;
  tree base = local (fn, word_type (), "base", &vars);
  tree size = local (fn, word_type (), "size", &vars);
  tree status = local (fn, long_integer_type_node, "status", &vars);
  tree body = alloc_stmt_list ();
  append_to_statement_list (assign (side_state_word (SIDE_BUSY), word (1)),
			    &body);
  append_to_statement_list (fence (), &body);
  append_to_statement_list (assign (base, side_state_word (SIDE_BASE)),
			    &body);
  append_to_statement_list (assign (size, fold_build2
				    (MINUS_EXPR, word_type (),
				     side_state_word (SIDE_END), base)),
			    &body);
  for (int w = 0; w < SIDE_BUSY; w++)
    append_to_statement_list (assign (side_state_word (w),
				      word (w == SIDE_TOP || w == SIDE_HDR
					    ? 0 : 1)), &body);
  append_to_statement_list (fence (), &body);
  tree args[2] = { base, size };
  append_to_statement_list
    (if_then (fold_build2 (GT_EXPR, boolean_type_node, base, word (1)),
	      syscall_asm (status, SIDE_SYS_MUNMAP, args, 2)),
     &body);
  finish_function (fn, body, vars);
  return fn;
}

/* void *__escape_side_push (size_t n, uintptr_t token): the model's
   ss_push and ss_first_push (bench/side-stack/side-stack.h), in the busy
   window.  */
static tree
build_push (void)
{
  tree params[2];
  tree type = build_function_type_list (ptr_type_node, size_type_node,
					word_type (), NULL_TREE);
  tree fn = new_function (ESC_SIDE_PUSH, type, params, 2);
  /* Its memory, as malloc's, is nothing else's: alias analysis tells the
     object from the rest, as it does a heap or alloca'd object (a copy
     of a global into it and back is a store GCC deletes).  */
  DECL_IS_MALLOC (fn) = 1;
  tree n = params[0], token = params[1];
  tree vars = NULL_TREE;
  tree bytes = local (fn, word_type (), "bytes", &vars);
  tree c = local (fn, word_type (), "c", &vars);
  tree base = local (fn, word_type (), "base", &vars);
  tree result = local (fn, word_type (), "result", &vars);
  tree done = new_label (fn);
  tree null = build_int_cst (ptr_type_node, 0);
  tree body = alloc_stmt_list ();

  /* Too big, or nothing: the heap.  */
  append_to_statement_list
    (if_then (fold_build2 (TRUTH_ORIF_EXPR, boolean_type_node,
			   fold_build2 (EQ_EXPR, boolean_type_node, n,
					build_int_cst (size_type_node, 0)),
			   fold_build2 (GT_EXPR, boolean_type_node, n,
					build_int_cstu (size_type_node,
							SIDE_MAX_REQUEST))),
	      ret (fn, null)),
     &body);
  /* The heap too when the state is busy.  */
  append_to_statement_list (assign (result, word (0)), &body);
  append_to_statement_list
    (assign (bytes, fold_build2 (BIT_AND_EXPR, word_type (),
				 fold_build2 (PLUS_EXPR, word_type (),
					      fold_convert (word_type (), n),
					      word (SIDE_ALIGN - 1)),
				 word (-(unsigned HOST_WIDE_INT) SIDE_ALIGN))),
     &body);
  tree window = alloc_stmt_list ();
  append_to_statement_list (assign (c, side_state_word (SIDE_CUR)), &window);

  /* The frame's own segment: bump.  */
  tree own = alloc_stmt_list ();
  append_to_statement_list
    (if_then (fold_build2 (LT_EXPR, boolean_type_node,
			   fold_build2 (MINUS_EXPR, word_type (),
					side_state_word (SIDE_END), c),
			   bytes),
	      leave (result, word (0), done)),
     &own);
  append_to_statement_list (assign (side_state_word (SIDE_CUR),
				    fold_build2 (PLUS_EXPR, word_type (), c,
						 bytes)), &own);
  append_to_statement_list (leave (result, c, done), &own);
  append_to_statement_list
    (if_then (fold_build2 (EQ_EXPR, boolean_type_node,
			   side_state_word (SIDE_TOP), token), own),
     &window);

  /* Above the top (another stack's frame, or the top's frame is dead):
     the heap.  Top 0 wraps to the highest.  */
  append_to_statement_list
    (if_then (fold_build2 (LT_EXPR, boolean_type_node,
			   fold_build2 (MINUS_EXPR, word_type (),
					side_state_word (SIDE_TOP), word (1)),
			   token),
	      leave (result, word (0), done)),
     &window);

  /* No region yet: map one, to be unmapped at the thread's exit.  */
  tree atexit = library_function ("__cxa_thread_atexit_impl",
				  build_function_type_list
				  (integer_type_node,
				   build_pointer_type
				   (build_function_type_list
				    (void_type_node, ptr_type_node,
				     NULL_TREE)),
				   ptr_type_node, ptr_type_node, NULL_TREE));
  tree map = alloc_stmt_list ();
  tree mapped = local (fn, long_integer_type_node, "mapped", &vars);
  tree margs[6] = { word (0), word (region_bytes), word (SIDE_PROT_RW),
		    word (SIDE_MAP_ANON_PRIVATE),
		    build_int_cst (long_integer_type_node, -1), word (0) };
  append_to_statement_list (syscall_asm (mapped, SIDE_SYS_MMAP, margs, 6),
			    &map);
  append_to_statement_list (assign (base, mapped), &map);
  /* An error is -errno, the last page of the address space.  The state
     stays busy: the thread's later pushes take the heap at once rather
     than each try the system call again (hunt 48-a).  */
  append_to_statement_list
    (if_then (fold_build2 (GT_EXPR, boolean_type_node, base,
			   word (-(unsigned HOST_WIDE_INT) 4096)),
	      ret (fn, null)),
     &map);
  append_to_statement_list (assign (side_state_word (SIDE_BASE), base),
			    &map);
  append_to_statement_list (assign (side_state_word (SIDE_CUR), base), &map);
  append_to_statement_list (assign (side_state_word (SIDE_END),
				    fold_build2 (PLUS_EXPR, word_type (),
						 base, word (region_bytes))),
			    &map);
  append_to_statement_list (assign (c, base), &map);
  /* The object that registers is named by an address in it: the release
     function's.  Not __dso_handle, which -nostartfiles leaves undefined,
     and a null one crashes glibc 2.36 in a thread's first registration
     (hunt 48-a).  */
  append_to_statement_list
    (build_call_expr (atexit, 3, build_fold_addr_expr (release_fn), null,
		      fold_convert (ptr_type_node,
				    build_fold_addr_expr (release_fn))),
     &map);
  append_to_statement_list
    (if_then (fold_build2 (EQ_EXPR, boolean_type_node,
			   side_state_word (SIDE_BASE), word (0)),
	      map),
     &window);

  /* A segment of the frame's own: its header, then the state that names
     it.  */
  append_to_statement_list
    (if_then (fold_build2 (LT_EXPR, boolean_type_node,
			   fold_build2 (MINUS_EXPR, word_type (),
					side_state_word (SIDE_END), c),
			   fold_build2 (PLUS_EXPR, word_type (), bytes,
					word (SIDE_HEADER_BYTES))),
	      leave (result, word (0), done)),
     &window);
  append_to_statement_list (assign (word_at (c, 0),
				    side_state_word (SIDE_TOP)), &window);
  append_to_statement_list (assign (word_at (c, 8),
				    side_state_word (SIDE_HDR)), &window);
  append_to_statement_list
    (assign (side_state_word (SIDE_CUR),
	     fold_build2 (PLUS_EXPR, word_type (), c,
			  fold_build2 (PLUS_EXPR, word_type (), bytes,
				       word (SIDE_HEADER_BYTES)))),
     &window);
  append_to_statement_list (assign (side_state_word (SIDE_HDR), c), &window);
  append_to_statement_list (assign (side_state_word (SIDE_TOP), token),
			    &window);
  append_to_statement_list (leave (result, fold_build2
				   (PLUS_EXPR, word_type (), c,
				    word (SIDE_HEADER_BYTES)), done),
			    &window);
  append_to_statement_list (build1 (LABEL_EXPR, void_type_node, done),
			    &window);
  append_busy_window (fn, window, &body, &vars);
  append_to_statement_list (ret (fn, result), &body);
  finish_function (fn, body, vars);
  return fn;
}

/* The statements that give back the top segment, whose header H was read
   from the state.  */
static tree
pop_segment (tree fn, tree h, tree *vars)
{
  tree prev_top = local (fn, word_type (), "prev_top", vars);
  tree prev_hdr = local (fn, word_type (), "prev_hdr", vars);
  tree pop = alloc_stmt_list ();
  append_to_statement_list (assign (prev_top, word_at (h, 0)), &pop);
  append_to_statement_list (assign (prev_hdr, word_at (h, 8)), &pop);
  append_to_statement_list (assign (side_state_word (SIDE_CUR), h), &pop);
  append_to_statement_list (assign (side_state_word (SIDE_HDR), prev_hdr),
			    &pop);
  append_to_statement_list (assign (side_state_word (SIDE_TOP), prev_top),
			    &pop);
  return pop;
}

/* The body of a function of the frame's TOKEN: BODY, in the busy window,
   when the frame's segment is the top; nothing when the state is
   busy.  */
static tree
top_segment_body (tree fn, tree token, tree body, tree *vars)
{
  tree list = alloc_stmt_list ();
  append_to_statement_list (fence (), &list);
  append_busy_window (fn, if_then (fold_build2 (EQ_EXPR, boolean_type_node,
						side_state_word (SIDE_TOP),
						token), body),
		      &list, vars);
  return list;
}

/* void __escape_side_pop (uintptr_t token).  */
static tree
build_pop (void)
{
  tree params[1];
  tree type = build_function_type_list (void_type_node, word_type (),
					NULL_TREE);
  tree fn = new_function (ESC_SIDE_POP, type, params, 1);
  tree token = params[0];
  tree vars = NULL_TREE;
  tree h = local (fn, word_type (), "h", &vars);
  tree pop = alloc_stmt_list ();
  append_to_statement_list (assign (h, side_state_word (SIDE_HDR)), &pop);
  append_to_statement_list (pop_segment (fn, h, &vars), &pop);
  tree body = top_segment_body (fn, token, pop, &vars);
  finish_function (fn, body, vars);
  return fn;
}

/* void __escape_side_rewind (uintptr_t token, uintptr_t mark): at the
   end of a loop's iteration, what the frame pushed since MARK (the next
   free byte when the iteration began) given back, if its segment is the
   top.  A segment whose header is at or above MARK was opened in the
   iteration and goes whole; one below it holds the frame's objects from
   before the iteration, below MARK, and its end goes back to MARK.  That
   may raise it, where another context popped below MARK in the
   iteration and the frame then opened its segment lower: the space
   between is free (nothing lies above the top segment's end), and MARK,
   16-byte aligned as every header, lies past the header.  */
static tree
build_rewind (void)
{
  tree params[2];
  tree type = build_function_type_list (void_type_node, word_type (),
					word_type (), NULL_TREE);
  tree fn = new_function (ESC_SIDE_REWIND, type, params, 2);
  tree token = params[0], mark = params[1];
  tree vars = NULL_TREE;
  tree h = local (fn, word_type (), "h", &vars);
  tree rewind = alloc_stmt_list ();
  append_to_statement_list (assign (h, side_state_word (SIDE_HDR)), &rewind);
  append_to_statement_list
    (build3 (COND_EXPR, void_type_node,
	     fold_build2 (GT_EXPR, boolean_type_node, mark, h),
	     assign (side_state_word (SIDE_CUR), mark),
	     pop_segment (fn, h, &vars)),
     &rewind);
  tree body = top_segment_body (fn, token, rewind, &vars);
  finish_function (fn, body, vars);
  return fn;
}

/* The unit's run-time functions, emitted on first use; BYTES is the
   region's size (side-stack=N).  */
static void
emit_runtime (unsigned HOST_WIDE_INT bytes)
{
  if (push_fn)
    return;
  region_bytes = bytes;
  release_fn = build_release ();
  push_fn = build_push ();
  pop_fn = build_pop ();
  rewind_fn = build_rewind ();
}

tree
side_push_function (unsigned HOST_WIDE_INT bytes)
{
  emit_runtime (bytes);
  return push_fn;
}

tree
side_pop_function (void)
{
  return pop_fn;
}

tree
side_rewind_function (void)
{
  return rewind_fn;
}

/* Whether CALL is a call of the unit's push or pop.  */
bool
side_push_call_p (const gimple *stmt)
{
  return push_fn && is_gimple_call (stmt)
	 && gimple_call_fndecl (stmt) == push_fn;
}

bool
side_pop_call_p (const gimple *stmt)
{
  return pop_fn && is_gimple_call (stmt)
	 && gimple_call_fndecl (stmt) == pop_fn;
}

bool
side_rewind_call_p (const gimple *stmt)
{
  return rewind_fn && is_gimple_call (stmt)
	 && gimple_call_fndecl (stmt) == rewind_fn;
}
