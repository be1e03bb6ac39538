/* sarif-rules.cc -- the rule ids of the report file (sarif.h).

   Every note of the report is a result of one rule: "escape.VERDICT" or
   "escape.VERDICT.REASON".  The ids are an interface, like the notes'
   wording (doc/escape.md lists both): tools group and filter results by
   them, so an id never changes meaning, and a new reason gets a new id.
   esc_sarif_site_rule follows report.cc's site_note case by case; the
   report tests check that each result's text goes with its rule.  */

#include "gcc-includes.h"
#include "bridge.h"
#include "sarif.h"

const struct esc_sarif_rule esc_sarif_rules[] = {
  { "escape.moved", "moved to a stack slot" },
  { "escape.moved.guarded",
    "moved to a stack buffer used when the run-time size fits" },
  { "escape.local", "does not escape; not moved because transform=no" },

  { "escape.escapes.returned", "escapes: returned from the function" },
  { "escape.escapes.global", "escapes: stored to a global variable" },
  { "escape.escapes.static", "escapes: stored to a static variable" },
  { "escape.escapes.thread-local",
    "escapes: stored to a thread-local variable" },
  { "escape.escapes.param-object", "escapes: stored through a parameter" },
  { "escape.escapes.param-memory",
    "escapes: stored into memory reachable from a parameter" },
  { "escape.escapes.held", "escapes: held by another object that escapes" },
  { "escape.escapes.leaking-param",
    "escapes: passed to a function whose parameter leaks" },
  { "escape.escapes.leaking-param-indirect",
    "escapes: passed to a function called through a pointer whose "
    "parameter leaks" },
  { "escape.escapes.unknown-function",
    "escapes: passed to a function the plugin knows nothing of" },
  { "escape.escapes.unknown-indirect-call",
    "escapes: passed to an unknown function through a pointer" },
  { "escape.escapes.variadic",
    "escapes: passed as a variadic argument" },
  { "escape.escapes.thread", "escapes: handed to another thread" },
  { "escape.escapes.kept", "escapes: kept by a library for later" },
  { "escape.escapes.sent", "escapes: its address is written out" },
  { "escape.escapes.asm", "escapes: passed to inline asm" },
  { "escape.escapes.escaping-memory",
    "escapes: stored to memory that escapes" },
  { "escape.escapes.outlives-iteration",
    "escapes: outlives its loop iteration" },
  { "escape.escapes.freed-by-callee", "escapes: freed by a callee" },
  { "escape.escapes.not-analysed",
    "escapes: the function was not analysed" },

  { "escape.heap.too-large", "stays on heap: too large for the stack" },
  { "escape.heap.variable-size", "stays on heap: variable size" },
  { "escape.heap.size-queried",
    "stays on heap: its size is read by __builtin_object_size" },
  { "escape.heap.frame-budget", "stays on heap: frame budget reached" },
  { "escape.heap.recursion",
    "stays on heap: in a function that may recurse" },
  { "escape.heap.irreducible-loop", "stays on heap: in an irreducible loop" },
  { "escape.heap.shared-free",
    "stays on heap: shares a free with memory that is not moved" },
  { "escape.heap.resized", "stays on heap: resized" },
  { "escape.heap.alignment",
    "stays on heap: alignment not available on the stack" },
  { "escape.heap.allocator",
    "stays on heap: an allocator the rewrite does not replace" },
  { "escape.heap.unsafe-function",
    "stays on heap: the function calls setjmp or has nonlocal labels" },
  { "escape.heap.other", "stays on heap" },

  { ESC_RULE_PARAM_LEAKING, "parameter: what it points to may outlive "
			    "the call" },
  { ESC_RULE_PARAM_LEAKING_CONTENT,
    "parameter: what is reachable through it may outlive the call" },
  { ESC_RULE_PARAM_TO_RESULT, "parameter: may be returned" },
  { ESC_RULE_PARAM_INTO, "parameter: stored into the caller's memory "
			 "behind another parameter" },
  { ESC_RULE_PARAM_FREES, "parameter: the function frees what it points "
			  "to" },
  { ESC_RULE_PARAM_NO_ESCAPE, "parameter: does not escape" },
};

const int esc_sarif_nrules = sizeof esc_sarif_rules / sizeof esc_sarif_rules[0];

/* report.cc's heap_reason.  */
static const char *
heap_rule (const struct esc_why *why)
{
  switch (why->kind)
    {
    case ESC_WHY_CALL:
      return why->callee ? "escape.escapes.leaking-param"
			 : "escape.escapes.leaking-param-indirect";
    case ESC_WHY_UNKNOWN_CALL:
      return "escape.escapes.unknown-function";
    case ESC_WHY_INDIRECT_CALL:
      return "escape.escapes.unknown-indirect-call";
    case ESC_WHY_VARARGS:
      return "escape.escapes.variadic";
    case ESC_WHY_THREAD:
      return "escape.escapes.thread";
    case ESC_WHY_KEPT:
      return "escape.escapes.kept";
    case ESC_WHY_SENT:
      return "escape.escapes.sent";
    case ESC_WHY_ASM:
      return "escape.escapes.asm";
    case ESC_WHY_UNANALYSED:
      return "escape.escapes.not-analysed";
    default:
      return "escape.escapes.escaping-memory";
    }
}

/* report.cc's escape_reason.  */
static const char *
escape_rule (esc_fn *f, const struct esc_verdict &v)
{
  esc_graph *g = f->g;
  if (v.holder == ESC_NO_LOC)
    return "escape.escapes.not-analysed";
  switch (esc_loc_kind (g, v.holder))
    {
    case ESC_LOC_RESULT:
      return "escape.escapes.returned";
    case ESC_LOC_GLOBAL:
      {
	tree decl = (tree) esc_loc_origin (g, v.holder);
	if (DECL_THREAD_LOCAL_P (decl))
	  return "escape.escapes.thread-local";
	if (DECL_CONTEXT (decl)
	    && TREE_CODE (DECL_CONTEXT (decl)) == FUNCTION_DECL)
	  return "escape.escapes.static";
	return "escape.escapes.global";
      }
    case ESC_LOC_PARAM_OBJ:
      return "escape.escapes.param-object";
    case ESC_LOC_PARAM_DEEP:
    case ESC_LOC_PARAM_SCALAR:
      return "escape.escapes.param-memory";
    case ESC_LOC_HEAP:
      return heap_rule (&v.why);
    default:
      return "escape.escapes.held";
    }
}

/* report.cc's keep_reason.  */
static const char *
keep_rule (esc_fn *f, const struct esc_site &s, const esc_alloc_site &a)
{
  switch (s.reason)
    {
    case ESC_KEEP_TOO_LARGE:
      return "escape.heap.too-large";
    case ESC_KEEP_VARIABLE_SIZE:
      return a.size_query ? "escape.heap.size-queried"
			  : "escape.heap.variable-size";
    case ESC_KEEP_FRAME_BUDGET:
      return "escape.heap.frame-budget";
    case ESC_KEEP_RECURSION:
      return "escape.heap.recursion";
    case ESC_KEEP_IRREDUCIBLE:
      return "escape.heap.irreducible-loop";
    case ESC_KEEP_FREED_WITH_HEAP:
      return "escape.heap.shared-free";
    case ESC_KEEP_RESIZED:
      return "escape.heap.resized";
    case ESC_KEEP_ALIGNMENT:
      return "escape.heap.alignment";
    case ESC_KEEP_NOT_REPLACEABLE:
      return "escape.heap.allocator";
    case ESC_KEEP_UNSAFE_FUNCTION:
      return "escape.heap.unsafe-function";
    default:
      return "escape.heap.other";
    }
}

/* report.cc's site_note.  */
const char *
esc_sarif_site_rule (esc_fn *f, const struct esc_decisions *d, int i,
		     bool rewritten)
{
  const struct esc_site &s = d->sites[i];
  if (f->unanalysed)
    return "escape.escapes.not-analysed";
  switch (s.placement)
    {
    case ESC_PLACE_ESCAPES:
      return escape_rule (f, s.verdict);
    case ESC_PLACE_STACK:
      return rewritten ? "escape.moved" : "escape.local";
    case ESC_PLACE_GUARDED:
      return rewritten ? "escape.moved.guarded" : "escape.heap.variable-size";
    case ESC_PLACE_HEAP:
    default:
      if (s.reason == ESC_KEEP_OUTLIVES_ITERATION)
	return "escape.escapes.outlives-iteration";
      if (s.reason == ESC_KEEP_FREED_BY_CALLEE)
	return "escape.escapes.freed-by-callee";
      return keep_rule (f, s, f->sites[i]);
    }
}
