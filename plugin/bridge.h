/* bridge.h -- what the bridge's C++ files (plugin/ *.cc) share.

   The bridge is the only code that sees GCC, and holds no analysis: it
   reads GIMPLE into the core's graphs (plugin/escape.h), hands the core's
   decisions to the rewrite and prints the core's words.  Its files:
     plugin.cc    loading, arguments, the pass
     analyze.cc   the unit's bodies and call graph, then each component:
                  read, solve, summarise, place, report, rewrite
     build.cc     statements and expressions into flows (function_graph)
     calls.cc     calls: to code, through pointers, the library table,
                  GCC's per-argument facts
     builtins.cc  allocation calls, builtins, internal functions, atomics
     wrappers.cc  the program's allocation and free wrappers
     report.cc    notes and opt-info
     rewrite.cc   slots in place of local allocations
   Include gcc-includes.h before this file.  */

#ifndef ESCAPE_BRIDGE_H
#define ESCAPE_BRIDGE_H

#include "escape.h"

/* The plugin's arguments (-fplugin-arg-escape-KEY[=VALUE]), validated by
   plugin.cc; see the table in README.md.  */
struct esc_options
{
  int report_level;		/* 0: off, 1: notes, 2: notes + flow paths */
  bool transform;		/* rewrite local allocations */
  unsigned long max_object_size;	/* largest fixed-size slot, bytes */
  unsigned long max_frame_size;	/* converted bytes per function */
  unsigned long max_stack_size;	/* converted bytes along a call chain */
  unsigned long var_buffer;	/* guarded buffer for variable sizes; 0 off */
  unsigned long alloca_budget;	/* run-time stack bytes per thread for
				   objects that get no slot; 0 off */
  unsigned long side_stack;	/* the same objects in a per-thread region
				   of this many bytes instead; 0 off */
  const char *report_file;	/* SARIF log path (sarif.h), or NULL */
};
extern struct esc_options esc_opts;

/* The internal attributes the plugin puts on functions (analyze.cc):
   the unit switches or gives stacks, or has asm that names main; the
   program's registrations as lto1's whole-program step hands them to
   each partition, and main where that step sees no call of the
   program's to it.  plugin.cc
   registers them, so that GCC does not warn about them where a
   declaration copies its attributes (__attribute__ ((copy (f)))); the
   space keeps programs from spelling them.  */
#define STACK_SWITCH "escape stack switch"
#define REGISTRATIONS "escape registrations"
#define MAIN_RUN_ONCE "escape main run once"
#define ASM_NAMES_MAIN "escape asm names main"
/* The names the link binds to the program's code, though no definition
   of the program has them (builtins.cc program_bound_names), as lto1's
   whole-program step hands them to each partition.  */
#define PROGRAM_BOUND_NAMES "escape program bound names"
/* A function of an executable that lto1's whole-program step found sure
   to run at the program's calls of its name (analyze.cc bound_target).  */
#define BINDS_HERE "escape binds here"
/* An asm statement in a body of the function's unit names the function:
   `.weak f', `.type f, @gnu_indirect_function', `.symver' give its name
   a binding GCC does not know (analyze.cc named_in_asm_p).  */
#define NAMED_IN_ASM "escape named in asm"
/* The front end's body of the function was read for the registrations
   its calls make (analyze.cc): what a call of signal or sigaction in it
   sets is among the unit's, and its name need not count.  */
#define CALLS_READ "escape calls read"

/* The thread-local variable under which alloca-budget's objects take
   stack space (rewrite.cc).  */
#define ESC_STACK_MARK "__escape_stack_mark"
/* The side stack's thread-local state and run-time functions
   (sidestack.cc).  */
#define ESC_SIDE_STATE "__escape_side_state"
#define ESC_SIDE_PUSH "__escape_side_push"
#define ESC_SIDE_POP "__escape_side_pop"
#define ESC_SIDE_REWIND "__escape_side_rewind"
#define ESC_SIDE_RELEASE "__escape_side_release"

/* The pass: every function of the unit (analyze.cc).  */
void esc_analyze_unit (void);
/* The front end finished FNDECL's body: mark the unit if its inline asm
   switches stacks (analyze.cc).  */
void esc_note_stack_switches (tree fndecl);
/* ... and record in FNDECL's REGISTRATIONS what its dlsym calls may look
   up of the registrations (calls.cc), so that lto1 sees them too.  */
void esc_note_registration_lookups (tree fndecl);
/* Whether asm S switches stacks; the pass read one that does.  */
bool asm_switches_stack_p (gasm *s);
/* Whether CALL may give code a stack of its own: a system call or a
   lookup by name whose arguments do not rule it out.  */
bool call_gives_stack_p (gcall *call);
/* Whether asm S may call code.  */
bool asm_calls_code_p (gasm *s);
/* Whether top level asm names WORD.  */
bool toplevel_asm_names_p (const char *word);
/* What a value of TYPE is, when a pointer turned into it is lost (the
   report's words).  */
const char *untracked_form (tree type);
/* Whether the linker's command line may bind the program's names to
   other code than their definitions (linkline.cc).  */
bool link_line_may_redirect_p (void);
void note_stack_switch (void);
/* lto1's WPA: mark what may run on a small stack, and main, for the
   partitions, and choose how many there are.  */
void esc_mark_whole_program (void);
/* What CALLER's call to CALLEE reaches, if its body is analysed here and
   is the one that runs (analyze.cc).  */
cgraph_node *call_target (cgraph_node *callee, cgraph_node *caller);

/* ---- Allocation calls (builtins.cc). ---- */

enum alloc_fn
{
  ALLOC_NONE,
  ALLOC_MALLOC,
  ALLOC_CALLOC,
  ALLOC_REALLOC,
  ALLOC_ALIGNED_ALLOC,
  ALLOC_POSIX_MEMALIGN,
  ALLOC_STRDUP,
  ALLOC_STRNDUP,
  ALLOC_ATTR_MALLOC		/* a function declared __attribute__((malloc)) */
};
/* What kind of allocation call STMT is, if any.  */
enum alloc_fn alloc_call_kind (const gimple *stmt);

/* Whether the program defines the symbol FNDECL's calls bind to
   (builtins.cc).  */
bool defined_by_program_p (tree fndecl);
/* Whether the symbol FNDECL's calls bind to is one the C library gives
   its name: the name itself, or one of glibc's redirections (fopen to
   fopen64, scanf to __isoc99_scanf, its fortified wrappers' __read_alias
   to read).  A program's own label (`#pragma redefine_extname read
   mock_read', `__asm__ ("mock_read")') binds the calls to its own code,
   whatever header declared the name (builtins.cc).  */
bool library_symbol_p (tree fndecl);
/* The argument whose value GCC takes for the size CALL reads through
   its pointer argument I (memchr's n, strncmp's), or -1 (builtins.cc).  */
int read_limit_arg (gcall *call, unsigned i);
/* In lto1's whole-program step, the names the link binds to the
   program's code under another symbol, as a list of strings (for
   PROGRAM_BOUND_NAMES); and, at the start of a unit or partition, take
   note of those PROGRAM_BOUND_NAMES hands it.  */
tree program_bound_names (void);
void note_program_bound_names (void);

/* ---- The program's allocation and free wrappers (wrappers.cc). ---- */

/* A function whose body is a malloc or calloc call and a failure exit
   (wrappers.cc explains): for each of the allocator's size arguments,
   the wrapper's parameter it passes on unchanged, or -1 and the
   constant it passes.  */
struct alloc_wrapper
{
  enum alloc_fn fn;		/* ALLOC_MALLOC or ALLOC_CALLOC */
  int param[2];
  int64_t constant[2];
};
/* Read the unit's wrappers, before any rewrite; forget them at its
   end.  */
void find_wrappers (void);
void forget_wrappers (void);
/* The wrapper CALL calls, if it calls one and passes it its sizes as
   they are; NULL otherwise.  */
const alloc_wrapper *allocation_wrapper (const gimple *call);
/* Whether CALL calls a function whose body only frees its first
   parameter (perhaps behind a test of it), passing it the pointer.  */
bool free_wrapper_p (const gimple *call);
/* The allocator's size argument I (0, or calloc's 1) of CALL to W.  */
tree wrapper_size_arg (const gcall *call, const alloc_wrapper *w, int i);

struct alloc_site
{
  gcall *call;
  enum alloc_fn fn;
  const alloc_wrapper *wrapper;	/* the call's, or NULL for the library's
				   own allocator */
  esc_loc obj;
  int64_t size;			/* constant bytes, or -1 */
  uint64_t align;		/* requested alignment, 0 for malloc's */
  bool in_irreducible_loop;
};

/* ---- One function read into the core (build.cc). ---- */

/* The function's graph and what the reading found: its allocation sites
   for the policy, the report and the rewrite.  The methods are the
   reader's, used by calls.cc and builtins.cc while a call is read.  */
/* The steps (struct esc_why) of a block's statements: FIRST + 1 for its
   first, END after its last.  */
struct block_steps
{
  uint32_t first, end;
};

class function_graph
{
public:
  function_graph (cgraph_node *, const esc_program *);
  ~function_graph ();

  cgraph_node *node;
  function *fun;
  esc_graph *g;
  vec<alloc_site> sites;
  int nparams;			/* named parameters, not the chain */
  /* Set when a statement was not understood: every allocation of the
     function then escapes and the function is opaque to its callers.  */
  const char *unanalysed;
  /* Set when an inline asm may call code (a `call' in its text, a
     function's address among its operands): code the analysis does not
     see, which may call back.  */
  bool asm_calls_code;
  /* Set when the body pops stack space before it returns
     (__builtin_stack_restore, where a VLA's scope ends).  */
  bool gives_back_stack;
  /* Set when the body takes stack space at run time itself (alloca).  */
  bool takes_stack;

  /* A new value location; one that may point anywhere.  */
  esc_loc value ();
  esc_loc anywhere ();
  /* A why at the statement being read.  */
  struct esc_why why (enum esc_why_kind, const char *callee = NULL);
  /* Give up on the function, saying what was not understood.  */
  void give_up (const char *what);
  /* What T evaluates to (ESC_NO_LOC: no pointer bits); what a load from
     memory REF gives; a store of VALUE into REF.  */
  esc_loc rvalue (tree t);
  esc_loc load (tree ref);
  void store (tree ref, esc_loc value, const struct esc_why *);
  /* The same, touching only CONTENT of the objects.  */
  esc_loc load (tree ref, enum esc_content);
  void store (tree ref, esc_loc value, enum esc_content,
	      const struct esc_why *);
  /* The object of declaration DECL.  */
  esc_loc object (tree decl);

  /* Argument I of CALL, as the callee sees it (ESC_NO_LOC past the end
     or when it carries no pointer); the location that receives CALL's
     value, and storing it into a non-register lhs afterwards.  */
  esc_loc call_arg (gcall *call, unsigned i);
  /* The byte an integer too narrow to carry a pointer carries (an int
     converted from a character, or an int parameter, which may be one),
     or ESC_NO_LOC.  */
  esc_loc widened_byte (tree t);
  esc_loc assembled_byte (gassign *s, tree op);
  esc_loc kept_value (tree t);
  esc_loc call_result (gcall *call);
  void finish_call_result (gcall *call, esc_loc result);

private:
  gimple *stmt;			/* the statement being read */
  uint32_t step;		/* its place along the control flow */
  block_steps *steps;		/* block index -> its steps */
  esc_loc *ssa;			/* SSA name version -> location */
  unsigned nssa;
  hash_map<tree, int> *objects;	/* decl -> object location */
  hash_map<tree, int> *scoped;	/* local decl -> the loop depth of its
				   scope, when deeper than the call */
  hash_map<tree, int> *word_index;	/* split decl -> first in words */
  vec<esc_loc> words;		/* words of split aggregates */
  hash_map<tree, tree> *constants;	/* read-only global -> its
					   initializer, or error_mark_node
					   (constant_contents) */

  int local_depth (tree decl);
  void read_statement (gimple *);
  void read_assign (gassign *);
  void read_phi (gphi *);
  void read_return (greturn *);
  void read_asm (gasm *);
  void lose_sources (gassign *);
  void lose_offset (tree offset);
  void lose_offsets (tree ref);
  esc_loc ssa_loc (tree name);
  esc_loc address_of (tree ref);
  tree constant_contents (tree decl);
  bool read_initializer (tree init, esc_loc held, int *leaves);
  esc_loc read_table (tree ref, tree table, bool elements);
  esc_loc unknown_value (tree t, const char *what);
  void sink_tree (tree t, const char *what);
  int param_index (tree parm);
  unsigned decl_words (tree decl);
  friend tree sink_operand (tree *, int *, void *);
};

/* The id the core knows the function FNDECL by, called or referred to
   from FROM, or -1 when the body that runs is not known (call_target).  */
int function_id (tree fndecl, cgraph_node *from);
/* The source name of FNDECL: a copy GCC made (the split part of a
   partially inlined function, "f.part.0") is named after its origin.  */
const char *source_name (tree fndecl);
/* DECL's symbol: its assembler name, without the '*' a name the user
   gave (`__asm__ ("read")') starts with (build.cc).  */
const char *symbol_name (tree decl);
/* The index of PARM among FNDECL's parameters, or -1 (build.cc).  */
int param_index (tree fndecl, tree parm);
/* Whether a value of TYPE can carry a pointer (build.cc explains).  */
bool carries_pointer (tree type);

/* ---- Calls (calls.cc, builtins.cc). ---- */

/* Read CALL into FG's graph.  */
void read_call (function_graph &fg, gcall *call);
/* Builtins, internal functions, allocation calls: true if CALL is one
   and was read (builtins.cc).  */
bool read_special_call (function_graph &fg, gcall *call);
/* A call to code, direct (CALLEE_ID >= 0) or through FNPTR.  */
void read_code_call (function_graph &fg, gcall *call, int callee_id,
		     esc_loc fnptr, const char *name);
/* Whether CALL to FNDECL, whose body is not analysed, may call back into
   the unit without the core seeing it: unknown code, not a library
   function of the table (whose callbacks the core follows).  */
bool may_call_back (tree fndecl, gcall *call);
/* Whether CALL to FNDECL is the C library's, of the reviewed table: code
   that holds no slots.  */
bool modelled_library_p (tree fndecl, gcall *call);
/* The program calls NAME, which may register user code that a library
   function then calls (printf hooks, atexit handlers): analyze.cc says so
   for every function it sees declared, before reading calls.  True if
   NAME is a registration.  */
bool note_hook_registration (const char *name);
/* The registration a destructor function amounts to (exit runs it).  */
#define DESTRUCTOR_REGISTRATION "__attribute__ ((destructor))"
/* The registration a handler amounts to when it is only of signals that
   reads and writes do not raise (raise and kill run it, and the mask
   functions).  */
#define SENT_SIGNAL_REGISTRATION "a handler of signals only sent"
/* ... and the registration of a choice of the signal a descriptor
   raises (fcntl's F_SETSIG): the handlers of signals only sent are then
   of any.  */
#define SIGNAL_REDIRECTION "fcntl (F_SETSIG)"
void forget_hook_registrations (void);
/* Whether NAME (as a program or dlsym spells it, also under glibc's __
   and __libc_ prefixes) is registration I.  */
bool names_registration_p (const char *name, size_t i);
/* The name of registration I, NULL past the last.  */
const char *hook_registration_at (size_t i);

/* ---- Decisions and reports (analyze.cc, report.cc, rewrite.cc). ---- */

/* The site placements for a function after solving.  */
struct decisions
{
  struct esc_site *sites;	/* parallel to function_graph::sites */
  int nsites;
  struct esc_limits limits;
};

void report_function (function_graph &, const esc_summary *,
		      const struct decisions *, bool rewritten);
void report_unit_end (void);

/* malloc's alignment guarantee, alignof (max_align_t): a slot's least
   alignment.  */
uint64_t malloc_alignment (void);
/* Apply the decisions to FG's body; true if it changed.  cfun must be
   FG's function.  */
bool rewrite_function (function_graph &, const struct decisions *);
/* A GIMPLE asm operand: constraint C, value V.  */
tree asm_operand (const char *c, tree v);
/* STMT moves to a block of its own, *THEN_BB, run when CODE OP0 OP1
   (operands computed before STMT) holds, unlikely unless LIKELY; the
   statements after it go to *REST_BB, where both ways meet.  Returns
   the block of the test.  */
basic_block move_into_branch (gimple *stmt, enum tree_code code, tree op0,
			      tree op1, bool likely, basic_block *then_bb,
			      basic_block *rest_bb);
/* Whether FNDECL is the C library's pthread_attr_setstacksize.  */
bool thread_stack_setter_p (tree fndecl);
/* Raise every thread stack size FUN sets by BYTES (rewrite.cc explains),
   and report each: its direct calls of the setter, and when SETTER (the
   setter's declaration, whose address the program takes) is given, its
   calls through pointers of that shape.  FUN must be cfun; true if it
   changed.  */
bool raise_thread_stacks (function *fun, tree setter, uint64_t bytes);
void report_raised_stack (gcall *call, uint64_t bytes);

/* A new weak thread-local variable NAME of TYPE, zero at a thread's
   start, shared by the units and shared objects of a program
   (rewrite.cc).  */
tree new_thread_variable (const char *name, tree type);

/* ---- The side stack's run-time code (sidestack.cc). ---- */

/* The push function, emitted with a region of BYTES when first asked
   for; the pop and rewind functions, once the push is.  */
tree side_push_function (unsigned HOST_WIDE_INT bytes);
tree side_pop_function (void);
tree side_rewind_function (void);
/* The words of the thread's side stack state: the next free byte, the
   region's end and base, the top segment's frame token and header, and
   whether a push, pop or rewind is under way (sidestack.cc).  */
enum side_word { SIDE_CUR, SIDE_END, SIDE_BASE, SIDE_TOP, SIDE_HDR,
		 SIDE_BUSY, SIDE_WORDS };
/* Word W of the state.  */
tree side_state_word (int w);
/* A segment's header: the top and header it covers.  */
#define SIDE_HEADER_BYTES 16
/* Larger requests take the heap without looking (the rounding to the
   alignment cannot wrap).  */
#define SIDE_MAX_REQUEST ((unsigned HOST_WIDE_INT) 1 << 30)
/* The busy word's test and set, an asm whose operand 0 is the word and
   whose carry flag says whether it was set (sidestack.cc
   append_busy_window).  */
#define SIDE_BUSY_SET_ASM "btsq $0, %0"
/* The pass after the tail-call check that puts the push's common case,
   the pop and the rewind inline, and frees of budgeted objects behind a
   branch (fastpath.cc).  */
opt_pass *make_fast_path_pass (gcc::context *);
/* The pops before FUN's returns (rewrite.cc).  */
void insert_side_pops (function *fun);
/* Whether STMT calls the unit's push, pop or rewind.  */
bool side_push_call_p (const gimple *stmt);
bool side_pop_call_p (const gimple *stmt);
bool side_rewind_call_p (const gimple *stmt);

/* ---- The budget against sibling calls (sibcall.cc). ---- */

/* The text of the asm each budgeted object's test goes through
   (rewrite.cc): an assembler comment.  */
#define ESC_BUDGET_TEST_ASM ASM_COMMENT_START " escape: alloca budget test"
/* The text of the compiler barrier before each side stack pop, and
   before each rewind.  */
#define ESC_SIDE_POP_ASM ASM_COMMENT_START " escape: side stack pop"
#define ESC_SIDE_REWIND_ASM ASM_COMMENT_START " escape: side stack rewind"

/* The rewrite budgeted objects in FNDECL; NO_REENTRY (taken over) holds
   the callees whose calls the analysis found cannot lead back to it.  */
void note_budgeted_function (tree fndecl, hash_set<tree> *no_reentry);
/* The passes just before and after GCC's tail-call pass.  */
opt_pass *make_tail_hide_pass (gcc::context *);
opt_pass *make_tail_check_pass (gcc::context *);
/* Say that FUN's budget was undone: CALL became a sibling call that may
   lead back to it, or, with NEVER_READ, allocates an object never read
   that its budget's code would keep (report.cc).  */
void report_budget_undone (gcall *call, bool never_read = false);

#endif /* ESCAPE_BRIDGE_H */
