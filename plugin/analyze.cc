/* analyze.cc -- the pass's work: the unit, then each function.

   The pass runs among the late IPA passes, after inlining: the bodies it
   reads are the ones the code generator will compile.  esc_analyze_unit:
   1. applies the pending IPA transforms (inlining, IPA-CP and IPA-SRA
      clones) to every function of the unit (or of the LTRANS partition)
      that has a body here, as IPA PTA does;
   2. summaries: the functions, callees first by their direct calls
      (callgraph.c orders them), are read into graphs (build.cc) and
      solved; each summary goes to the program, where callers find it.
      A recursive component starts from empty summaries and repeats until
      they stop growing (they only grow, so this ends; after MAX_ROUNDS
      the members are made opaque instead, which is always sound); a
      round takes up again only the members that name a function whose
      summary changed since they were solved, and solves on from their
      solved graphs with what those summaries added (call.c), rather
      than reading and solving them again from nothing.
      Opaque functions (interposable, noipa) and functions with a
      statement the bridge does not understand get no summary: callers
      treat them as unknown code;
   3. recursion: the whole call graph, with what the solved graphs say
      calls through pointers reach and with unknown code able to call
      every function it can see, tells the core which functions may be
      on the stack twice;
   4. decisions: the core's policy places each allocation site with the
      facts the bridge knows (which allocators the rewrite replaces,
      setjmp, recursion), the report says what was decided, and the
      rewrite (rewrite.cc) applies it unless transform=no.  Only
      functions with allocation sites keep their graphs from 2 to 4;
   5. thread stacks: with the rewrite on, every thread stack size the
      unit sets grows by max-stack-size (rewrite.cc says why).  */

#include "gcc-includes.h"
#include "bridge.h"
#include "sarif.h"		/* esc_sarif_unit */
#include <sys/syscall.h>		/* SYS_sigaltstack, SYS_clone: stack_lookups */
#include <signal.h>		/* SIGPIPE: raised_by_input_output_p */
#include <fcntl.h>		/* F_SETSIG: redirecting_command_p */

/* Recursive components rarely need more than three rounds.  */
#define MAX_ROUNDS 10

static esc_program *program;
static esc_callgraph *callgraph;

/* Whether DECL comes from C: lto1 may link C++ or Fortran units too,
   whose functions the analysis does not understand.  */
static bool
from_c_p (tree decl)
{
  const_tree unit = get_ultimate_context (decl);
  const char *lang = unit && TREE_CODE (unit) == TRANSLATION_UNIT_DECL
		     ? TRANSLATION_UNIT_LANGUAGE (unit) : NULL;
  return lang && startswith (lang, "GNU C") && !startswith (lang, "GNU C++");
}

/* Whether NODE is analysed here: it has a body in this unit (or LTRANS
   partition), is not an inline copy (its body is in its caller's), and
   is C.  */
static bool
analysed_p (cgraph_node *node)
{
  return node->has_gimple_body_p () && !node->in_other_partition
	 && !node->inlined_to && !node->clone_of && from_c_p (node->decl);
}

/* Whether the link may bind the program's calls of a function it
   exports to other code: it makes no executable, or a function of the
   program besides main is referenced from outside its LTO code
   (PREVAILING_DEF), as -Wl,--defsym=foo=keeper or a linker script's
   `foo = keeper' do with keeper, when they bind foo, which a shared
   library defines too, to it (hunt 38-d), or the linker's command line
   may (link_line_may_redirect_p).  A non-LTO object's reference counts
   the same, which is rare and errs towards the heap.  lto1 with the
   linker's resolution (WPA, or no WPA); the symbols' resolutions do not
   change there, so the answer is kept.  */
static bool
redirectable_link_p (void)
{
  static int redirectable = -1;
  if (redirectable >= 0)
    return redirectable;
  redirectable = flag_lto_linker_output != LTO_LINKER_OUTPUT_EXEC
		 && flag_lto_linker_output != LTO_LINKER_OUTPUT_PIE;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (node->definition && node->resolution == LDPR_PREVAILING_DEF
	&& !(DECL_NAME (node->decl) && MAIN_NAME_P (DECL_NAME (node->decl))))
      redirectable = 1;
  if (!redirectable)
    redirectable = link_line_may_redirect_p ();
  return redirectable;
}

static bool named_in_asm_p (symtab_node *);

/* The function a call of CALLEE from CALLER runs, with in AVAIL how sure
   that is, as GCC's availability says, but for the functions an
   executable exports under -flto.  An executable exports its definitions
   of names a shared library defines too (a program's own error, getopt
   or regcomp: the linker's PREVAILING_DEF_IRONLY_EXP), and its own calls
   of them run them, for the executable comes first in every lookup,
   unless the link binds the name to other code (redirectable_link_p).
   GCC's availability says neither: LTRANS is not told what the link
   makes (lto-wrapper gives it -fPIC, not -flinker-output), so there such
   a function may be interposed, and elsewhere (-flto-partition=none,
   -fno-pie) it is sure even where --defsym redirects it.  WPA knows the
   link: it marks the exported functions that run BINDS_HERE
   (esc_mark_whole_program), which LTRANS reads; lto1 without LTRANS
   asks the link itself.  */
static cgraph_node *
bound_target (cgraph_node *callee, cgraph_node *caller,
	      enum availability *avail)
{
  cgraph_node *target = callee->ultimate_alias_target (avail, caller);
  if (!target)
    return target;
  /* The names the call goes through: CALLEE, the aliases it leads
     through, TARGET.  The link binds each exported one; asm may give any
     of them another binding.  */
  bool exported = false, marked = true;
  for (symtab_node *s = callee;; s = s->get_alias_target ())
    {
      if (named_in_asm_p (s))
	{
	  *avail = MIN (*avail, AVAIL_INTERPOSABLE);
	  return target;
	}
      if (s->externally_visible)
	{
	  exported = true;
	  marked &= lookup_attribute (BINDS_HERE, DECL_ATTRIBUTES (s->decl))
		    != NULL_TREE;
	}
      if (s == target || !s->alias || !s->analyzed)
	break;
    }
  if (!in_lto_p || !exported
      || (*avail != AVAIL_INTERPOSABLE && *avail != AVAIL_AVAILABLE))
    return target;
  bool runs = flag_ltrans ? marked : !redirectable_link_p ();
  if (*avail == AVAIL_INTERPOSABLE && runs && flag_ltrans)
    *avail = AVAIL_AVAILABLE;
  else if (*avail == AVAIL_AVAILABLE && !runs)
    *avail = AVAIL_INTERPOSABLE;
  return target;
}

/* What CALLER's call to CALLEE reaches: the function whose body runs, or
   NULL when that is not known here: no body, or a symbol the link or the
   loader may bind to another definition (weak, interposable, ifunc), or
   any function at all under -flive-patching, where a function may be
   replaced at run time on its own (GCC then keeps no facts of a callee's
   body either: IPA modref, pure-const, ...); what was inlined is the
   caller's own code.  */
cgraph_node *
call_target (cgraph_node *callee, cgraph_node *caller)
{
  if (flag_live_patching != LIVE_PATCHING_NONE)
    return NULL;
  enum availability avail;
  cgraph_node *target = bound_target (callee, caller, &avail);
  if (!target || avail < AVAIL_AVAILABLE || !analysed_p (target))
    return NULL;
  return target;
}

/* What each function's calls reach, from its solved graph: the
   functions whose summaries its calls applied, and whether any reached
   unknown code.  By uid.  */
struct reached_calls
{
  vec<int> functions;
  bool unknown;
};
static vec<reached_calls> reached;

static void
note_reached (void *data, int func_id)
{
  ((reached_calls *) data)->functions.safe_push (func_id);
}

/* Functions that may run on a stack of their own, which may be small.
   Once the program names a function that gives code a stack (a
   coroutine's, a signal handler's, a thread's of set size, a clone's),
   any function unknown code may call may be started on one: one whose
   address is taken (the start may be a pointer, a table, a library's
   own thread: timer_create's SIGEV_THREAD, aio), and one it may name
   (another file passing it back to the unit's makecontext, a dlsym
   lookup), main aside: what it reaches gets no slots.  So does a unit
   that switches stacks in inline asm (STACK_SWITCH, below).
   And so do the functions marked escape_no_stack, and what they
   reach.  The list has the old forms (sigstack, setstackaddr), and
   swapcontext and setcontext, which switch to whatever stack a context
   holds (one getcontext filled and the program pointed elsewhere).  A
   name counts as the function's or as its assembler name (`extern int
   set () __asm__ ("sigaltstack")').  */
static const char *const stack_givers[] = {
  "makecontext", "swapcontext", "setcontext", "sigaltstack", "sigstack",
  "pthread_attr_setstacksize",
  "pthread_attr_setstack", "pthread_attr_setstackaddr",
  "pthread_setattr_default_np", "clone", "clone3", "__clone", "__clone2"
};

/* Functions that give a stack only with some arguments: syscall, whose
   number says what it does (SYS_sigaltstack, SYS_clone, SYS_clone3 give
   stacks), and dlsym, which may look up any function by name.  A call
   with a constant number or name that gives none is harmless; any other
   call, or the function's address taken, makes the unit one that gives
   stacks (stack_lookup_call_p).  The numbers are the host's, as the
   plugin is built for the compiler it runs in.  */
static const char *const stack_lookups[] = { "syscall", "dlsym", "dlvsym" };

/* The symbol DECL is a weak reference or an alias to, or NULL:
   `static int put (int, void (*) (int)) __attribute__ ((weakref
   ("signal")))' calls signal under another name.  */
static const char *
alias_target_name (tree decl)
{
  tree alias = lookup_attribute ("alias", DECL_ATTRIBUTES (decl));
  if (!alias || !TREE_VALUE (alias)
      || TREE_CODE (TREE_VALUE (TREE_VALUE (alias))) != STRING_CST)
    return NULL;
  return TREE_STRING_POINTER (TREE_VALUE (TREE_VALUE (alias)));
}

/* Whether DECL's name, its assembler name, or the symbol it refers to
   (alias_target_name) is NAME.  */
static bool
named_p (tree decl, const char *name)
{
  if (DECL_NAME (decl) && !strcmp (IDENTIFIER_POINTER (DECL_NAME (decl)),
				   name))
    return true;
  const char *target = alias_target_name (decl);
  if (target && !strcmp (target, name))
    return true;
  if (!DECL_ASSEMBLER_NAME_SET_P (decl))
    return false;
  return !strcmp (symbol_name (decl), name);
}

/* Whether a call of syscall whose first argument is NUMBER (NULL_TREE if
   none) may make one of the N system calls NUMBERS: a number that is not
   a constant may be any.  */
static bool
syscall_number_p (tree number, const HOST_WIDE_INT *numbers, size_t n)
{
  if (!number)
    return true;
  STRIP_NOPS (number);
  if (!tree_fits_shwi_p (number))
    return true;
  for (size_t i = 0; i < n; i++)
    if (tree_to_shwi (number) == numbers[i])
      return true;
  return false;
}

/* Whether a call to FNDECL with NARGS arguments, the first two ARG0 and
   ARG1, may give a stack (stack_lookups).  */
static bool
stack_lookup_call_p (tree fndecl, int nargs, tree arg0, tree arg1)
{
  if (!fndecl)
    return false;
  if (named_p (fndecl, "syscall"))
    {
      static const HOST_WIDE_INT giving[] = {
	SYS_sigaltstack, SYS_clone,
#ifdef SYS_clone3
	SYS_clone3,
#endif
      };
      return syscall_number_p (nargs >= 1 ? arg0 : NULL_TREE, giving,
			       ARRAY_SIZE (giving));
    }
  if (named_p (fndecl, "dlsym") || named_p (fndecl, "dlvsym"))
    {
      const char *name = nargs >= 2 ? c_getstr (arg1) : NULL;
      if (!name)
	return true;
      for (size_t i = 0; i < ARRAY_SIZE (stack_givers); i++)
	if (!strcmp (name, stack_givers[i]))
	  return true;
      for (size_t i = 0; i < ARRAY_SIZE (stack_lookups); i++)
	if (!strcmp (name, stack_lookups[i]))
	  return true;
    }
  return false;
}

bool
call_gives_stack_p (gcall *call)
{
  int n = gimple_call_num_args (call);
  return stack_lookup_call_p (gimple_call_fndecl (call), n,
			      n > 0 ? gimple_call_arg (call, 0) : NULL_TREE,
			      n > 1 ? gimple_call_arg (call, 1) : NULL_TREE);
}

/* A unit that switches stacks in inline asm (a coroutine library's own
   switch, as minicoro's), in a function or at top level,
   gives code a stack just as a unit that calls makecontext does.  Three
   ways to see it, since each alone misses some:
   - the C front end shows each body as it is parsed
     (esc_note_stack_switches); once one switches stacks, every function
     of the unit gets the internal attribute STACK_SWITCH: on every
     function, because inlining may take the asm into any of them and
     remove the one that held it, and the mark must reach lto1's whole
     program with whichever survive;
   - the bodies the pass reads (build.cc asks asm_switches_stack_p), for
     what was not parsed here: a precompiled header's functions;
   - top level asm, which stays in the symbol table.
   An asm names the stack pointer in its text (rsp, esp or sp as a word,
   in any case: x86's, AArch64's, Arm's and RISC-V's), or as an operand,
   a register variable (`register void *sp asm ("rsp")'); an asm that
   makes a system call may give a stack as syscall () does
   (asm_gives_stack_p).  */
static bool unit_switches_stacks;

/* Give FNDECL attribute ATTR (with VALUE) unless it has it: the marks
   this file leaves on declarations, which go with them to lto1.  */
static void
mark_function (tree fndecl, const char *attr, tree value = NULL_TREE)
{
  if (!lookup_attribute (attr, DECL_ATTRIBUTES (fndecl)))
    DECL_ATTRIBUTES (fndecl) = tree_cons (get_identifier (attr), value,
					  DECL_ATTRIBUTES (fndecl));
}

static bool
word_char_p (char c)
{
  return ISALNUM (c) || c == '_';
}

/* Whether TEXT has WORD as a word, in any case.  */
static bool
names_word (const char *text, const char *word)
{
  size_t n = strlen (word);
  for (const char *p = text; *p; p++)
    if (strncasecmp (p, word, n) == 0 && !word_char_p (p[n])
	&& (p == text || !word_char_p (p[-1])))
      return true;
  return false;
}

/* Whether TEXT names the stack pointer.  */
static bool
names_stack_pointer (const char *text)
{
  return names_word (text, "rsp") || names_word (text, "esp")
	 || names_word (text, "sp");
}

/* Whether asm TEXT may give code a stack: it names the stack pointer (a
   switch), sets it without naming it (x86's leave copies the frame
   pointer into it, enter, lss and iret set it too, in every size
   suffix), or makes a system call (sigaltstack, clone: syscall,
   sysenter, int $0x80, svc, ecall), whose number it may set
   anywhere.  */
static bool
asm_gives_stack_p (const char *text)
{
  static const char *const setters[] = {
    "leave", "leavew", "leavel", "leaveq", "enter", "enterw", "enterl",
    "enterq", "lss", "lssw", "lssl", "lssq", "iret", "iretw", "iretd",
    "iretl", "iretq", "syscall", "sysenter", "int", "svc", "ecall"
  };
  if (names_stack_pointer (text))
    return true;
  for (size_t i = 0; i < ARRAY_SIZE (setters); i++)
    if (names_word (text, setters[i]))
      return true;
  return false;
}

/* Whether T is a register variable of the stack pointer, by any of the
   names GCC knows it by (x86-64's "rsp", "%rsp", "spl", "7").  */
static bool
stack_pointer_variable_p (tree t)
{
  if (!VAR_P (t) || !DECL_HARD_REGISTER (t) || !DECL_ASSEMBLER_NAME_SET_P (t))
    return false;
  const char *name = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (t));
  return names_stack_pointer (name)
	 || decode_reg_name (name + (*name == '*')) == STACK_POINTER_REGNUM;
}

static bool
stack_lookup_expr_p (tree t)
{
  if (TREE_CODE (t) != CALL_EXPR)
    return false;
  int n = call_expr_nargs (t);
  return stack_lookup_call_p (get_callee_fndecl (t), n,
			      n > 0 ? CALL_EXPR_ARG (t, 0) : NULL_TREE,
			      n > 1 ? CALL_EXPR_ARG (t, 1) : NULL_TREE);
}

/* A stack switch in asm, or a call that may give a stack (a lookup, see
   stack_lookups), which the unit's marks carry the same way.  */
static tree
find_stack_switch (tree *tp, int *walk_subtrees, void *)
{
  if (TYPE_P (*tp))
    *walk_subtrees = 0;
  else if ((TREE_CODE (*tp) == ASM_EXPR
	    && asm_gives_stack_p (TREE_STRING_POINTER (ASM_STRING (*tp))))
	   || stack_pointer_variable_p (*tp) || stack_lookup_expr_p (*tp))
    return *tp;
  return NULL_TREE;
}

bool
asm_switches_stack_p (gasm *s)
{
  if (asm_gives_stack_p (gimple_asm_string (s)))
    return true;
  for (unsigned i = 0; i < gimple_asm_ninputs (s); i++)
    if (stack_pointer_variable_p (TREE_VALUE (gimple_asm_input_op (s, i))))
      return true;
  for (unsigned i = 0; i < gimple_asm_noutputs (s); i++)
    if (stack_pointer_variable_p (TREE_VALUE (gimple_asm_output_op (s, i))))
      return true;
  return false;
}

static tree
find_function_address (tree *tp, int *walk_subtrees, void *)
{
  if (TYPE_P (*tp))
    *walk_subtrees = 0;
  else if (TREE_CODE (*tp) == FUNCTION_DECL)
    return *tp;
  return NULL_TREE;
}

bool
asm_calls_code_p (gasm *s)
{
  /* x86's, Arm's and AArch64's, RISC-V's calls and jumps.  */
  static const char *const calls[] = {
    "call", "callq", "calll", "jmp", "jmpq", "bl", "blx", "blr", "br",
    "jal", "jalr"
  };
  for (size_t i = 0; i < ARRAY_SIZE (calls); i++)
    if (names_word (gimple_asm_string (s), calls[i]))
      return true;
  for (unsigned i = 0; i < gimple_asm_ninputs (s); i++)
    if (walk_tree_without_duplicates (&TREE_VALUE (gimple_asm_input_op (s, i)),
				      find_function_address, NULL))
      return true;
  return false;
}

void
note_stack_switch (void)
{
  unit_switches_stacks = true;
}

/* An asm whose text names main: it may call main or take its address
   where no call graph shows it (`call main', `lea main(%rip)').  */
static tree
find_asm_naming_main (tree *tp, int *walk_subtrees, void *)
{
  if (TYPE_P (*tp))
    *walk_subtrees = 0;
  else if (TREE_CODE (*tp) == ASM_EXPR
	   && names_word (TREE_STRING_POINTER (ASM_STRING (*tp)), "main"))
    return *tp;
  return NULL_TREE;
}

static bool unit_asm_names_main;

/* The text of each asm statement in a body of the unit parsed so far.  */
static vec<char *> unit_body_asms;

/* Whether asm TEXT may name symbols its words do not show: it includes
   a file, or defines or expands a macro or a repetition, which may
   paste a name together (`mkweak fo, o').  */
static bool
asm_makes_text_p (const char *text)
{
  static const char *const directives[] = {
    ".include", ".macro", ".irp", ".rept", ".altmacro", ".purgem"
  };
  for (const char *p = text; *p; p++)
    for (const char *d : directives)
      if (strncasecmp (p, d, strlen (d)) == 0)
	return true;
  return false;
}

/* The unit has asm that may name any of its functions
   (asm_makes_text_p), or a section name that carries lines into the
   assembly (`section (".data\n.weak foo")'): each is named in asm.  */
static bool unit_asm_names_all;

static tree
find_asm_text (tree *tp, int *walk_subtrees, void *data)
{
  if (TYPE_P (*tp))
    *walk_subtrees = 0;
  else if (TREE_CODE (*tp) == ASM_EXPR)
    {
      const char *text = TREE_STRING_POINTER (ASM_STRING (*tp));
      unit_asm_names_all |= asm_makes_text_p (text);
      ((vec<char *> *) data)->safe_push (xstrdup (text));
      /* An operand may print a function's name (`.weak %c0', "i" (f)).  */
      for (tree op = ASM_INPUTS (*tp); op; op = TREE_CHAIN (op))
	{
	  tree v = TREE_VALUE (op);
	  STRIP_NOPS (v);
	  if (TREE_CODE (v) == ADDR_EXPR
	      && TREE_CODE (TREE_OPERAND (v, 0)) == FUNCTION_DECL)
	    mark_function (TREE_OPERAND (v, 0), NAMED_IN_ASM);
	}
    }
  return NULL_TREE;
}

static bool
asm_text_names_p (const char *text, tree decl)
{
  return names_word (text, symbol_name (decl));
}

/* Mark NAMED_IN_ASM the functions an asm of FNDECL's body names, and
   FNDECL when an asm of the unit parsed so far names it: the attribute
   goes with them to lto1.  A function of another unit that the asm
   names is not marked.  */
static void
note_asm_naming_functions (tree fndecl)
{
  auto_vec<char *> found;
  walk_tree_without_duplicates (&DECL_SAVED_TREE (fndecl), find_asm_text,
				&found);
  for (char *text : found)
    {
      cgraph_node *node;
      FOR_EACH_FUNCTION (node)
	if (unit_asm_names_all || asm_text_names_p (text, node->decl))
	  mark_function (node->decl, NAMED_IN_ASM);
      unit_body_asms.safe_push (text);
    }
  if (unit_asm_names_all)
    mark_function (fndecl, NAMED_IN_ASM);
  for (char *text : unit_body_asms)
    if (asm_text_names_p (text, fndecl))
      {
	mark_function (fndecl, NAMED_IN_ASM);
	break;
      }
}

/* Mark every function of the unit once an asm of it names main, as
   stack switches are marked (inlining may move the asm anywhere): lto1's
   whole-program step then keeps main an entry (main_run_once_p).  */
static void
note_asm_naming_main (tree fndecl)
{
  if (!unit_asm_names_main
      && !walk_tree_without_duplicates (&DECL_SAVED_TREE (fndecl),
					find_asm_naming_main, NULL))
    return;
  unit_asm_names_main = true;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (node->definition)
      mark_function (node->decl, ASM_NAMES_MAIN);
  mark_function (fndecl, ASM_NAMES_MAIN);
}

void
esc_note_stack_switches (tree fndecl)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL
      || !DECL_SAVED_TREE (fndecl))
    return;
  note_asm_naming_main (fndecl);
  note_asm_naming_functions (fndecl);
  if (unit_switches_stacks)
    {
      mark_function (fndecl, STACK_SWITCH);
      return;
    }
  if (!walk_tree_without_duplicates (&DECL_SAVED_TREE (fndecl),
				     find_stack_switch, NULL))
    return;
  unit_switches_stacks = true;
  mark_function (fndecl, STACK_SWITCH);
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (node->definition)
      mark_function (node->decl, STACK_SWITCH);
}

/* Whether the unit declares a function named one of NAMES; with
   ADDRESS_TAKEN, one whose address it takes.  */
static bool
names_any (const char *const *names, size_t n, bool address_taken)
{
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (!address_taken || node->address_taken)
      for (size_t i = 0; i < n; i++)
	if (named_p (node->decl, names[i]))
	  return true;
  return false;
}

/* The C library's thread stack size setter if the unit declares it
   (rewrite.cc raises the sizes it sets); *ADDRESS_TAKEN: the unit takes
   its address.  */
static tree
thread_stack_setter (bool *address_taken)
{
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (thread_stack_setter_p (node->decl))
      {
	*address_taken = node->address_taken;
	return node->decl;
      }
  return NULL_TREE;
}

/* Whether a call of the unit's may look the C library's thread stack
   size setter up by name: dlsym or dlvsym given its name, or a name that
   is not a constant.  The pointer such a lookup returns is the setter's
   address, which the unit does not take itself.  */
static bool
looks_up_setter_p (void)
{
  cgraph_node *node;
  FOR_EACH_DEFINED_FUNCTION (node)
    if (analysed_p (node) && node->get_fun ())
      {
	basic_block bb;
	FOR_EACH_BB_FN (bb, node->get_fun ())
	  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	       gsi_next (&gsi))
	    {
	      gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	      tree fn = call ? gimple_call_fndecl (call) : NULL_TREE;
	      if (!fn || gimple_call_num_args (call) < 2
		  || !(named_p (fn, "dlsym") || named_p (fn, "dlvsym")))
		continue;
	      const char *name = c_getstr (gimple_call_arg (call, 1));
	      if (!name || !strcmp (name, "pthread_attr_setstacksize"))
		return true;
	    }
      }
  return false;
}

/* A declaration of the C library's setter for a unit that looks it up
   by name without calling it: weak, so that a program the C library
   gives none still links (its address is then null, which no called
   pointer is).  */
static tree
setter_declaration (void)
{
  tree type = build_function_type_list (integer_type_node, ptr_type_node,
					size_type_node, NULL_TREE);
  tree decl = build_fn_decl ("pthread_attr_setstacksize", type);
  DECL_EXTERNAL (decl) = 1;
  TREE_PUBLIC (decl) = 1;
  DECL_WEAK (decl) = 1;
  DECL_ARTIFICIAL (decl) = 1;
  cgraph_node::get_create (decl);
  return decl;
}

/* Whether top level asm has WORD as a word (a symbol it names).  */
bool
toplevel_asm_names_p (const char *word)
{
  for (asm_node *a = symtab->first_asm_symbol (); a; a = a->next)
    if (names_word (TREE_STRING_POINTER (a->asm_str), word))
      return true;
  return false;
}

/* Whether asm names NODE: top level asm (`.globl f' makes a static
   function one other files may call, `.quad f' takes its address), or
   an asm statement in a body of its unit (NAMED_IN_ASM), where `.weak
   f' or `.type f, @gnu_indirect_function' give it a binding GCC does
   not know.  */
static bool
named_in_asm_p (symtab_node *node)
{
  if (lookup_attribute (NAMED_IN_ASM, DECL_ATTRIBUTES (node->decl)))
    return true;
  /* Top level asm that may name anything, or a section name with lines
     of assembly in it, anywhere in what is compiled.  */
  static int names_all = -1;
  if (names_all < 0)
    {
      names_all = 0;
      for (asm_node *a = symtab->first_asm_symbol (); a; a = a->next)
	names_all |= asm_makes_text_p (TREE_STRING_POINTER (a->asm_str));
      symtab_node *sym;
      FOR_EACH_SYMBOL (sym)
	if (const char *section = sym->get_section ())
	  names_all |= strpbrk (section, "\n;#") != NULL;
    }
  if (names_all)
    return true;
  return toplevel_asm_names_p (symbol_name (node->decl));
}

/* Whether NODE, a function of an -flto link, was compiled without the
   plugin's front-end walk (CALLS_READ): a unit built without the plugin,
   or not C.  What its body does before the link reads it (a stack
   switch in asm, a dlsym lookup of sigaction), and all of it when it is
   not C, only its own partition would see, and its calls of C functions
   are unknown code's.  Functions GCC makes in a C unit (OpenMP's
   outlined bodies, AddressSanitizer's constructors) count as read: their
   code is their origin's, or the compiler's; not in another language
   (C++'s dynamic initializers run the program's code).  An alias has
   no code of its own: GCC keeps a declaration that shares another's
   symbol with attributes of its own as one (glibc's __read_chk_warn,
   `__read_chk' with a warning, which _FORTIFY_SOURCE declares).  */
static bool
unread_code_p (cgraph_node *node)
{
  while (node->clone_of)
    node = node->clone_of;
  return in_lto_p && node->definition && !node->alias
	 && (!DECL_ARTIFICIAL (node->decl) || !from_c_p (node->decl))
	 && !lookup_attribute (CALLS_READ, DECL_ATTRIBUTES (node->decl));
}

/* Whether code the link holds but the plugin did not read calls NODE or
   refers to it.  */
static bool
reached_by_unread_code_p (cgraph_node *node)
{
  if (!in_lto_p)
    return false;
  for (cgraph_edge *e = node->callers; e; e = e->next_caller)
    if (unread_code_p (e->caller))
      return true;
  ipa_ref *ref;
  for (unsigned i = 0; node->iterate_referring (i, ref); i++)
    if (cgraph_node *from = dyn_cast<cgraph_node *> (ref->referring))
      if (unread_code_p (from))
	return true;
  return false;
}

/* Whether code the unit does not see may start NODE on a stack the
   unit gives: it has NODE's address, or it may name it (NODE is not
   static: another file passing it back, dlsym), or it is code the
   plugin did not read.  Not main, which the C library starts on the
   main thread's stack, unless its address is taken.  */
static bool
startable_p (cgraph_node *node)
{
  if (node->address_taken || named_in_asm_p (node)
      || reached_by_unread_code_p (node))
    return true;
  tree name = DECL_NAME (node->decl);
  bool main_p = name && MAIN_NAME_P (name) && DECL_FILE_SCOPE_P (node->decl);
  /* An alias may name a static function (`alias', #pragma weak).  */
  return (TREE_PUBLIC (node->decl) || node->has_aliases_p ())
	 && !node->local_p () && !main_p;
}

static void
describe_small_stacks (esc_callgraph *cg)
{
  bool given = names_any (stack_givers, ARRAY_SIZE (stack_givers), false)
	       || names_any (stack_lookups, ARRAY_SIZE (stack_lookups), true);
  cgraph_node *node;
  given |= unit_switches_stacks;
  FOR_EACH_FUNCTION (node)
    given |= (lookup_attribute (STACK_SWITCH, DECL_ATTRIBUTES (node->decl))
	      != NULL_TREE
	      || unread_code_p (node));
  for (asm_node *a = symtab->first_asm_symbol (); a; a = a->next)
    given |= asm_gives_stack_p (TREE_STRING_POINTER (a->asm_str));
  FOR_EACH_DEFINED_FUNCTION (node)
    if (analysed_p (node)
	&& ((given && startable_p (node))
	    || lookup_attribute ("escape_no_stack",
				 DECL_ATTRIBUTES (node->decl))))
      esc_callgraph_small_stack (cg, node->get_uid ());
}

/* F calls code compiled elsewhere: another file, a library, another
   -flto partition, code outside an -flto link.  Compiled on its own,
   perhaps with the plugin, it may hold a whole budget of slots while
   F's are live.  GCC's builtins and the C library's functions of the
   table have none, unless the unit defines their symbol under another
   name (an asm label), which the call graph does not show; a system
   header is no proof (a library built with the plugin may install its
   header there).  Per unit, code that may
   call back also makes its callers recursive; under -flto, where main
   and local functions are no entries, it does not, and this is what
   bounds their slots.  */
static void
calls_elsewhere (esc_callgraph *cg, int f)
{
  esc_callgraph_calls_elsewhere (cg, f, esc_opts.max_stack_size);
}

/* The unit's call graph by cgraph uid, for the core (callgraph.c).
   WHOLE: the graph of recursion, with entries, unknown code and what
   calls through pointers reach; otherwise the direct calls, whose
   components order the summaries.  */
static esc_callgraph *
describe_callgraph (bool whole)
{
  esc_callgraph *cg = esc_callgraph_new (symtab->cgraph_max_uid);
  cgraph_node *node;
  FOR_EACH_DEFINED_FUNCTION (node)
    {
      if (!analysed_p (node))
	continue;
      int f = node->get_uid ();
      for (cgraph_edge *e = node->callees; e; e = e->next_callee)
	{
	  cgraph_node *target = call_target (e->callee, node);
	  tree callee = e->callee->ultimate_alias_target ()->decl;
	  if (target)
	    esc_callgraph_call (cg, f, target->get_uid ());
	  else if (whole)
	    {
	      if (may_call_back (callee, e->call_stmt))
		esc_callgraph_calls_unknown (cg, f);
	      if ((!fndecl_built_in_p (callee)
		   || defined_by_program_p (callee))
		  && !modelled_library_p (callee, e->call_stmt))
		calls_elsewhere (cg, f);
	    }
	}
      if (!whole)
	{
	  /* A function whose address NODE takes is likely called through
	     the pointer (a comparator given to qsort, a local table of
	     handlers): summarised first, its summary is there when NODE's
	     graph resolves the call; otherwise the call is unknown code's.
	     Through variables' initializers it is not followed: a table
	     of every handler would make one component of the program.  */
	  ipa_ref *ref;
	  for (unsigned i = 0; node->iterate_reference (i, ref); i++)
	    if (ref->use == IPA_REF_ADDR)
	      if (cgraph_node *fn = dyn_cast<cgraph_node *> (ref->referred))
		if (cgraph_node *target = call_target (fn, node))
		  esc_callgraph_call (cg, f, target->get_uid ());
	  continue;
	}
      /* Unknown code may call NODE if it sees NODE's address or name,
	 or is code of the link the plugin did not read.  */
      if (node->address_taken
	  || (!node->local_p ()
	      && !lookup_attribute (MAIN_RUN_ONCE,
				    DECL_ATTRIBUTES (node->decl)))
	  || reached_by_unread_code_p (node))
	esc_callgraph_entry (cg, f);
      /* Where calls through pointers go, the solved graphs say; with no
	 bodies read (WPA), anywhere.  */
      if (reached.is_empty ())
	{
	  if (node->indirect_calls)
	    {
	      esc_callgraph_calls_unknown (cg, f);
	      calls_elsewhere (cg, f);
	    }
	  continue;
	}
      reached_calls &r = reached[f];
      for (unsigned i = 0; i < r.functions.length (); i++)
	esc_callgraph_call (cg, f, r.functions[i]);
      if (r.unknown)
	{
	  esc_callgraph_calls_unknown (cg, f);
	  calls_elsewhere (cg, f);
	}
    }
  if (whole)
    describe_small_stacks (cg);
  esc_callgraph_solve (cg);
  return cg;
}

static bool
opaque_p (cgraph_node *node)
{
  enum availability avail;
  bound_target (node, NULL, &avail);
  return avail <= AVAIL_INTERPOSABLE
	 || lookup_attribute ("noipa", DECL_ATTRIBUTES (node->decl));
}

static bool
has_allocation_call (function *fun)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (is_gimple_call (gsi_stmt (gsi))
	  && (alloc_call_kind (gsi_stmt (gsi)) != ALLOC_NONE
	      || allocation_wrapper (gsi_stmt (gsi))))
	return true;
  return false;
}

static int
param_count (cgraph_node *node)
{
  function *fun = DECL_STRUCT_FUNCTION (node->decl);
  return list_length (DECL_ARGUMENTS (node->decl))
	 + (fun && fun->static_chain_decl ? 1 : 0);
}

static bool
calls_itself (cgraph_node *node)
{
  for (cgraph_edge *e = node->callees; e; e = e->next_callee)
    if (e->callee->ultimate_alias_target () == node)
      return true;
  return false;
}

/* A component being summarised.  Summaries change at ticks of CLOCK;
   BUILT_AT[i] is the tick at which FNS[i] was last solved, and
   HISTORY[i] member i's summaries with the tick each was made at
   (ascending; the empty one at 0; its last is when it last changed).  A
   graph depends on the summaries of the functions it names and on
   nothing else that changes between rounds, so a member none of whose
   named functions changed since it was solved would be solved and
   summarised the same: it is skipped.  One whose named functions did
   change is not read again: what their summaries added is applied to
   its solved graph, which is solved on from there.  */
struct summary_version
{
  unsigned tick;
  esc_summary *summary;
};

struct component
{
  cgraph_node **nodes;
  function_graph **fns;
  int n;
  unsigned clock;
  unsigned *built_at;
  vec<summary_version> *history;
  hash_map<int_hash<int, -1, -2>, int> member_of_uid;
};

/* Member I's summary as it was at TICK.  */
static const esc_summary *
summary_at (const component *c, int i, unsigned tick)
{
  const esc_summary *s = NULL;
  for (const summary_version &v : c->history[i])
    if (v.tick <= tick)
      s = v.summary;
  return s;
}

/* Record S (given; NULL for none) as member I's summary from now on.  */
static void
new_summary (component *c, int i, esc_summary *s)
{
  esc_program_set_summary (program, c->nodes[i]->get_uid (), s);
  summary_version v = { c->clock, s };
  c->history[i].safe_push (v);
}

/* The members a graph names whose summaries changed after SINCE.  */
struct named_changes
{
  component *c;
  unsigned since;
  auto_vec<int> members;
};

static void
note_named (void *data, int func_id)
{
  named_changes *nc = (named_changes *) data;
  int *j = nc->c->member_of_uid.get (func_id);
  if (j && !nc->c->history[*j].is_empty ()
      && nc->c->history[*j].last ().tick > nc->since)
    nc->members.safe_push (*j);
}

/* Bring member I's solved graph up to the members' summaries now, by
   what they added since it was solved; false if it must be read again
   (a summary went away).  */
static bool
resolve_member (component *c, int i, const named_changes &nc)
{
  esc_graph *g = c->fns[i]->g;
  for (int j : nc.members)
    if (!esc_reapply_summary (g, c->nodes[j]->get_uid (),
			      summary_at (c, j, c->built_at[i])))
      return false;
  esc_solve (g);
  return true;
}

/* Read (or bring up to date), solve and summarise every member whose
   graph may have changed; true if a summary changed.  */
static bool
analyze_round (component *c)
{
  bool changed = false;
  for (int i = 0; i < c->n; i++)
    {
      cgraph_node *node = c->nodes[i];
      function_graph *fg = c->fns[i];
      if (fg)
	{
	  named_changes nc = { c, c->built_at[i], auto_vec<int> () };
	  esc_functions_named (fg->g, note_named, &nc);
	  if (nc.members.is_empty ())
	    continue;
	  if (fg->unanalysed || !resolve_member (c, i, nc))
	    {
	      delete fg;
	      fg = c->fns[i] = NULL;
	    }
	}
      if (!fg)
	{
	  push_cfun (DECL_STRUCT_FUNCTION (node->decl));
	  fg = c->fns[i] = new function_graph (node, program);
	  pop_cfun ();
	  esc_solve (fg->g);
	}
      c->built_at[i] = c->clock;
      if (opaque_p (node))
	continue;
      /* A function the bridge could not read has no summary.  */
      esc_summary *s = fg->unanalysed ? NULL : esc_summarize (fg->g);
      if (esc_summary_equal (s, esc_program_summary (program,
						     node->get_uid ())))
	{
	  esc_summary_free (s);
	  continue;
	}
      c->clock++;
      new_summary (c, i, s);
      changed = true;
    }
  return changed;
}

/* The unit's alloca budget: the option's, unless
   - the unit uses split stacks: a short segment's alloca comes from
     libgcc's own malloc'd block (__morestack_allocate_stack_space),
     which no free guard can tell from the heap, and the stack is not one
     range;
   - the build asks GCC to warn about alloca or unbounded stack use
     (-Walloca, -Walloca-larger-than=N, frame_size_warned), or about
     what the stack protector leaves out (-Wstack-protector with
     -fstack-protector*: alloca'd space is a variable length buffer it
     does not protect, hunt 38-b): the budget's alloca would make
     warnings at the program's malloc calls, errors under -Werror;
   - or the unit declares the mark's name itself (a reserved name; the
     rewrite would then use the program's variable, or fail to
     assemble), or with the side stack one of its names;
   - or, with the side stack, the unit is not 64-bit x86 code, whose
     system calls its run-time code makes.
   With side-stack, the same objects take the side stack instead.  */
static unsigned long unit_alloca_budget;

/* Whether the build asks GCC to warn about the size of frames
   (-Wframe-larger-than=N, -Wstack-usage=N): slots would make the
   warnings, errors under -Werror, where the program's malloc'd objects
   made none.  A frame's size is known only once its function is
   compiled, so such a build gets no slots at all (the frame budget is
   0), nor the budget's alloca and its frame pointer.  */
static bool
frame_size_warned (void)
{
  return (warn_frame_larger_than_size >= 0
	  && warn_frame_larger_than_size < HOST_WIDE_INT_MAX)
	 || (warn_stack_usage >= 0 && warn_stack_usage < HOST_WIDE_INT_MAX);
}

/* The frame budget of the unit's functions: max-frame-size, or 0
   (frame_size_warned).  */
static unsigned long unit_max_frame_size;

static unsigned long
alloca_budget_for_unit (void)
{
  /* The two limits are off at HOST_WIDE_INT_MAX, their default.  */
  unsigned long bytes = esc_opts.side_stack ? esc_opts.side_stack
			: esc_opts.alloca_budget;
  if (!bytes || flag_split_stack || warn_alloca
      || frame_size_warned () || (warn_stack_protect && flag_stack_protect)
      || (warn_alloca_limit >= 0 && warn_alloca_limit < HOST_WIDE_INT_MAX))
    return 0;
  /* The sanitizers that follow memory do not know the region: LeakSanitizer
     does not scan it (what only a pushed object points to is reported
     leaked), and ThreadSanitizer, which does not see its system calls,
     reports a thread's region at the address of an exited one's as racing
     with it (hunt 48-a).  The objects stay on the heap, where they look.  */
  if (esc_opts.side_stack
      && (flag_sanitize & (SANITIZE_ADDRESS | SANITIZE_HWADDRESS
			   | SANITIZE_LEAK | SANITIZE_THREAD)))
    return 0;
  if (esc_opts.side_stack && POINTER_SIZE != 64)
    {
      /* The run-time code makes x86-64's system calls (sidestack.cc).  */
      warning (0, "escape: the side stack needs 64-bit x86 code; it is off "
	       "in this unit");
      return 0;
    }
  static const char *const budget_names[] = { ESC_STACK_MARK, NULL };
  static const char *const side_names[]
    = { ESC_SIDE_STATE, ESC_SIDE_PUSH, ESC_SIDE_POP, ESC_SIDE_REWIND,
	ESC_SIDE_RELEASE, NULL };
  for (const char *const *name = esc_opts.side_stack ? side_names
				 : budget_names; *name; name++)
    if (symtab_node *own = symtab_node::get_for_asmname
			     (get_identifier (*name)))
      {
	if (esc_opts.side_stack)
	  warning_at (DECL_SOURCE_LOCATION (own->decl), 0,
		      "escape: %qs is a name the side stack uses; the side "
		      "stack is off in this unit", *name);
	else
	  warning_at (DECL_SOURCE_LOCATION (own->decl), 0,
		      "escape: %qs is the name the alloca budget uses for its "
		      "mark; the budget is off in this unit", *name);
	return 0;
      }
  return bytes;
}

/* Whether pointer PTR surely points outside the memory FNDECL owns: at
   a global variable (or a static one), a string or a function, or where
   a parameter points (the caller's memory), moved or merged (SEEN: the
   PHIs on the way).  Where a pointer loaded from memory, or returned by
   a call, points is not known here: into the function's own memory, as
   far as this is concerned.  */
static bool
points_outside_p (tree ptr, tree fndecl, bitmap seen)
{
  if (TREE_CODE (ptr) == INTEGER_CST)
    return true;
  if (TREE_CODE (ptr) == ADDR_EXPR)
    {
      tree base = get_base_address (TREE_OPERAND (ptr, 0));
      if (base && (TREE_CODE (base) == MEM_REF
		   || TREE_CODE (base) == TARGET_MEM_REF))
	return points_outside_p (TREE_OPERAND (base, 0), fndecl, seen);
      return base && (TREE_CODE (base) == STRING_CST
		      || TREE_CODE (base) == FUNCTION_DECL
		      || (VAR_P (base) && is_global_var (base)));
    }
  if (TREE_CODE (ptr) != SSA_NAME)
    return false;
  if (SSA_NAME_IS_DEFAULT_DEF (ptr))
    return SSA_NAME_VAR (ptr) && TREE_CODE (SSA_NAME_VAR (ptr)) == PARM_DECL;
  gimple *def = SSA_NAME_DEF_STMT (ptr);
  if (gphi *phi = dyn_cast <gphi *> (def))
    {
      if (!bitmap_set_bit (seen, SSA_NAME_VERSION (ptr)))
	return true;
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	if (!points_outside_p (gimple_phi_arg_def (phi, i), fndecl, seen))
	  return false;
      return true;
    }
  if (!is_gimple_assign (def))
    return false;
  switch (gimple_assign_rhs_code (def))
    {
    case ADDR_EXPR:
    case SSA_NAME:
    case NOP_EXPR:
    case POINTER_PLUS_EXPR:
      return points_outside_p (gimple_assign_rhs1 (def), fndecl, seen);
    default:
      return false;
    }
}

/* Whether PTR is what an allocation call of the function returned and
   nothing but a free of it and tests against null use: GCC's DCE
   deletes both calls.  */
static bool
unused_allocation_p (tree ptr)
{
  if (TREE_CODE (ptr) != SSA_NAME
      || alloc_call_kind (SSA_NAME_DEF_STMT (ptr)) == ALLOC_NONE)
    return false;
  imm_use_iterator it;
  gimple *use;
  FOR_EACH_IMM_USE_STMT (use, it, ptr)
    if (!gimple_call_builtin_p (use, BUILT_IN_FREE)
	&& gimple_code (use) != GIMPLE_COND
	&& !is_gimple_debug (use))
      return false;
  return true;
}

/* Whether STMT is a call that frees memory or runs code without a body
   (surely_stays_p's FREES_STAY), but for the free of an unused
   temporary (unused_allocation_p).  */
static bool
calls_freeing_code_p (gimple *stmt)
{
  gcall *call = dyn_cast <gcall *> (stmt);
  if (!call || gimple_call_internal_p (call))
    return false;
  if (gimple_call_builtin_p (call, BUILT_IN_FREE))
    return !unused_allocation_p (gimple_call_arg (call, 0));
  if (gimple_call_builtin_p (call, BUILT_IN_REALLOC))
    return true;
  tree fn = gimple_call_fndecl (call);
  cgraph_node *node = fn ? cgraph_node::get (fn) : NULL;
  if (!node || gimple_call_builtin_p (call, BUILT_IN_NORMAL))
    return false;
  node = node->ultimate_alias_target ();
  const esc_summary *s = analysed_p (node)
			 ? esc_program_summary (program, node->get_uid ())
			 : NULL;
  if (!s)
    return !node->definition;
  for (int k = 0; k < s->nparams; k++)
    if (s->params[k].frees)
      return true;
  return false;
}

/* Whether PTR surely points into an object FNDECL allocates (SEEN: the
   PHIs on the way), moved or offset: no other pointer's parameter or
   global.  Not a variable of its own, whose bytes GCC follows: one
   copied from a parameter's memory and back is a copy onto itself once
   GCC forwards it (hunt 40-e).  */
static bool
points_inside_p (tree ptr, tree fndecl, bitmap seen)
{
  if (TREE_CODE (ptr) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (ptr))
    return false;
  gimple *def = SSA_NAME_DEF_STMT (ptr);
  if (gphi *phi = dyn_cast <gphi *> (def))
    {
      if (!bitmap_set_bit (seen, SSA_NAME_VERSION (ptr)))
	return true;
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	if (!points_inside_p (gimple_phi_arg_def (phi, i), fndecl, seen))
	  return false;
      return true;
    }
  if (is_gimple_call (def))
    return alloc_call_kind (def) != ALLOC_NONE
	   && gimple_call_lhs (def) == ptr;
  if (!is_gimple_assign (def))
    return false;
  switch (gimple_assign_rhs_code (def))
    {
    case SSA_NAME:
    case NOP_EXPR:
    case POINTER_PLUS_EXPR:
      return points_inside_p (gimple_assign_rhs1 (def), fndecl, seen);
    default:
      return false;
    }
}

/* For CALL of a C library function that copies or sets bytes (memcpy,
   memmove, mempcpy, memset, strcpy, stpcpy and their _chk forms),
   whether it surely stays for later passes: it copies from memory
   FNDECL owns (points_inside_p) into memory it does not
   (points_outside_p), a length a ranger knows is not 0 (one IPA learns
   is 0 is folded away), or a string, which has at least its NUL.  GCC
   deletes a copy whose source turns out to be its destination, and a
   fill of what is there already (DSE's redundant stores), so neither a
   copy between outside pointers nor a memset counts (hunt 40-d).
   Whether the call is one: *COPY.  */
static bool
copy_stays_p (gcall *call, tree fndecl, bool *copy)
{
  int length = -1;
  *copy = true;
  switch (gimple_call_builtin_p (call, BUILT_IN_NORMAL)
	  ? DECL_FUNCTION_CODE (gimple_call_fndecl (call)) : END_BUILTINS)
    {
    case BUILT_IN_MEMCPY:
    case BUILT_IN_MEMCPY_CHK:
    case BUILT_IN_MEMMOVE:
    case BUILT_IN_MEMMOVE_CHK:
    case BUILT_IN_MEMPCPY:
    case BUILT_IN_MEMPCPY_CHK:
      length = 2;
      break;
    case BUILT_IN_STRCPY:
    case BUILT_IN_STRCPY_CHK:
    case BUILT_IN_STPCPY:
    case BUILT_IN_STPCPY_CHK:
      break;
    case BUILT_IN_MEMSET:
    case BUILT_IN_MEMSET_CHK:
      return false;
    default:
      *copy = false;
      return false;
    }
  if (length >= 0)
    {
      tree n = gimple_call_arg (call, length);
      int_range_max r;
      if (!INTEGRAL_TYPE_P (TREE_TYPE (n))
	  || !get_range_query (DECL_STRUCT_FUNCTION (fndecl))
		->range_of_expr (r, n, call)
	  || r.undefined_p () || r.contains_p (build_zero_cst (TREE_TYPE (n))))
	return false;
    }
  auto_bitmap outside, inside;
  return points_outside_p (gimple_call_arg (call, 0), fndecl, outside)
	 && points_inside_p (gimple_call_arg (call, 1), fndecl, inside);
}

/* Whether the value assignment STMT stores may be one its destination
   holds already, which GCC deletes as redundant: a copy of memory, or a
   value loaded from memory FNDECL does not surely allocate, moved or
   merged (`out[0] = out[k]' with k found 0; hunt 40-d).  */
static bool
stores_loaded_value_p (gimple *stmt, tree fndecl)
{
  if (!gimple_assign_single_p (stmt))
    return false;
  tree value = gimple_assign_rhs1 (stmt);
  for (int steps = 0; steps < 16; steps++)
    {
      if (REFERENCE_CLASS_P (value) || DECL_P (value))
	{
	  tree base = get_base_address (value);
	  auto_bitmap seen;
	  return !(base && (TREE_CODE (base) == MEM_REF
			    || TREE_CODE (base) == TARGET_MEM_REF)
		   && points_inside_p (TREE_OPERAND (base, 0), fndecl, seen));
	}
      if (TREE_CODE (value) != SSA_NAME)
	return false;
      gimple *def = SSA_NAME_DEF_STMT (value);
      if (is_a <gphi *> (def))
	return true;
      if (!is_gimple_assign (def)
	  || (!gimple_assign_single_p (def)
	      && !CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))
	      && gimple_assign_rhs_code (def) != VIEW_CONVERT_EXPR))
	return false;
      value = gimple_assign_rhs1 (def);
      if (TREE_CODE (value) == VIEW_CONVERT_EXPR)
	value = TREE_OPERAND (value, 0);
    }
  return true;
}

/* Whether STMT, which writes memory, surely stays for later passes: a
   volatile access or asm, a store surely outside the memory FNDECL owns
   (points_outside_p) of a value that may not be there already
   (stores_loaded_value_p), a byte copy that copy_stays_p keeps, a call
   given no pointer that may point into it and that neither allocates
   nor frees.  Any other store may be one
   nobody reads after it, which DSE deletes once its readers are gone
   (a debugging dump behind a flag IPA-CP made 0): into a variable of
   the function, through a pointer into its memory, by a call given one
   (dead memset, strncpy and their _chk forms; a call whose IPA modref
   summary says it only stores there), and DCE deletes the allocation
   and free of a temporary nothing reads.  Taking too many statements
   for deletable only takes more calls for possible sibling calls.  With
   FREES_STAY, the program's own build: a call that frees stays (free, a
   function whose summary frees a parameter), and so does one of code
   without a body, which GCC knows nothing to delete it by.  Without it
   (the budget's, where a sibling call missed costs a frame per level of
   a recursion), calls of const and pure functions and of the program's
   own functions do not either.  */
static bool
surely_stays_p (gimple *stmt, tree fndecl, bool frees_stay)
{
  if (gimple_has_volatile_ops (stmt))
    return true;
  if (frees_stay && calls_freeing_code_p (stmt))
    return true;
  if (gasm *a = dyn_cast <gasm *> (stmt))
    return gimple_asm_volatile_p (a);
  auto_bitmap seen;
  if (is_gimple_assign (stmt))
    {
      if (stores_loaded_value_p (stmt, fndecl))
	return false;
      tree base = get_base_address (gimple_assign_lhs (stmt));
      if (base && (TREE_CODE (base) == MEM_REF
		   || TREE_CODE (base) == TARGET_MEM_REF))
	return points_outside_p (TREE_OPERAND (base, 0), fndecl, seen);
      return base && VAR_P (base) && is_global_var (base);
    }
  if (gcall *call = dyn_cast <gcall *> (stmt))
    {
      if (alloc_call_kind (call) != ALLOC_NONE
	  || gimple_call_builtin_p (call, BUILT_IN_FREE))
	return false;
      bool copy;
      bool stays = copy_stays_p (call, fndecl, &copy);
      if (copy)
	return stays;
      /* For the budget: GCC folds a builtin given arguments it learns
	 make it do nothing (strncpy of 0 bytes, printf of "", sqrt of a
	 constant whose result goes unused: hunt 40-e).  */
      if (!frees_stay && gimple_call_builtin_p (call, BUILT_IN_NORMAL))
	return false;
      /* For the budget: a call of a const or pure function goes with
	 its unused result; one of the program's own, with its body once
	 IPA empties it (a trace helper behind a flag never set: hunt
	 39-e).  */
      if (!frees_stay && (gimple_call_flags (call) & (ECF_CONST | ECF_PURE)))
	return false;
      if (tree callee = !frees_stay ? gimple_call_fndecl (call) : NULL_TREE)
	if (cgraph_node *node = cgraph_node::get (callee))
	  if (node->ultimate_alias_target ()->definition)
	    return false;
      for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	{
	  tree arg = gimple_call_arg (call, i);
	  if (POINTER_TYPE_P (TREE_TYPE (arg))
	      && !points_outside_p (arg, fndecl, seen))
	    return false;
	}
    }
  return true;
}

/* Whether VALUE may be CALL's result, moved or converted or merged
   (SEEN: the PHIs on the way): GCC makes a sibling call only of a call
   whose result the function returns as it is.  A value not in SSA form
   (an aggregate's return slot) may be.  With ACCUMULATORS, also a sum or
   product with a tail recursion's accumulator.  */
static bool
may_be_call_result_p (tree value, gcall *call, bitmap seen,
		      bool accumulators)
{
  if (TREE_CODE (value) != SSA_NAME)
    return !is_gimple_min_invariant (value);
  if (value == gimple_call_lhs (call))
    return true;
  gimple *def = SSA_NAME_DEF_STMT (value);
  if (gphi *phi = dyn_cast <gphi *> (def))
    {
      if (!bitmap_set_bit (seen, SSA_NAME_VERSION (value)))
	return false;
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	if (may_be_call_result_p (gimple_phi_arg_def (phi, i), call, seen,
				  accumulators))
	  return true;
      return false;
    }
  if (!is_gimple_assign (def))
    return false;
  switch (gimple_assign_rhs_code (def))
    {
    case SSA_NAME:
    case NOP_EXPR:
    case VIEW_CONVERT_EXPR:
      return may_be_call_result_p (gimple_assign_rhs1 (def), call, seen,
				   accumulators);
    case PLUS_EXPR:
    case MULT_EXPR:
      /* With ACCUMULATORS (the budget's): GCC's tail recursion pass adds
	 and multiplies a result by the accumulators it makes, a PHI of 0
	 or 1 and what its loop made, which later passes may find 0 and 1
	 on the call's path (hunt 39-e).  */
      for (int i = 1; accumulators && i <= 2; i++)
	{
	  tree acc = gimple_op (def, 3 - i);
	  gphi *phi = TREE_CODE (acc) == SSA_NAME
		      ? dyn_cast <gphi *> (SSA_NAME_DEF_STMT (acc)) : NULL;
	  bool identity = false;
	  for (unsigned k = 0; phi && k < gimple_phi_num_args (phi); k++)
	    {
	      tree init = gimple_phi_arg_def (phi, k);
	      identity |= gimple_assign_rhs_code (def) == PLUS_EXPR
			  ? integer_zerop (init) : integer_onep (init);
	    }
	  if (identity && may_be_call_result_p (gimple_op (def, i), call, seen,
						accumulators))
	    return true;
	}
      return false;
    default:
      return false;
    }
}

/* What a forward walk (walk_after) does at a statement.  */
enum walk_step
{
  WALK_ON,			/* on along this path */
  WALK_STOP_PATH,		/* not past here on this path */
  WALK_FOUND			/* the walk's answer is yes */
};

/* Whether VISIT finds one of the statements that may run after FROM,
   visited in each path's order, a path ending where VISIT stops it.
   Each block once; FROM's own from its start, when a path leads back
   to it.  */
template <typename F>
static bool
walk_after (gimple *from, F visit)
{
  auto_vec<basic_block> work;
  auto_bitmap seen;
  basic_block bb = gimple_bb (from);
  gimple_stmt_iterator gsi = gsi_for_stmt (from);
  gsi_next (&gsi);
  for (;;)
    {
      bool stopped = false;
      for (; !gsi_end_p (gsi) && !stopped; gsi_next (&gsi))
	switch (visit (gsi_stmt (gsi)))
	  {
	  case WALK_FOUND:
	    return true;
	  case WALK_STOP_PATH:
	    stopped = true;
	    break;
	  case WALK_ON:
	    break;
	  }
      edge e;
      edge_iterator ei;
      if (!stopped)
	FOR_EACH_EDGE (e, ei, bb->succs)
	  if (bitmap_set_bit (seen, e->dest->index))
	    work.safe_push (e->dest);
      if (work.is_empty ())
	return false;
      bb = work.pop ();
      gsi = gsi_start_bb (bb);
    }
}

/* Whether a return of CALL's result (or of nothing) is reachable from
   just after CALL through statements none of which surely stays
   (surely_stays_p): GCC's tail-call pass (tree-tailcall.cc) may then
   make CALL a sibling call, once later passes have removed what stands
   between (copies, conversions, clobbers, branches on values only IPA
   learns, stores nothing reads after them).  A call whose result is
   added to (walk (l) + walk (r)) is none.  FREES_STAY as
   surely_stays_p's.  */
static bool
may_be_sibling_call (gcall *call, tree fndecl, bool frees_stay)
{
  return walk_after (call, [&] (gimple *stmt)
    {
      if (greturn *ret = dyn_cast <greturn *> (stmt))
	{
	  tree value = gimple_return_retval (ret);
	  auto_bitmap phis;
	  return !value || may_be_call_result_p (value, call, phis,
						  !frees_stay)
		 ? WALK_FOUND : WALK_STOP_PATH;
	}
      return gimple_vdef (stmt) && !gimple_clobber_p (stmt)
	     && surely_stays_p (stmt, fndecl, frees_stay)
	     ? WALK_STOP_PATH : WALK_ON;
    });
}

/* Whether CALL, of NODE, may lead back to NODE in the call graph of
   recursion (callgraph): its target lies on a cycle with NODE, or is
   unknown code that may call back and does, or is not known.  */
static bool
may_reenter_p (gcall *call, cgraph_node *node)
{
  cgraph_edge *e = node->get_edge (call);
  if (!e || !e->callee)
    return true;
  int f = node->get_uid ();
  if (cgraph_node *target = call_target (e->callee, node))
    return esc_callgraph_may_reenter (callgraph, f, target->get_uid ());
  tree callee = e->callee->ultimate_alias_target ()->decl;
  return may_call_back (callee, call)
	 && esc_callgraph_may_reenter (callgraph, f, -1);
}

/* Whether FUN has a call to code (not a GCC builtin, which calls none
   of the program's code) that may become a sibling call
   (may_be_sibling_call, with FREES_STAY); into CALLS, when given, every
   such call, else the first.  With REENTERED, only calls that may lead
   back to it (may_reenter_p): a recursion runs in constant stack only
   through such calls.  */
static bool
sibling_call_candidates (function *fun, bool frees_stay,
			 hash_set<gimple *> *calls,
			 cgraph_node *reentered = NULL)
{
  if (!opt_for_fn (fun->decl, flag_optimize_sibling_calls))
    return false;
  bool any = false;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	if (call && !gimple_call_internal_p (call)
	    && !gimple_call_builtin_p (call, BUILT_IN_NORMAL)
	    && (!reentered || may_reenter_p (call, reentered))
	    && may_be_sibling_call (call, fun->decl, frees_stay))
	  {
	    if (!calls)
	      return true;
	    calls->add (call);
	    any = true;
	  }
      }
  return any;
}

/* Whether one of CALLS (sibling_call_candidates) may run after ALLOC.
   A slot is mentioned where its object is allocated and never dead
   after that (rewrite.cc: no clobbers), and its address is taken: GCC's
   tail-call pass (tree-tailcall.cc find_tail_calls) keeps a call at
   which such a variable is live, and may be used by the call, a call,
   and with it the function's frame below the callee's.  A chain of
   calls that ran in one frame would take one per call.  */
static bool
reaches_sibling_call_p (gcall *alloc, hash_set<gimple *> *calls)
{
  return !calls->is_empty ()
	 && walk_after (alloc, [&] (gimple *stmt)
	      {
		return calls->contains (stmt) ? WALK_FOUND : WALK_ON;
	      });
}

/* The numbers of the DEPTH loops around CALL, outermost first, as
   esc_site.loops wants them (free with XDELETEVEC); NULL when the loops
   are not those the analysis saw.  */
static int32_t *
loops_around (gcall *call, int32_t depth)
{
  basic_block bb = gimple_bb (call);
  class loop *l = bb ? bb->loop_father : NULL;
  if (!l || depth < 1 || (int32_t) loop_depth (l) != depth)
    return NULL;
  int32_t *loops = XNEWVEC (int32_t, depth);
  for (int32_t k = depth; k >= 1; k--, l = loop_outer (l))
    loops[k - 1] = l->num;
  return loops;
}

/* Whether FUN has a loop whose iterations GCC may run at once (its
   safelen: `#pragma omp simd', `#pragma GCC ivdep').  */
static bool
has_simd_loops_p (function *fun)
{
  if (!fun->x_current_loops)
    return false;
  for (class loop *l : loops_list (fun, 0))
    if (l->safelen > 1)
      return true;
  return false;
}

/* Place FG's allocation sites.  */
static void
decide (function_graph *fg, struct decisions *d)
{
  d->nsites = fg->sites.length ();
  d->sites = XCNEWVEC (struct esc_site, d->nsites ? d->nsites : 1);
  int f = fg->node->get_uid ();
  bool recursive = esc_callgraph_may_recurse (callgraph, f);
  /* A function that may recurse gets no slots, and the budget's alloca
     makes all its calls calls: one that does not lead back to it keeps
     one more frame, however deep the recursion.  */
  hash_set<gimple *> sibling_calls;
  /* A ranger for the lengths of copies (copy_stays_p): the ranges
     the unit's passes found are not streamed to -flto's link.  */
  calculate_dominance_info (CDI_DOMINATORS);
  enable_ranger (fg->fun);
  if (d->nsites)
    sibling_call_candidates (fg->fun, true, &sibling_calls,
			     recursive ? fg->node : NULL);
  for (int i = 0; i < d->nsites; i++)
    {
      const alloc_site &a = fg->sites[i];
      struct esc_site *s = &d->sites[i];
      s->obj = a.obj;
      s->size = a.size;
      s->align = a.align;
      s->in_irreducible_loop = a.in_irreducible_loop;
      s->reaches_sibling_call = reaches_sibling_call_p (a.call,
							&sibling_calls);
      s->loops = loops_around (a.call, esc_loc_depth (fg->g, a.obj));
      /* The rewrite replaces these with a slot; a call that ends its
	 block (it may throw) has edges a slot cannot have.  */
      s->replaceable = (a.fn == ALLOC_MALLOC || a.fn == ALLOC_CALLOC
			|| a.fn == ALLOC_ALIGNED_ALLOC || a.fn == ALLOC_STRDUP
			|| a.fn == ALLOC_STRNDUP)
		       && !stmt_ends_bb_p (a.call);
      /* calloc's zeroing would need its own branch; not worth it.  */
      s->guardable = a.fn != ALLOC_CALLOC;
      s->wrapper = a.wrapper != NULL;
      tree fndecl = gimple_call_fndecl (a.call);
      s->allocator = fndecl && DECL_NAME (fndecl)
		     ? IDENTIFIER_POINTER (DECL_NAME (fndecl)) : NULL;
    }
  d->limits.max_object_size = esc_opts.max_object_size;
  d->limits.max_frame_size = unit_max_frame_size;
  d->limits.frame_size_warned = frame_size_warned ();
  d->limits.var_buffer = esc_opts.var_buffer;
  d->limits.recursive = recursive;
  d->limits.alloca_budget = unit_alloca_budget;
  d->limits.side_stack = unit_alloca_budget && esc_opts.side_stack;
  d->limits.gives_back_stack = fg->gives_back_stack;
  d->limits.takes_stack = fg->takes_stack;
  /* What the walk misses, later passes' folding, the check around
     GCC's tail-call pass undoes (sibcall.cc).  Where that check cannot
     see or undo, a function that may recurse gets no budget where GCC
     may make sibling calls at all: AddressSanitizer instruments the
     budget's alloca before that pass; -ftracer (on with -fprofile-use)
     copies the blocks where an object's two ways meet, and the check
     then finds no object never read; without GCC's points-to
     (-fno-tree-pta), or with its IPA form (which reads the push's
     body), a copy of a global's bytes onto itself stays after the
     undone object goes, and keeps the call from being the last (hunt
     49-a).  */
  tree fndecl = fg->fun->decl;
  bool check_blind = asan_sanitize_allocas_p ()
		     || opt_for_fn (fndecl, flag_tracer)
		     || !opt_for_fn (fndecl, flag_tree_pta)
		     || opt_for_fn (fndecl, flag_ipa_pta);
  d->limits.sibling_calls
    = unit_alloca_budget && d->limits.recursive
      && (check_blind
	  ? opt_for_fn (fndecl, flag_optimize_sibling_calls)
	  : sibling_call_candidates (fg->fun, false, NULL, fg->node));
  disable_ranger (fg->fun);
  d->limits.alloca_align = BIGGEST_ALIGNMENT / BITS_PER_UNIT;
  d->limits.slot_align = malloc_alignment ();
  d->limits.redzones = asan_sanitize_stack_p ();
  d->limits.in_declaration_order = !opt_for_fn (fg->node->decl, optimize);
  /* -mpreferred-stack-boundary=3, -mincoming-stack-boundary=3, x86's
     -mstackrealign: frames that hold a slot realign the stack.  */
  d->limits.stack_realigns
    = MIN (INCOMING_STACK_BOUNDARY, PREFERRED_STACK_BOUNDARY) / BITS_PER_UNIT
      < d->limits.slot_align
#ifdef ix86_force_align_arg_pointer
      || ix86_force_align_arg_pointer
#endif
    ;
  /* The guard word, aligned; under ASan in a redzone's block.  */
  d->limits.canary = !opt_for_fn (fg->node->decl, flag_stack_protect) ? 0
		     : d->limits.redzones ? 32
		     : MAX ((uint64_t) POINTER_SIZE_UNITS, d->limits.slot_align);
  d->limits.small_stack = esc_callgraph_on_small_stack (callgraph, f);
  d->limits.max_stack_size = esc_opts.max_stack_size;
  uint64_t below = esc_callgraph_stack_below (callgraph, f);
  d->limits.stack_room = below < esc_opts.max_stack_size
			 ? esc_opts.max_stack_size - below : 0;
  /* `#pragma omp declare simd' and attribute simd: GCC's SIMD clones
     are made after this pass, from the rewritten body, and vectorize a
     loop over lanes that would all use one slot (hunt 37-c); so does a
     loop whose iterations it may run at once (`#pragma omp simd',
     `#pragma GCC ivdep': safelen), where a slot in the loop is one for
     all the lanes.  */
  d->limits.unsafe = fg->fun->calls_setjmp ? ESC_UNSAFE_SETJMP
		     : fg->fun->has_nonlocal_label ? ESC_UNSAFE_NONLOCAL_LABELS
		     : lookup_attribute ("omp declare simd",
					 DECL_ATTRIBUTES (fg->node->decl))
		     ? ESC_UNSAFE_SIMD_CLONES
		     : has_simd_loops_p (fg->fun) ? ESC_UNSAFE_SIMD_LOOPS
		     : ESC_SAFE;
  d->limits.unanalysed = fg->unanalysed;
  esc_place_sites (fg->g, d->sites, d->nsites, &d->limits);
  esc_callgraph_set_frame (callgraph, f,
			   esc_frame_bytes (d->sites, d->nsites, &d->limits));
}

/* A function with allocation sites, kept from its summary to its
   decisions.  */
struct pending_fn
{
  function_graph *fg;
  bool loops_ready;
};
static vec<pending_fn> pending;

/* Whether FG frees what a caller may have budgeted: with the budget, its
   frees skip such objects even where it allocates nothing.  */
static bool
frees_callers_objects (function_graph *fg)
{
  if (!unit_alloca_budget)
    return false;
  for (int i = 0; i < esc_free_site_count (fg->g); i++)
    if (esc_free_sees_callers (fg->g, i))
      return true;
  return false;
}

/* Whether CALL is given code: a function's address, or a pointer to a
   function (qsort's comparator), which it may call.  */
static bool
passes_code_p (gcall *call)
{
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree arg = gimple_call_arg (call, i);
      tree type = TREE_TYPE (arg);
      if ((TREE_CODE (arg) == ADDR_EXPR
	   && TREE_CODE (TREE_OPERAND (arg, 0)) == FUNCTION_DECL)
	  || (POINTER_TYPE_P (type)
	      && FUNC_OR_METHOD_TYPE_P (TREE_TYPE (type))))
	return true;
    }
  return false;
}

/* Hand a function the rewrite budgeted objects in to the check after
   GCC's tail-call pass (sibcall.cc), with the callees none of whose calls
   may lead back to it.  A library call given code counts as one that may
   (qsort with a comparator that calls back: hunt 41-c).  A function that
   takes stack space itself too is handed over: later passes may delete
   its own alloca.  */
static void
note_budget (function_graph *fg, const struct decisions *d)
{
  bool budgeted = false;
  for (int i = 0; i < d->nsites; i++)
    budgeted |= d->sites[i].placement == ESC_PLACE_BUDGETED;
  if (!budgeted)
    return;
  hash_set<tree> reentering;
  hash_set<tree> *no_reentry = new hash_set<tree>;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fg->fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi)))
	if (tree callee = gimple_call_fndecl (call))
	  (may_reenter_p (call, fg->node) || passes_code_p (call)
	   ? reentering : *no_reentry).add (callee);
  for (tree callee : reentering)
    no_reentry->remove (callee);
  note_budgeted_function (fg->fun->decl, no_reentry);
}

/* Report and rewrite FG, whose sites D places.  cfun is FG's function.  */
static void
finish (function_graph *fg, struct decisions *d)
{
  if (dump_file)
    {
      fprintf (dump_file, "\n;; escape graph of %s\n", function_name (fg->fun));
      esc_dump (fg->g, dump_file);
    }
  /* Opaque and unanalysed functions have no summary for callers; the
     report still says what the body does.  */
  const esc_summary *s = esc_program_summary (program, fg->node->get_uid ());
  esc_summary *shown = NULL;
  if (!s)
    s = shown = fg->unanalysed
		? esc_summary_opaque (param_count (fg->node),
				      fg->fun->static_chain_decl)
		: esc_summarize (fg->g);
  bool rewrite = esc_opts.transform && !fg->unanalysed;
  report_function (*fg, s, d, rewrite);
  esc_summary_free (shown);
  if (rewrite && (d->nsites || frees_callers_objects (fg)))
    {
      rewrite_function (*fg, d);
      note_budget (fg, d);
    }
}

/* Summaries for the component NODES; functions with allocation sites
   wait in PENDING for the recursion test, the others are reported.  */
static void
summarize_component (cgraph_node **nodes, int n)
{
  bool recursive = n > 1 || calls_itself (nodes[0]);

  bool *loops_ready = XCNEWVEC (bool, n);
  for (int i = 0; i < n; i++)
    {
      /* Loops and irreducible regions, for the lifetimes of allocation
	 sites: only functions that have some need them.  */
      push_cfun (DECL_STRUCT_FUNCTION (nodes[i]->decl));
      if (has_allocation_call (cfun))
	{
	  loop_optimizer_init (AVOID_CFG_MODIFICATIONS
			       | LOOPS_HAVE_MARKED_IRREDUCIBLE_REGIONS);
	  loops_ready[i] = true;
	}
      pop_cfun ();
    }

  component c;
  c.nodes = nodes;
  c.fns = XCNEWVEC (function_graph *, n);
  c.n = n;
  c.clock = 0;
  c.built_at = XCNEWVEC (unsigned, n);
  c.history = XCNEWVEC (vec<summary_version>, n);
  for (int i = 0; i < n; i++)
    {
      c.member_of_uid.put (nodes[i]->get_uid (), i);
      if (recursive && !opaque_p (nodes[i]))
	new_summary (&c, i, esc_summarize_empty (param_count (nodes[i])));
    }
  int rounds = 1;
  bool changed = analyze_round (&c);
  while (recursive && changed && rounds < MAX_ROUNDS)
    {
      changed = analyze_round (&c);
      rounds++;
    }
  if (recursive && changed)
    {
      /* No fixed point in time: make the component opaque, and read
	 every member again.  */
      for (int i = 0; i < n; i++)
	{
	  esc_program_clear_summary (program, nodes[i]->get_uid ());
	  delete c.fns[i];
	  c.fns[i] = NULL;
	}
      analyze_round (&c);
    }
  function_graph **fns = c.fns;
  XDELETEVEC (c.built_at);
  for (int i = 0; i < n; i++)
    {
      for (summary_version &v : c.history[i])
	esc_summary_free (v.summary);
      c.history[i].release ();
    }
  XDELETEVEC (c.history);

  for (int i = 0; i < n; i++)
    {
      reached_calls &r = reached[nodes[i]->get_uid ()];
      r.unknown = esc_calls_reached (fns[i]->g, note_reached, &r)
		  || fns[i]->asm_calls_code;
      if (!fns[i]->sites.is_empty ())
	{
	  pending_fn p = { fns[i], loops_ready[i] };
	  pending.safe_push (p);
	  continue;
	}
      struct decisions none = {};
      none.limits.alloca_budget = unit_alloca_budget;
      none.limits.side_stack = unit_alloca_budget && esc_opts.side_stack;
      push_cfun (fns[i]->fun);
      finish (fns[i], &none);
      if (loops_ready[i])
	loop_optimizer_finalize ();
      pop_cfun ();
      delete fns[i];
    }
  XDELETEVEC (fns);
  XDELETEVEC (loops_ready);
}

/* Pending functions in the whole call graph's component order.  */
static int
by_rank (const void *a, const void *b)
{
  int ra = esc_callgraph_rank (callgraph,
			       ((const pending_fn *) a)->fg->node->get_uid ());
  int rb = esc_callgraph_rank (callgraph,
			       ((const pending_fn *) b)->fg->node->get_uid ());
  return (ra > rb) - (ra < rb);
}

/* Place, report and rewrite a pending function, then let it go.  */
static void
decide_pending (pending_fn &p)
{
  struct decisions d;
  /* Inside the function: its target and optimize attributes set what
     alloca aligns to and whether it makes sibling calls.  */
  push_cfun (p.fg->fun);
  decide (p.fg, &d);
  finish (p.fg, &d);
  if (p.loops_ready)
    loop_optimizer_finalize ();
  pop_cfun ();
  for (int i = 0; i < d.nsites; i++)
    XDELETEVEC (const_cast<int32_t *> (d.sites[i].loops));
  XDELETEVEC (d.sites);
  delete p.fg;
}

/* Library functions may call user code once it is registered anywhere in
   what is compiled together (calls.cc): the registrations of the unit,
   or of the LTRANS partition and, from lto1's WPA, the whole program's,
   which a partition gets with the internal attribute REGISTRATIONS on
   each of its functions (it sees only the functions it refers to).
   MATCHED, if given, collects the registrations seen, as strings.  */

static void
note_one_registration (const char *name, tree *matched)
{
  if (note_hook_registration (name) && matched)
    *matched = tree_cons (NULL_TREE, build_string (strlen (name) + 1, name),
			  *matched);
}

/* Every registration, for a lookup whose name is not known.  */
static void
note_every_registration (tree *matched)
{
  for (size_t i = 0; hook_registration_at (i); i++)
    note_one_registration (hook_registration_at (i), matched);
}

/* Whether variable DECL is placed among the destructors exit runs
   (`void (*f) (void) __attribute__ ((section (".fini_array"))) = g'):
   glibc's exit runs .fini_array, into which the linker folds .dtors.  */
static bool
destructor_slot_p (tree decl)
{
  const char *section = DECL_SECTION_NAME (decl);
  return section && (startswith (section, ".fini_array")
		     || startswith (section, ".dtors"));
}

/* The registrations the unit's dlsym calls may look up, by index of
   hook_registration_at: the function that holds the call may be inlined
   into its callers and removed before the pass, or before the unit is
   streamed for -flto, with the attribute that recorded it.  */
static uint64_t unit_lookups;

/* How a function sets a signal's disposition, by its name (named_p,
   also under glibc's __ and __libc_ prefixes): its first argument is
   the signal, its second the handler (signal; SIG_IGN, SIG_DFL and
   SIG_HOLD are constants) or a structure that holds it (sigaction: no
   change when null).  */
enum signal_setter { NOT_A_SETTER, SETS_HANDLER, SETS_ACTION };

/* Whether SPELLED is NAME, or NAME under glibc's __ or __libc_.  */
static bool
spells_libc_name_p (const char *spelled, const char *name)
{
  if (!spelled)
    return false;
  if (*spelled == '*')
    spelled++;
  return (!strcmp (spelled, name)
	  || (startswith (spelled, "__") && !strcmp (spelled + 2, name))
	  || (startswith (spelled, "__libc_") && !strcmp (spelled + 7, name)));
}

/* Whether DECL is NAME of the C library, under any of its names
   (named_p's); called for every call the front end's bodies make.  */
static bool
libc_named_p (tree decl, const char *name)
{
  return ((DECL_NAME (decl)
	   && spells_libc_name_p (IDENTIFIER_POINTER (DECL_NAME (decl)),
				  name))
	  || spells_libc_name_p (alias_target_name (decl), name)
	  || (DECL_ASSEMBLER_NAME_SET_P (decl)
	      && spells_libc_name_p (IDENTIFIER_POINTER
				     (DECL_ASSEMBLER_NAME (decl)), name)));
}

static enum signal_setter
signal_setter_of (tree decl)
{
  static const char *const handler_setters[] = {
    "signal", "sysv_signal", "bsd_signal", "ssignal", "sigset"
  };
  static const char *const action_setters[] = { "sigaction", "sigvec" };
  for (size_t i = 0; i < ARRAY_SIZE (handler_setters); i++)
    if (libc_named_p (decl, handler_setters[i]))
      return SETS_HANDLER;
  for (size_t i = 0; i < ARRAY_SIZE (action_setters); i++)
    if (libc_named_p (decl, action_setters[i]))
      return SETS_ACTION;
  return NOT_A_SETTER;
}

/* Whether a read or a write may raise signal SIG in the thread that
   makes it: a pipe nobody reads SIGPIPE, past the file size limit
   SIGXFSZ, a terminal from a background job SIGTTIN or SIGTTOU, a
   descriptor set to signal its owner (O_ASYNC) SIGIO or SIGURG, a
   system call a seccomp filter traps SIGSYS, and a buffer in a mapping
   the file no longer backs SIGBUS (or SIGSEGV).  */
static bool
raised_by_input_output_p (HOST_WIDE_INT sig)
{
  static const int raised[] = {
    SIGPIPE, SIGXFSZ, SIGTTIN, SIGTTOU, SIGIO, SIGURG, SIGSYS, SIGBUS,
    SIGSEGV
  };
  for (size_t i = 0; i < ARRAY_SIZE (raised); i++)
    if (sig == raised[i])
      return true;
  return false;
}

/* Whether HOW, a setter's second argument, is SIG_DFL, SIG_IGN,
   SIG_HOLD or SIG_ERR, none a handler: a constant address may be one
   (a function's, linked at a fixed address).  */
static bool
no_handler_p (tree how)
{
  return (TREE_CODE (how) == INTEGER_CST
	  && (integer_zerop (how) || integer_onep (how)
	      || integer_all_onesp (how)
	      || (tree_fits_uhwi_p (how) && tree_to_uhwi (how) == 2)));
}

/* What a call of a setter of KIND with NARGS arguments, the first two
   SIG and HOW, registers (calls.cc): nothing when it sets no handler
   (`signal (SIGPIPE, SIG_IGN)', as servers write), a handler of
   signals only sent when SIG is a constant that reads and writes do
   not raise (a command line tool's SIGINT flag), else a handler of any
   signal, counted as sigaction's.  */
static const char *
handler_registration (enum signal_setter kind, int nargs, tree sig,
		      tree how)
{
  if (nargs >= 2)
    {
      STRIP_NOPS (how);
      if (kind == SETS_HANDLER ? no_handler_p (how) : integer_zerop (how))
	return NULL;
    }
  if (nargs >= 1)
    STRIP_NOPS (sig);
  if (nargs >= 1 && tree_fits_shwi_p (sig)
      && !raised_by_input_output_p (tree_to_shwi (sig)))
    return SENT_SIGNAL_REGISTRATION;
  return "sigaction";
}

/* Whether DECL is fcntl, and whether its command CMD (NULL_TREE if not
   given) may choose the signal a descriptor raises when it is ready
   (F_SETSIG, or a command that is not a constant): reads and writes may
   then raise any signal.  */
static bool
fcntl_p (tree decl)
{
  return libc_named_p (decl, "fcntl") || libc_named_p (decl, "fcntl64");
}

static bool
redirecting_command_p (tree cmd)
{
  if (!cmd)
    return true;
  STRIP_NOPS (cmd);
  return !tree_fits_shwi_p (cmd) || tree_to_shwi (cmd) == F_SETSIG;
}

/* Whether what NODE registers is what the front end read in its calls
   (find_registration_lookup): it sets signals' handlers, or is fcntl,
   every call of it is in a function read so (CALLS_READ), and nothing
   else may call it.  Else its name counts (name_registrations): any
   handler (without the calls' arguments, or with its address taken, it
   may set one).  */
static bool
registrations_read_p (cgraph_node *node)
{
  if (signal_setter_of (node->decl) == NOT_A_SETTER
      && !fcntl_p (node->decl) && !named_p (node->decl, "syscall"))
    return false;
  if (node->address_taken || node->ref_list.referring.length ())
    return false;
  for (cgraph_edge *e = node->callers; e; e = e->next_caller)
    if (!lookup_attribute (CALLS_READ, DECL_ATTRIBUTES (e->caller->decl)))
      return false;
  return true;
}

/* What a call of DECL registers where its arguments are not read (a
   call the front end's walk did not see, or through its address): a
   setter or syscall, a handler of any signal (counted as sigaction's);
   fcntl or syscall, the choice of a descriptor's signal
   (SYS_rt_sigaction, SYS_fcntl).  */
static void
unread_call_registrations (tree decl, bool *handler, bool *redirection)
{
  bool syscall = named_p (decl, "syscall");
  *handler = syscall || signal_setter_of (decl) != NOT_A_SETTER;
  *redirection = syscall || fcntl_p (decl);
}

/* What NODE, a function whose calls were not all read
   (registrations_read_p), may register by its name: those of its calls
   (unread_call_registrations); a registration, itself.  */
static void
name_registrations (cgraph_node *node, tree *matched)
{
  tree decl = node->decl;
  bool handler, redirection;
  unread_call_registrations (decl, &handler, &redirection);
  if (handler)
    note_one_registration ("sigaction", matched);
  if (redirection)
    note_one_registration (SIGNAL_REDIRECTION, matched);
  if (DECL_NAME (decl))
    note_one_registration (IDENTIFIER_POINTER (DECL_NAME (decl)), matched);
  /* A declaration under another name (`extern int on_finish (void
     (*) (void)) __asm__ ("atexit")').  */
  if (DECL_ASSEMBLER_NAME_SET_P (decl))
    note_one_registration (symbol_name (decl), matched);
  if (alias_target_name (decl))
    note_one_registration (alias_target_name (decl), matched);
}

static void
note_registrations (tree *matched)
{
  forget_hook_registrations ();
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    {
      tree decl = node->decl;
      if (!registrations_read_p (node))
	name_registrations (node, matched);
      if (DECL_STATIC_DESTRUCTOR (decl))
	note_one_registration (DESTRUCTOR_REGISTRATION, matched);
      tree a = lookup_attribute (REGISTRATIONS, DECL_ATTRIBUTES (decl));
      for (tree r = a ? TREE_VALUE (a) : NULL_TREE; r; r = TREE_CHAIN (r))
	note_one_registration (TREE_STRING_POINTER (TREE_VALUE (r)), matched);
      /* A pointer to dlsym, or code the plugin did not read calling
	 it, may look up any of them (esc_note_registration_lookups sees
	 the calls it reads and notes them in unit_lookups, for functions
	 inlined away).  */
      if ((named_p (decl, "dlsym") || named_p (decl, "dlvsym"))
	  && (node->address_taken || reached_by_unread_code_p (node)))
	note_every_registration (matched);
    }
  varpool_node *var;
  FOR_EACH_VARIABLE (var)
    if (destructor_slot_p (var->decl))
      note_one_registration (DESTRUCTOR_REGISTRATION, matched);
  /* Or in top level asm (`.section .fini_array' and a `.quad f', or a
     call in .fini).  */
  for (asm_node *a = symtab->first_asm_symbol (); a; a = a->next)
    if (strstr (TREE_STRING_POINTER (a->asm_str), ".fini")
	|| strstr (TREE_STRING_POINTER (a->asm_str), ".dtors"))
      note_one_registration (DESTRUCTOR_REGISTRATION, matched);
  for (size_t i = 0; hook_registration_at (i); i++)
    if (unit_lookups & ((uint64_t) 1 << i))
      note_one_registration (hook_registration_at (i), matched);
}

/* Whether a call of syscall whose first argument is NUMBER (NULL_TREE
   if none) may set a signal's handler: rt_sigaction (or the old
   sigaction or signal), as the host numbers them (stack_lookups).  */
static bool
syscall_sets_handler_p (tree number)
{
  static const HOST_WIDE_INT setting[] = {
    SYS_rt_sigaction,
#ifdef SYS_sigaction
    SYS_sigaction,
#endif
#ifdef SYS_signal
    SYS_signal,
#endif
  };
  return syscall_number_p (number, setting, ARRAY_SIZE (setting));
}

/* Registration NAME (every one if NULL) among the bits FOUND.  */
static void
note_lookup (const char *name, uint64_t *found)
{
  for (size_t i = 0; hook_registration_at (i) && i < 64; i++)
    if (!name || names_registration_p (name, i))
      *found |= (uint64_t) 1 << i;
}

/* The state of a walk of a function's body for registrations.  */
struct registration_walk
{
  uint64_t *found;		/* as unit_lookups */
  hash_set<tree> *visited;	/* each tree once, as walk_tree's own */
};

/* A registration found by name in a lookup, dlsym (h, "atexit"), or
   any registration when the name is not a constant, or a handler set
   with syscall (counted as sigaction's), or a setter's address: their
   bits in DATA's FOUND.  */
static tree
find_registration_lookup (tree *tp, int *walk_subtrees, void *data)
{
  struct registration_walk *w = (struct registration_walk *) data;
  uint64_t *found = w->found;
  if (TYPE_P (*tp))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  /* A function's address other than a direct call's callee (a pointer,
     `(0, sigaction) (...)', a table), which GCC may make a direct call
     after this walk: what its name may register.  */
  if (TREE_CODE (*tp) == ADDR_EXPR
      && TREE_CODE (TREE_OPERAND (*tp, 0)) == FUNCTION_DECL)
    {
      tree f = TREE_OPERAND (*tp, 0);
      bool handler, redirection;
      unread_call_registrations (f, &handler, &redirection);
      if (handler)
	note_lookup ("sigaction", found);
      if (redirection)
	note_lookup (SIGNAL_REDIRECTION, found);
      if (named_p (f, "dlsym") || named_p (f, "dlvsym"))
	note_lookup (NULL, found);
      return NULL_TREE;
    }
  if (TREE_CODE (*tp) != CALL_EXPR)
    return NULL_TREE;
  tree fndecl = get_callee_fndecl (*tp);
  if (!fndecl)
    return NULL_TREE;
  /* The callee of a direct call is no address taken: only the
     arguments are walked further.  */
  *walk_subtrees = 0;
  int nargs = call_expr_nargs (*tp);
  for (int i = 0; i < nargs; i++)
    walk_tree (&CALL_EXPR_ARG (*tp, i), find_registration_lookup, data,
	       w->visited);
  tree arg0 = nargs >= 1 ? CALL_EXPR_ARG (*tp, 0) : NULL_TREE;
  tree arg1 = nargs >= 2 ? CALL_EXPR_ARG (*tp, 1) : NULL_TREE;
  enum signal_setter setter = signal_setter_of (fndecl);
  if (setter != NOT_A_SETTER)
    {
      const char *name = handler_registration (setter, nargs, arg0, arg1);
      if (name)
	note_lookup (name, found);
    }
  else if (fcntl_p (fndecl) && redirecting_command_p (arg1))
    note_lookup (SIGNAL_REDIRECTION, found);
  else if (named_p (fndecl, "syscall"))
    {
      static const HOST_WIDE_INT fcntl_numbers[] = { SYS_fcntl };
      tree cmd = nargs >= 3 ? CALL_EXPR_ARG (*tp, 2) : NULL_TREE;
      if (syscall_sets_handler_p (arg0))
	note_lookup ("sigaction", found);
      else if (syscall_number_p (arg0, fcntl_numbers, 1)
	       && redirecting_command_p (cmd))
	note_lookup (SIGNAL_REDIRECTION, found);
    }
  else if (named_p (fndecl, "dlsym") || named_p (fndecl, "dlvsym"))
    note_lookup (arg1 ? c_getstr (arg1) : NULL, found);
  return NULL_TREE;
}

/* Make NAMES FNDECL's REGISTRATIONS, in place of any it had.  */
static void
set_registrations (tree fndecl, tree names)
{
  tree a = lookup_attribute (REGISTRATIONS, DECL_ATTRIBUTES (fndecl));
  if (a)
    TREE_VALUE (a) = names;
  else
    DECL_ATTRIBUTES (fndecl) = tree_cons (get_identifier (REGISTRATIONS),
					  names, DECL_ATTRIBUTES (fndecl));
}

/* Give FNDECL's REGISTRATIONS the unit's lookups.  */
static void
mark_registration_lookups (tree fndecl)
{
  tree names = NULL_TREE;
  for (size_t i = 0; hook_registration_at (i) && i < 64; i++)
    if (unit_lookups & ((uint64_t) 1 << i))
      {
	const char *r = hook_registration_at (i);
	names = tree_cons (NULL_TREE, build_string (strlen (r) + 1, r), names);
      }
  set_registrations (fndecl, names);
}

void
esc_note_registration_lookups (tree fndecl)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL
      || !DECL_SAVED_TREE (fndecl))
    return;
  uint64_t before = unit_lookups;
  hash_set<tree> visited;
  struct registration_walk w = { &unit_lookups, &visited };
  walk_tree (&DECL_SAVED_TREE (fndecl), find_registration_lookup, &w,
	     &visited);
  mark_function (fndecl, CALLS_READ);
  if (!unit_lookups)
    return;
  /* Every function of the unit carries them to lto1, as stack switches
     are carried: whichever survives inlining.  */
  mark_registration_lookups (fndecl);
  if (unit_lookups != before)
    {
      cgraph_node *node;
      FOR_EACH_FUNCTION (node)
	if (node->definition)
	  mark_registration_lookups (node->decl);
    }
}

void
esc_analyze_unit (void)
{
  esc_sarif_unit ();
  unit_alloca_budget = alloca_budget_for_unit ();
  unit_max_frame_size = frame_size_warned () ? 0 : esc_opts.max_frame_size;
  /* The bodies as the code generator will see them.  get_body removes
     the inline copies it integrates, never the node at hand.  */
  cgraph_node *node;
  FOR_EACH_DEFINED_FUNCTION (node)
    if (node->has_gimple_body_p () && !node->in_other_partition
	&& !node->inlined_to)
      node->get_body ();
  /* The transforms' own passes ended by closing -fopt-info's stream
     (dump_finish), which get_body does not give back: open this pass's
     dumps again, so that -fopt-info sees the decisions.  */
  pass_fini_dump_file (current_pass);
  pass_init_dump_file (current_pass);

  note_registrations (NULL);
  note_program_bound_names ();

  program = esc_program_new ();
  reached.safe_grow_cleared (symtab->cgraph_max_uid + 1);
  auto_vec<cgraph_node *> by_uid;
  by_uid.safe_grow_cleared (symtab->cgraph_max_uid + 1);
  FOR_EACH_DEFINED_FUNCTION (node)
    if (analysed_p (node) && node->get_fun ())
      by_uid[node->get_uid ()] = node;
  find_wrappers ();

  /* Summaries, callees first.  */
  esc_callgraph *order = describe_callgraph (false);
  auto_vec<cgraph_node *> component;
  for (int c = 0; c < esc_callgraph_component_count (order); c++)
    {
      const int32_t *members;
      int n = esc_callgraph_component (order, c, &members);
      component.truncate (0);
      for (int i = 0; i < n; i++)
	if (by_uid[members[i]])
	  component.safe_push (by_uid[members[i]]);
      if (!component.is_empty ())
	summarize_component (component.address (), component.length ());
    }
  esc_callgraph_free (order);

  /* Recursion, then the decisions, callees first along every call so
     that each function knows how much stack its callees' slots add.  */
  callgraph = describe_callgraph (true);
  pending.qsort (by_rank);
  for (unsigned i = 0; i < pending.length (); i++)
    decide_pending (pending[i]);

  pending.release ();

  bool setter_address_taken = false;
  tree setter = thread_stack_setter (&setter_address_taken);
  /* A unit that gives threads stacks of its own memory raises no size:
     glibc keeps a given stack's top and takes its size from the
     attribute, set before or after, so a raised size would start the
     thread's stack below the memory given (a scan of its own stack, or
     an munmap of what pthread_attr_getstack says, then meets other
     memory).  Such stacks are the program's to size (doc/escape.md,
     "Small stacks").  */
  static const char *const own_stack_givers[] = {
    "pthread_attr_setstack", "pthread_attr_setstackaddr"
  };
  if (names_any (own_stack_givers, ARRAY_SIZE (own_stack_givers), false))
    setter = NULL_TREE;
  /* A setter looked up by name is called through the pointer the lookup
     returns: compared with the setter's address, as a pointer the unit
     took itself.  */
  else if (!setter_address_taken && esc_opts.transform
	   && looks_up_setter_p ())
    {
      if (!setter)
	setter = setter_declaration ();
      setter_address_taken = true;
    }
  /* Room for both: the slots along a chain of calls, and what objects
     without a slot take at run time (alloca-budget).  */
  uint64_t raise = (uint64_t) esc_opts.max_stack_size
		   + esc_opts.alloca_budget;
  if (raise < esc_opts.max_stack_size)
    raise = UINT64_MAX;		/* raised_size keeps the size then */
  if (esc_opts.transform && raise && setter)
    FOR_EACH_DEFINED_FUNCTION (node)
      if (analysed_p (node) && node->get_fun ())
	{
	  push_cfun (node->get_fun ());
	  raise_thread_stacks (cfun, setter_address_taken ? setter : NULL_TREE,
			       raise);
	  pop_cfun ();
	}

  for (unsigned i = 0; i < reached.length (); i++)
    reached[i].functions.release ();
  reached.release ();
  forget_wrappers ();
  esc_program_free (program);
  program = NULL;
  esc_callgraph_free (callgraph);
  callgraph = NULL;
  report_unit_end ();
}

/* Whether NODE, seen by lto1's WPA, is the main of an executable that
   no code of the program calls or takes the address of, nor names where
   the call graph does not show (MAIN_NAMED_ELSEWHERE).  The C library
   runs it once, at the bottom of the stack, so it is no entry unknown
   code may call in the middle of a chain: the chains through a call of
   main are the program's own, in view.  An object compiled without
   -flto could call main unseen; doc/escape.md lists that among the
   assumptions.  */
static bool
main_run_once_p (cgraph_node *node, bool main_named_elsewhere)
{
  if (main_named_elsewhere
      || (flag_lto_linker_output != LTO_LINKER_OUTPUT_EXEC
	  && flag_lto_linker_output != LTO_LINKER_OUTPUT_PIE))
    return false;
  tree name = DECL_NAME (node->decl);
  if (!name || !MAIN_NAME_P (name) || !TREE_PUBLIC (node->decl)
      || !DECL_FILE_SCOPE_P (node->decl))
    return false;
  if (node->address_taken || node->callers || node->has_aliases_p ())
    return false;
  enum availability avail;
  node->function_symbol (&avail);
  return avail == AVAIL_AVAILABLE;
}

/* Under -flto's default partitioning each partition sees the others as
   another file's code: their functions may call back and hold slots, so
   a function that calls across partitions gets none.  Where one
   partition is cheap, a program no bigger than GCC lets one partition
   grow (--param=lto-max-partition), judge the program whole, unless the
   user chose a partitioning: LTRANS then runs as one job.  */
static void
choose_one_partition (void)
{
  if (global_options_set.x_flag_lto_partition
      || flag_lto_partition != LTO_PARTITION_BALANCED
      || !ipa_size_summaries)
    return;
  HOST_WIDE_INT size = 0;
  cgraph_node *node;
  FOR_EACH_DEFINED_FUNCTION (node)
    if (ipa_size_summary *s = ipa_size_summaries->get (node))
      size += s->size;
  if (size <= param_max_partition_size)
    flag_lto_partition = LTO_PARTITION_ONE;
}

/* lto1's whole-program analysis (WPA) sees the program's call graph but
   no bodies, and LTRANS sees one partition: a function that may run on a
   small stack is known as such only where the stack is given.  Here the
   whole graph says which functions may, and each gets the attribute
   escape_no_stack, which goes with its declaration to its partition.
   The program's registrations go the same way, and so do the names its
   link binds to its code under other symbols (PROGRAM_BOUND_NAMES:
   __wrap_ functions, --defsym) and what the whole graph says of main
   (MAIN_RUN_ONCE).  It also picks the partitioning
   (choose_one_partition).  */
void
esc_mark_whole_program (void)
{
  choose_one_partition ();
  tree registrations = NULL_TREE;
  note_registrations (&registrations);
  cgraph_node *node;
  /* In place of the unit's own, which the compile step left on its
     functions: a partition may hold only those of one unit.  */
  if (registrations)
    FOR_EACH_DEFINED_FUNCTION (node)
      set_registrations (node->decl, registrations);
  if (tree bound = program_bound_names ())
    FOR_EACH_DEFINED_FUNCTION (node)
      mark_function (node->decl, PROGRAM_BOUND_NAMES, bound);
  /* main named where the call graph does not show it: in asm (a
     function's, marked by the front end, or top level: `.quad main',
     `.set again, main'), or wrapped by the linker (-Wl,--wrap=main:
     the program calls __real_main).  Marked before the graph of small
     stacks is described, where main run once is no entry.  */
  bool main_named_elsewhere = false;
  symtab_node *sym;
  FOR_EACH_SYMBOL (sym)
    main_named_elsewhere
      |= (lookup_attribute (ASM_NAMES_MAIN, DECL_ATTRIBUTES (sym->decl))
	  || named_p (sym->decl, "__real_main")
	  || named_p (sym->decl, "__wrap_main"));
  main_named_elsewhere |= toplevel_asm_names_p ("main");
  FOR_EACH_DEFINED_FUNCTION (node)
    if (main_run_once_p (node, main_named_elsewhere))
      mark_function (node->decl, MAIN_RUN_ONCE);
  if (!redirectable_link_p ())
    FOR_EACH_FUNCTION (node)
      {
	enum availability avail;
	node->ultimate_alias_target (&avail);
	if (node->definition && TREE_PUBLIC (node->decl)
	    && avail == AVAIL_AVAILABLE && !named_in_asm_p (node))
	  mark_function (node->decl, BINDS_HERE);
      }
  esc_callgraph *cg = describe_callgraph (true);
  FOR_EACH_DEFINED_FUNCTION (node)
    if (analysed_p (node)
	&& esc_callgraph_on_small_stack (cg, node->get_uid ()))
      mark_function (node->decl, "escape_no_stack");
  esc_callgraph_free (cg);
}
