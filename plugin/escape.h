/* escape.h -- the analysis core's public C API.

   The core is plain C11 and knows nothing of GCC.  The bridge (the .cc files)
   reads one function's GIMPLE into an esc_graph, asks the core to solve it,
   and reads back verdicts, summaries and explanations.  The core never calls
   into GCC; `origin' and `site' pointers are the bridge's own and are only
   handed back.

   The model (Go's escape analysis, extended for C):
   - A location is a place that holds pointers: a register value (SSA name),
     or the memory of an object (an allocation, a local variable in memory, a
     global, the caller's objects behind a parameter, the function's result).
     A location's points-to set is the set of objects whose address it may
     hold.
   - A flow dst <- src with derefs d is Go's edge: d = -1 is dst = &src,
     d = 0 is dst = src, d = 1 is dst = *src.  When dst is an object, the
     object's memory receives the value.
   - A store *p = src (esc_store) writes into every object p may point to.
     This is where C needs more than Go: Go sends every store through a
     pointer to the heap; here a store into a local object stays local.
   - HEAP stands for all memory this function does not own: globals,
     unknown code, escaped objects.  Whatever HEAP holds escapes, and what an
     escaped object holds escapes with it.
   - Calls to functions of the unit apply their summaries, at the call or,
     for calls through a pointer, once the pointer's targets are known.
   - Lifetime: every holder has a depth: -1 for memory that outlives the
     call (HEAP, globals, result, the caller's objects), 0 for the frame,
     the loop depth for an allocation, and depth(L)-1 for a PHI at the
     header of loop L (it carries values into the next iteration).  An
     allocation held by something shallower than itself outlives its loop
     iteration; held by depth -1, it escapes.

   Invariants.  Ids are the graph's own or ESC_NO_LOC ("no pointer":
   flows with it are dropped).  Any other id breaks an invariant: under
   checking (esc_set_checking) the core aborts; otherwise it fails closed
   and takes the id for HEAP, so what it touches escapes.  Nothing is
   added to a graph after esc_solve but by esc_reapply_summary; should it
   be, every verdict of the graph is "escapes".  */

#ifndef ESCAPE_H
#define ESCAPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int32_t esc_loc;
#define ESC_NO_LOC ((esc_loc) -1)

/* Abort on a broken invariant (GCC's -fchecking) rather than fail
   closed.  */
void esc_set_checking (bool);

/* Depth of locations that do not limit lifetimes (ordinary SSA values).  */
#define ESC_DEPTH_NONE INT32_MAX

enum esc_loc_kind
{
  ESC_LOC_HEAP,		/* memory this function does not own; one per graph */
  ESC_LOC_RESULT,	/* the function's result; what it holds is returned */
  ESC_LOC_VALUE,	/* a register value: SSA name or temporary */
  ESC_LOC_ALLOC,	/* the object of an allocation site */
  ESC_LOC_LOCAL,	/* a local variable in memory; lives for the call */
  ESC_LOC_GLOBAL,	/* a global, static or thread-local variable */
  ESC_LOC_FUNC,		/* a function of the unit, as a pointer target */
  ESC_LOC_PARAM,	/* the incoming value of parameter k */
  ESC_LOC_PARAM_OBJ,	/* the caller's object parameter k points to */
  ESC_LOC_PARAM_DEEP,	/* the caller's objects reachable from that one */
  ESC_LOC_PARAM_SCALAR,	/* what integers in the caller's memory reachable
			   from parameter k may point to */
  ESC_LOC_FRAME		/* frame memory a statement makes (alloca); lives
			   for the call */
};

/* Why a flow exists: the bridge describes each flow so that reports can
   say why an object escaped.  Copied by value into the graph.  */
enum esc_why_kind
{
  ESC_WHY_FLOW,		/* assignment, address, load, store, PHI, arithmetic */
  ESC_WHY_RETURN,	/* return statement */
  ESC_WHY_CALL,		/* argument to a call with a summary or model */
  ESC_WHY_UNKNOWN_CALL,	/* argument to a function nothing is known of */
  ESC_WHY_INDIRECT_CALL,/* argument to a call through an unknown pointer */
  ESC_WHY_VARARGS,	/* passed as a variadic argument of a unit function */
  ESC_WHY_THREAD,	/* handed to another thread */
  ESC_WHY_KEPT,		/* kept by a library for later (setvbuf, strtok) */
  ESC_WHY_SENT,		/* its bytes are written out (write, fwrite, send) */
  ESC_WHY_ASM,		/* operand of inline asm */
  ESC_WHY_INT_TO_PTR,	/* pointer made from an integer: points anywhere */
  ESC_WHY_UNTRACKED,	/* turned into a form the analysis does not
			   follow; callee: what form */
  ESC_WHY_PRINTED,	/* its address is printed (%p) by callee */
  ESC_WHY_UNANALYSED	/* statement the bridge does not understand */
};

/* The argument a GNU nested function's static chain is, in an esc_why:
   it has no number in the source.  */
#define ESC_ARGNO_CHAIN (-1)

struct esc_why
{
  enum esc_why_kind kind;
  const void *site;	/* the bridge's statement, or NULL */
  const char *callee;	/* called function's name for call kinds, or NULL */
  int argno;		/* 1-based argument number for call kinds, else 0;
			   ESC_ARGNO_CHAIN: the static chain */
  uint32_t step;	/* the statement's 1-based place along the control
			   flow, 0 when none: of two reasons, the note
			   gives the earlier one */
};

typedef struct esc_program esc_program;
typedef struct esc_graph esc_graph;
typedef struct esc_summary esc_summary;

/* ---- The unit: summaries of its functions, by the bridge's ids. ---- */

esc_program *esc_program_new (void);
void esc_program_free (esc_program *);
/* Record FUNC_ID's summary (copied).  A function with no summary is
   opaque: its arguments escape.  */
void esc_program_set_summary (esc_program *, int func_id, const esc_summary *);
void esc_program_clear_summary (esc_program *, int func_id);
const esc_summary *esc_program_summary (const esc_program *, int func_id);

/* ---- One function's graph. ---- */

/* NPARAMS counts the parameters a caller passes, static chain included
   (as the last one) when HAS_CHAIN.  */
esc_graph *esc_graph_new (const esc_program *, int nparams, bool has_chain);
void esc_graph_free (esc_graph *);

esc_loc esc_heap (const esc_graph *);
esc_loc esc_result (const esc_graph *);
/* The incoming value of parameter K (0-based); it points to the caller's
   object for K.  */
esc_loc esc_param (const esc_graph *, int k);
/* A sink for values turned into forms the analysis does not follow: a
   floating-point value, an integer narrower than a pointer, a character
   that leaves the function.  The objects of the frame whose addresses
   reach it escape; the caller's objects reaching it go into the summary
   (the caller's objects escape, or only those its integers point to).  */
esc_loc esc_untracked (esc_graph *);
/* The object standing for function FUNC_ID of the unit (memoized).  */
esc_loc esc_func (esc_graph *, int func_id);

/* A new location.  DEPTH: loop depth for ESC_LOC_ALLOC, depth(L)-1 for a
   loop-header PHI of L, ESC_DEPTH_NONE for other values; ignored for other
   kinds.  ORIGIN is the bridge's and comes back in queries; one type per
   kind: for ALLOC and FRAME the statement that makes the object, for
   LOCAL and GLOBAL the declaration (or the string literal) it is, for a
   VALUE the SSA name it is or NULL.  Kinds HEAP, RESULT, PARAM* and FUNC
   are made by the graph, with no origin.  */
esc_loc esc_loc_new (esc_graph *, enum esc_loc_kind, int32_t depth,
		     const void *origin);
enum esc_loc_kind esc_loc_kind (const esc_graph *, esc_loc);
const void *esc_loc_origin (const esc_graph *, esc_loc);
int32_t esc_loc_depth (const esc_graph *, esc_loc);
/* For PARAM and PARAM_*: the parameter's index; for FUNC the function
   id; else -1.  */
int esc_loc_index (const esc_graph *, esc_loc);
int esc_loc_count (const esc_graph *);

/* Mark an object as a GNU C trampoline: a call through a pointer to it
   calls the functions stored in it, with its contents as static chain.  */
void esc_mark_trampoline (esc_graph *, esc_loc);

/* What part of an object's memory an access reads or writes.  A frame
   object (allocation or local) keeps what was stored as pointers apart
   from what was stored as integers or floats: C reads a value back with
   the type it was stored with, so `n = b->len' does not pick up
   `b->data'.  Character, union and may_alias accesses (byte copies,
   type punning) touch both.  Other objects have one part.  */
enum esc_content
{
  ESC_CONTENT_ANY,
  ESC_CONTENT_POINTER,
  ESC_CONTENT_SCALAR
};

/* The locations an access of CONTENT to object OBJ touches, into PARTS;
   returns how many (1 or 2).  */
int esc_object_parts (const esc_graph *, esc_loc obj, enum esc_content,
		      esc_loc parts[2]);
/* The object a scalar part belongs to, or ESC_NO_LOC.  */
esc_loc esc_part_owner (const esc_graph *, esc_loc);

/* dst <- src with DEREFS (-1: &src, 0: src, k>0: k loads).  */
void esc_flow (esc_graph *, esc_loc dst, esc_loc src, int derefs,
	       const struct esc_why *);
/* VALUE written into (INTO_OBJECT) or read from the CONTENT part of
   object OBJ.  */
void esc_object_flow (esc_graph *, esc_loc obj, esc_loc value,
		      enum esc_content, bool into_object,
		      const struct esc_why *);
/* A value holding everything reachable through V (t = *v; t = *t).  One
   per V: it only ever reads, so every call passing V shares it.  */
esc_loc esc_reachable (esc_graph *, esc_loc v, const struct esc_why *);
/* A new value that may point to memory this function does not own (an
   integer made into a pointer, what unknown code returns), made at
   statement SITE.  */
esc_loc esc_anywhere (esc_graph *, const void *site);
/* *ptr <- src with DEREFS: a store into every object PTR may point to.  */
void esc_store (esc_graph *, esc_loc ptr, esc_loc src, int derefs,
		const struct esc_why *);
/* dst <- *ptr and *ptr <- src, touching only CONTENT of the objects.  */
void esc_load_part (esc_graph *, esc_loc dst, esc_loc ptr, enum esc_content,
		    const struct esc_why *);
void esc_store_part (esc_graph *, esc_loc ptr, esc_loc src, enum esc_content,
		     const struct esc_why *);

/* A call.  CALLEE_ID >= 0 is a direct call to a function of the unit
   (summary from the program, or opaque); otherwise FNPTR is the called
   pointer.  ARGS[i] are value locations (ESC_NO_LOC for arguments that
   cannot carry pointers); RESULT receives the return value (may be
   ESC_NO_LOC).  WHY->site, WHY->callee describe the call; argno is set by
   the core per argument.  CHAINED: the last of ARGS is the static chain
   the call passes (a GNU nested function's parent frame), which goes to
   the callee's chain parameter, whatever the number of the arguments
   before it (a variadic nested function's).  */
struct esc_call
{
  int callee_id;
  esc_loc fnptr;
  const esc_loc *args;
  int nargs;
  esc_loc result;
  struct esc_why why;
  bool chained;
};
void esc_call (esc_graph *, const struct esc_call *);

/* free (ptr): the objects PTR may point to are released at WHY->site.  */
void esc_free (esc_graph *, esc_loc ptr, const struct esc_why *);
/* getline's buffer (or a realloc the rewrite cannot redo): released and
   replaced; an object that may reach it can never live on the stack.  */
void esc_resize (esc_graph *, esc_loc ptr, const struct esc_why *);
/* realloc's old pointer: released and replaced.  The rewrite can redo
   the call for one slot (a new heap block and a copy of the slot), so
   an object it may reach keeps its slot when it is the only converted
   one (policy.c).  */
void esc_realloc (esc_graph *, esc_loc ptr, const struct esc_why *);
/* The function asks BUILTIN (__builtin_object_size, ...) for the size of
   what PTR points to; the policy keeps such objects' answers their own.
   ONLY_CHECKED: the answer only bounds a check (_FORTIFY_SOURCE's), which
   a slot changes only for objects whose size GCC does not know on the
   heap (a strdup result: no check there, one against the slot, which
   fails a bound that is a limit: snprintf's).  */
void esc_size_query (esc_graph *, esc_loc ptr, const char *builtin,
		     bool only_checked);
/* FN (memchr, strncmp, ...) reads what PTR points to up to BOUND bytes
   (-1: not a constant yet), a limit it may stop short of, in CALL (the
   bridge's statement).  GCC takes a constant bound for the size read,
   and a read bigger than a stack variable for one that cannot touch it:
   stores into a slot smaller than the bound would be deleted as dead.
   The policy keeps such objects on the heap unless their slot holds a
   constant BOUND; a bound that is not a constant yet, the rewrite keeps
   from becoming one (esc_bounds_to_pin).  */
void esc_access_bound (esc_graph *, esc_loc ptr, const char *fn,
		       int64_t bound, const void *call);
/* PTR is dereferenced as TYPE of BYTES, an aggregate (not a union), a
   vector or a complex type, of which part may be accessed:
   GCC's alias oracle takes an access through a pointer to a type larger
   than a variable for one that cannot touch it, and a slot smaller than
   the type (a flexible array member's struct, allocated as
   offsetof (struct s, data) + n) would lose the stores read that way.
   The policy keeps such objects on the heap.  */
void esc_access_type (esc_graph *, esc_loc ptr, const char *type,
		      int64_t bytes);
/* FN (strncpy, stpncpy) writes what PTR points to up to a bound that is
   not a constant, and GCC warns about such a bound (-Wstringop-
   truncation, in -Wall) unless it finds the destination's size in the
   call that allocated it, which a slot has not; or FN is
   __builtin_object_size of type 1 or 3, whose answer on a slot differs
   at any size.  The policy keeps such objects on the heap.  */
void esc_allocated_size_read (esc_graph *, esc_loc ptr, const char *fn);

/* ---- The library table (libc.c, libc-models.def). ---- */

typedef struct esc_libc_model esc_libc_model;
/* The row of library function NAME ("__builtin_" stripped), or NULL.
   Whether a call may use the row is the bridge's to say: only calls of
   the library's own declaration.  */
const esc_libc_model *esc_libc_model_find (const char *name);
int esc_libc_model_count (void);
const esc_libc_model *esc_libc_model_at (int i);
const char *esc_libc_model_name (const esc_libc_model *);
/* The letter for argument I (libc-models.def explains them).  */
char esc_libc_model_letter (const esc_libc_model *, unsigned i);
/* The row's result: 'n' not a pointer, 'a' points only into arguments
   marked returned, 'h' may point to memory that is not ours.  */
char esc_libc_model_result (const esc_libc_model *);
/* How many arguments the row describes, and whether more may follow.  */
int esc_libc_model_arity (const esc_libc_model *, bool *variadic);
/* Whether the row takes a callback ('c'), which esc_libc_call calls.  */
bool esc_libc_model_takes_callback (const esc_libc_model *);
/* A call with MODEL's row.  ARG (DATA, I) gives argument I's value
   (ESC_NO_LOC when it can carry no pointer); it is asked once per
   argument, in order, between the flows of earlier arguments.  RESULT
   receives the call's value (or ESC_NO_LOC).  CALL: the call's site and
   callee name.  PRINTED: bit I set when argument I's bits are printed
   (printf's %p, or %lx of an integer made from a pointer): text that
   another part of the program may read back into a pointer, so what it
   points to escapes.  Bit 63 stands for argument 63 and all after it
   (C allows 127 arguments).  */
typedef esc_loc esc_arg_fn (void *data, unsigned i);
void esc_libc_call (esc_graph *, const esc_libc_model *, unsigned nargs,
		    esc_arg_fn *arg, void *data, esc_loc result,
		    const struct esc_why *call, uint64_t printed);

/* Solve.  After this, only queries, or esc_reapply_summary.  */
void esc_solve (esc_graph *);

/* FUNC_ID's summary changed since G was solved, from OLD, the summary
   G's calls applied: add to every call that applied it what the summary
   has now and OLD did not, for esc_solve to solve G again.  The sets
   then hold what those of a graph built afresh would, and more only if
   the summary lost something, which those of a recursive component do
   not (they only grow); members may come in another order, by another
   flow first.  False, changing nothing, when there is no summary now or
   its shape changed: build G again.  */
bool esc_reapply_summary (esc_graph *, int func_id, const esc_summary *old);

/* ---- Queries (after esc_solve). ---- */

/* The objects LOC may point to, in increasing id order.  */
size_t esc_points_to_count (const esc_graph *, esc_loc);
esc_loc esc_points_to_at (const esc_graph *, esc_loc, size_t i);
bool esc_may_point_to (const esc_graph *, esc_loc ptr, esc_loc obj);

struct esc_verdict
{
  bool escapes;			/* reaches memory that outlives the call */
  bool outlives_iteration;	/* may survive into a later loop iteration */
  bool freed_by_callee;		/* a callee may free or realloc it */
  /* The loop depth within one iteration of which it lives, 0 for the
     call (-1 when it escapes): no holder of a shallower depth holds it,
     so it is dead when an iteration of its loop at that depth ends.  */
  int32_t lives_within;
  /* When escapes: the holder that outlives the call and first held it
     (HEAP, a GLOBAL, RESULT, a PARAM_OBJ/DEEP, or an escaping object), and
     the flow that put it there.  When only outlives_iteration: the holder
     that carried it across.  */
  esc_loc holder;
  struct esc_why why;
  /* When freed_by_callee: the call that frees it.  Kept apart from why,
     which an object that also outlives its iteration needs for that.  */
  struct esc_why freed_why;
};
struct esc_verdict esc_verdict_of (const esc_graph *, esc_loc obj);

/* What the calls reached once solved: FN (DATA, ID) for each function
   whose summary a call applied (a target found through a pointer too);
   true if any call reached unknown code.  */
typedef void esc_reached_fn (void *data, int func_id);
bool esc_calls_reached (const esc_graph *, esc_reached_fn *fn, void *data);

/* FN (DATA, ID) for each function the graph names (called, or its
   address taken): a superset of those whose summaries it may use, so a
   graph built again while none of their summaries changed is the same
   graph.  Solved or not.  */
void esc_functions_named (const esc_graph *, esc_reached_fn *fn, void *data);

/* Free sites, in the order given.  may_free_other: the site may also
   release an object that is not an allocation of this function (a
   parameter's, one from the heap, or one allocated by a callee).  */
struct esc_free_site
{
  esc_loc ptr;
  struct esc_why why;
  bool by_callee;		/* a callee frees (summary), not this function */
  bool resizes;			/* realloc-like: the object must be heap */
  bool copies;			/* a realloc the rewrite redoes for a slot */
};
int esc_free_site_count (const esc_graph *);
const struct esc_free_site *esc_free_site_at (const esc_graph *, int);

/* The flow path from OBJ to its verdict's holder, one step per call of FN,
   from the object outwards.  Each step is dst = &src (ADDRESS) or dst
   received what src held; SRC is ESC_NO_LOC where a solver rule moved
   it (an escaped object's contents escape with it).  An object a callee
   frees, and that does not escape, gets the path to the freeing call's
   argument and then one step with DST == SRC, the call itself.  */
typedef void esc_explain_fn (void *data, esc_loc dst, esc_loc src,
			     bool address, const struct esc_why *why);
void esc_explain (const esc_graph *, esc_loc obj, esc_explain_fn *, void *);

/* Print the solved graph, one location per line with its points-to set
   (for -fdump-ipa-escape).  */
void esc_dump (const esc_graph *, FILE *);

/* ---- The call graph: which functions may recurse (callgraph.c). ---- */

/* Functions are numbered 0 .. NFUNCS-1 by the bridge.  */
typedef struct esc_callgraph esc_callgraph;
esc_callgraph *esc_callgraph_new (int nfuncs);
void esc_callgraph_free (esc_callgraph *);
/* F calls G directly.  */
void esc_callgraph_call (esc_callgraph *, int f, int g);
/* Unknown code may call F: its address is taken, or it is visible to
   code that is not analysed.  */
void esc_callgraph_entry (esc_callgraph *, int f);
/* F calls code that is not analysed and may call back: through a
   pointer, an interposable symbol, a library that takes a callback.  */
void esc_callgraph_calls_unknown (esc_callgraph *, int f);
/* F calls code compiled elsewhere that does not call back (a function
   of another file declared `leaf'), whose own slots may add BYTES below
   F's frame: the budget that code had where it was compiled.  */
void esc_callgraph_calls_elsewhere (esc_callgraph *, int f, uint64_t bytes);
/* F runs on a stack of its own, which may be small: a makecontext
   coroutine, a thread given its stack size, a handler on sigaltstack.  */
void esc_callgraph_small_stack (esc_callgraph *, int f);
/* Once every fact is in.  */
void esc_callgraph_solve (esc_callgraph *);
/* Whether F may run on such a stack (true for an F out of range).  */
bool esc_callgraph_on_small_stack (const esc_callgraph *, int f);
/* The stack slots add along call chains.  Components are decided in
   order (callees first); once a function's slots are placed, SET_FRAME
   says how many bytes they take, and STACK_BELOW gives, for a function
   not decided yet, the most its callees' slots add below it.  */
void esc_callgraph_set_frame (esc_callgraph *, int f, uint64_t bytes);
/* F's place in that order: its component's number.  */
int esc_callgraph_rank (const esc_callgraph *, int f);
uint64_t esc_callgraph_stack_below (esc_callgraph *, int f);
/* Whether F may be on the stack twice (true for an F out of range).  */
bool esc_callgraph_may_recurse (const esc_callgraph *, int f);
/* Whether a call from F to G (-1: unknown code) may lead back to F: G
   lies on a cycle with F (true for an F or G out of range).  */
bool esc_callgraph_may_reenter (const esc_callgraph *, int f, int g);
/* The strongly connected components, callees first: how many, and the
   functions of component C (returns their number).  */
int esc_callgraph_component_count (const esc_callgraph *);
int esc_callgraph_component (const esc_callgraph *, int c,
			     const int32_t **members);

/* ---- Policy: which local objects take a stack slot (policy.c). ---- */

enum esc_placement
{
  ESC_PLACE_ESCAPES,		/* outlives the call: heap */
  ESC_PLACE_HEAP,		/* local, but stays on the heap: see reason */
  ESC_PLACE_STACK,		/* a fixed stack slot of slot_bytes */
  ESC_PLACE_GUARDED,		/* size <= slot_bytes ? slot : heap, at run time */
  ESC_PLACE_BUDGETED		/* no slot (recursion, outlives its loop
				   iteration, budgets spent): alloca while
				   the thread's alloca budget lasts, else
				   heap */
};

enum esc_keep_reason
{
  ESC_KEEP_NONE,
  ESC_KEEP_TOO_LARGE,		/* constant size > max-object-size */
  ESC_KEEP_VARIABLE_SIZE,	/* size unknown and no guarded buffer, or
				   the function reads the size (size_query) */
  ESC_KEEP_ACCESS_TYPE,		/* accessed as a type larger than its slot */
  ESC_KEEP_FRAME_BUDGET,	/* would pass max-frame-size */
  ESC_KEEP_RECURSION,		/* the function may recurse */
  ESC_KEEP_OUTLIVES_ITERATION,	/* survives into its loop's next iteration
				   (placement ESCAPES) */
  ESC_KEEP_IRREDUCIBLE,		/* allocated in an irreducible loop */
  ESC_KEEP_FREED_BY_CALLEE,	/* a callee frees or reallocs it (placement
				   ESCAPES) */
  ESC_KEEP_RESIZED,		/* realloc'd or getline'd here */
  ESC_KEEP_ALIGNMENT,		/* alignment the stack slot cannot promise */
  ESC_KEEP_NOT_REPLACEABLE,	/* an allocator the rewrite cannot replace */
  ESC_KEEP_UNSAFE_FUNCTION,	/* the function's body rules out rewrites */
  ESC_KEEP_NOT_ANALYSED,	/* the function's body was not understood
				   (placement ESCAPES) */
  ESC_KEEP_SMALL_STACK,		/* may run on a small stack of its own */
  ESC_KEEP_SIBLING_CALL,	/* a slot or alloca would keep a later call
				   from being a sibling call */
  ESC_KEEP_STACK_BUDGET		/* would pass max-stack-size along a chain
				   of calls */
};

struct esc_site
{
  /* In: from the bridge.  */
  esc_loc obj;
  int64_t size;			/* constant bytes, -1 if not known */
  uint64_t align;		/* requested alignment; 0 is malloc's */
  bool replaceable;		/* malloc, calloc, aligned_alloc, ... */
  bool guardable;		/* a run-time size may take a guarded slot */
  bool in_irreducible_loop;
  bool reaches_sibling_call;	/* a call that may be a sibling call may
				   follow: a slot would keep it a call (in
				   a function that may recurse, only a
				   call that may lead back to it) */
  /* The loops around the allocation, outermost first, as numbers the
     bridge gives (one per loop of the function): as many as its loop
     depth, or NULL when not known (no loop then gives back stack).  */
  const int32_t *loops;
  const char *allocator;	/* the allocation function's name */
  bool wrapper;			/* a call of the program's allocation
				   wrapper (an xmalloc): no budget, and its
				   size unknown to GCC */
  /* Out.  */
  enum esc_placement placement;
  enum esc_keep_reason reason;
  struct esc_why cause;		/* the free or call behind a free-related
				   reason (its callee names it) */
  uint64_t slot_bytes;		/* of the frame; 0 when budgeted */
  const char *size_query;	/* the builtin or call whose answer, limit
				   or bound kept it, if any */
  const char *access_type;	/* a type larger than its slot that it is
				   accessed as (esc_access_type), if any */
  int64_t access_bytes;		/* that type's size */
  struct esc_verdict verdict;
  int32_t loop_depth;		/* of the allocation, from the graph */
  bool loop_pops;		/* its innermost loop may give back the
				   stack each iteration takes (esc_loop_pops
				   will say so if it holds a budgeted
				   object) */
};

/* What in a function's body rules rewrites out.  */
enum esc_unsafe
{
  ESC_SAFE,
  ESC_UNSAFE_SETJMP,		/* control may come back through setjmp */
  ESC_UNSAFE_NONLOCAL_LABELS,	/* or through a nonlocal goto */
  ESC_UNSAFE_SIMD_CLONES,	/* GCC clones the rewritten body for SIMD
				   lanes, which would share its slots */
  ESC_UNSAFE_SIMD_LOOPS		/* a loop whose iterations GCC may run
				   at once (omp simd, ivdep), sharing a slot */
};

/* The alignment of the side stack's objects (sidestack.cc).  */
#define ESC_SIDE_STACK_ALIGN 16

struct esc_limits
{
  uint64_t max_object_size;
  uint64_t max_frame_size;
  bool frame_size_warned;	/* max_frame_size is 0 because the build
				   warns about frame sizes */
  uint64_t var_buffer;		/* guarded slot size; 0: none */
  bool recursive;		/* the function may be on the stack twice */
  uint64_t alloca_budget;	/* bytes per thread that objects without a
				   slot take at run time; 0: none */
  bool side_stack;		/* budgeted objects take the side stack, whose
				   space no loop gives back (yet), aligned to
				   ESC_SIDE_STACK_ALIGN */
  bool takes_stack;		/* the body allocas stack space itself, which
				   no loop may pop */
  bool gives_back_stack;	/* the body pops stack space before it
				   returns (a VLA's scope ends): run-time
				   stack space would go with it */
  bool sibling_calls;		/* the body may make sibling calls that may
				   lead back to it, which alloca rules out:
				   recursion through them would take a frame
				   per call */
  uint64_t alloca_align;	/* the alignment alloca gives */
  uint64_t slot_align;		/* the least a slot has: malloc's */
  bool redzones;		/* AddressSanitizer guards each slot */
  bool in_declaration_order;	/* -O0 lays out locals in the order of
				   their declarations: a slot's alignment
				   pads its neighbours too */
  bool stack_realigns;		/* the stack gives frames less than
				   slot_align (-mpreferred-stack-boundary=3):
				   a frame with a slot realigns */
  uint64_t canary;		/* what the stack protector adds to a frame
				   that gets a slot (a slot is an array, so
				   -fstack-protector-strong guards its
				   frame): its guard word, aligned; 0 */
  bool small_stack;		/* it may run on a small stack of its own */
  uint64_t max_stack_size;	/* what chains of calls may add, in all */
  uint64_t stack_room;		/* what is left for this function's slots
				   on the deepest chain through it */
  enum esc_unsafe unsafe;
  const char *unanalysed;	/* what in the body was not understood: then
				   every object escapes; NULL if none */
};

/* Decide every site of one solved graph, in the order given (the frame
   budget goes to earlier sites first).  */
void esc_place_sites (const esc_graph *, struct esc_site *, int nsites,
		      const struct esc_limits *);

/* The largest run-time size a budgeted object takes on the stack.  */
uint64_t esc_budget_limit (const struct esc_limits *);

/* Whether loop LOOP (a number of esc_site.loops) at DEPTH gives back the
   stack space of its budgeted objects at the end of each iteration (the
   stack pointer saved where the iteration starts and restored where it
   goes on to the next): it holds some, and each is dead by then.  */
bool esc_loop_pops (const struct esc_site *, int nsites, int32_t loop,
		    int32_t depth, const struct esc_limits *);

/* The bytes of stack the placed SITES take.  */
uint64_t esc_frame_bytes (const struct esc_site *sites, int nsites,
			  const struct esc_limits *);

/* What the rewrite does with each free site once sites are placed.  */
enum esc_free_action
{
  ESC_FREE_KEEP,		/* frees only heap objects */
  ESC_FREE_REMOVE,		/* frees only fixed slots: delete it */
  ESC_FREE_GUARD		/* may free a guarded slot: skip when on stack */
};
/* ACTIONS has esc_free_site_count entries.  */
void esc_free_actions (const esc_graph *, const struct esc_site *, int nsites,
		       enum esc_free_action *actions);
/* The calls whose bound the rewrite must keep from becoming a constant:
   a read up to a limit not yet a constant (esc_access_bound) that may
   see an object with a slot, fixed or guarded.  Once placed, GCC's
   later passes could fold the limit into one larger than the slot (a
   loop's sum, unrolled), and take the read for one that cannot touch
   it.  Stores the CALLs in CALLS, which has room for one per size
   query of the graph (esc_size_query_count), and returns how many; a
   call may come more than once.  */
int esc_size_query_count (const esc_graph *);
int esc_bounds_to_pin (const esc_graph *, const struct esc_site *, int nsites,
		       const void **calls);
/* Whether the function's own free at site F may release an object of a
   caller (reached through a parameter), which with the alloca budget may
   be one the caller budgeted: then the free skips pointers within the
   budget below the thread's mark.  */
bool esc_free_sees_callers (const esc_graph *, int f);

/* ---- Summaries: what a function does to its parameters. ---- */

/* Levels, as in Go: 0 is the parameter's value (what it points to),
   1 is anything reachable through what it points to.  For the result
   only, ESC_LEVEL_SCALARS says it holds nothing but integers read from
   the caller's memory reachable through the parameter (n = p->len): the
   caller's result gets those integers, not the pointers beside them.  */
#define ESC_LEVEL_NONE (-1)
#define ESC_LEVEL_SCALARS 2
#define ESC_LEVEL_BIT(l) ((uint8_t) (1u << (l)))

/* heap is the lowest level that leaks: leaking at 0 implies leaking at 1,
   since an escaped object's contents escape, and 1 implies
   ESC_LEVEL_SCALARS, which leaks only the objects whose addresses the
   caller keeps as integers or bytes in the memory it passes.  The other facts do not
   imply one another across levels (freeing n is not freeing n->buf), so
   they are sets of levels, ESC_LEVEL_BIT (L) each.  */
struct esc_param_summary
{
  int8_t heap;		/* "leaking param (content)", or ESC_LEVEL_NONE */
  uint8_t result;	/* levels that flow to the result */
  uint8_t frees;	/* levels freed or realloc'd */
  uint8_t resizes;	/* of those, levels realloc'd: memory that must be
			   the heap's, where a free could skip stack */
  uint8_t clobbered;	/* levels (*p: 0, deeper: 1) that receive unknown
			   pointers */
  /* into[j][M][C]: levels of this parameter stored into parameter j's
     object (M = 0) or deeper (M = 1), in its pointers (C = 0) or its
     integers (C = 1): a pointer stored as a pointer stays out of the
     integers the caller reads.  */
  uint8_t (*into)[2][2];
};

struct esc_summary
{
  int nparams;
  bool has_chain;		/* last parameter is the static chain */
  bool result_unknown;		/* the result may point to other memory */
  struct esc_param_summary *params;
};

/* Compute the summary of the solved graph (free with esc_summary_free).  */
esc_summary *esc_summarize (const esc_graph *);
void esc_summary_free (esc_summary *);
bool esc_summary_equal (const esc_summary *, const esc_summary *);
/* A summary with no effects: where a recursive component's fixed point
   starts.  */
esc_summary *esc_summarize_empty (int nparams);
/* A summary that says everything escapes: for opaque functions' reports.  */
esc_summary *esc_summary_opaque (int nparams, bool has_chain);

/* Parameter K's facts (Go's leaks.Heap (), leaks.Result (), ...): the
   lowest level that leaks to the heap or ESC_LEVEL_NONE; whether LEVEL
   flows to the result; is stored into parameter J's object (M = 0) or
   deeper (M = 1); is freed; receives unknown pointers.  */
int esc_leaks_heap (const esc_summary *, int k);
bool esc_leaks_result (const esc_summary *, int k, int level);
bool esc_leaks_into (const esc_summary *, int k, int j, int m, int level);
/* The same, into PART (ESC_CONTENT_POINTER or ESC_CONTENT_SCALAR) of
   that memory.  */
bool esc_leaks_into_part (const esc_summary *, int k, int j, int m,
			  int level, enum esc_content part);
bool esc_frees_param (const esc_summary *, int k, int level);
bool esc_resizes_param (const esc_summary *, int k, int level);
bool esc_param_clobbered (const esc_summary *, int k, int level);

/* ---- Words: the report's vocabulary (words.c). ---- */

/* What only the bridge can name.  Strings returned are malloc'd, or NULL
   for the core's default.  */
struct esc_namer
{
  void *data;
  const char *function;		/* the function reported */
  /* Parameter K's name ("static chain" past the named ones).  */
  const char *(*param) (void *data, int k);
  /* An object or value the bridge made, by its kind and origin: "the
     allocation at line 3", "'buf'", "global 'g'", "'p_1'" ...  */
  char *(*object) (void *data, enum esc_loc_kind, const void *origin);
  /* A global variable as a reason names it: its name ("'g'"), and
     through KIND "global", "static" or "thread-local".  */
  char *(*variable) (void *data, const void *origin, const char **kind);
  /* The number the source gives argument ARGNO (1-based) of the call at
     SITE, a statement of the bridge's: a clone GCC made of the callee
     may take fewer parameters (f.constprop.0 without a constant one).  */
  int (*argument) (void *data, const void *site, int argno);
};

/* Each function below returns malloc'd text and, through RULE (may be
   NULL), a stable rule id ("escape.moved", "escape.escapes.returned",
   "escape.heap.too-large", "escape.param.leaking", ...).  */

/* The note of placed site S.  REWRITTEN: the rewrite applies the
   placement (transform=yes).  *MISSED: not moved (a missed optimization
   for GCC's opt-info).  */
char *esc_site_words (const esc_graph *, const struct esc_site *s,
		      const struct esc_limits *, bool rewritten,
		      const struct esc_namer *, const char **rule,
		      bool *missed);
/* The note of a thread stack size the rewrite raised by BYTES.  */
char *esc_raised_stack_words (uint64_t bytes, const char **rule);
/* The note of a budget undone where GCC made a call that may lead back
   to FUNCTION a sibling call, or, with NEVER_READ, at an object never
   read that the budget's code would keep from GCC's deletion, and with
   it what stands between such a call and the return (sibcall.cc);
   SIDE_STACK: the budget's objects were on the side stack.  */
char *esc_budget_undone_words (const char *function, bool never_read,
			       bool side_stack, const char **rule);
/* Parameter K's notes, in order, each passed to FN.  */
typedef void esc_words_fn (void *data, const char *note, const char *rule);
void esc_param_words (const esc_summary *, int k, const struct esc_namer *,
		      esc_words_fn *fn, void *data);
/* One step of esc_explain: "  flow: DST = SRC (reason)", or for the
   freeing call "  flow: 'f' frees DST"; NULL for a step between two
   temporaries, which says nothing.  */
char *esc_step_words (const esc_graph *, esc_loc dst, esc_loc src,
		      bool address, const struct esc_why *,
		      const struct esc_namer *);
/* Location L, as flows and reasons name it.  */
char *esc_describe (const esc_graph *, esc_loc l, const struct esc_namer *);
/* Why a flow put something in HEAP: "passed to 'f' (parameter 1 leaks)".  */
char *esc_why_words (const struct esc_why *, const struct esc_namer *,
		     const char **rule);
/* The rules: how many, the id of rule I, and what rule ID means (NULL
   for an id that is none).  */
int esc_rule_count (void);
const char *esc_rule_at (int i);
const char *esc_rule_description (const char *id);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_H */
