/* words.c -- the report's vocabulary: the words of every note, and the
   stable rule id of each verdict and reason.

   The last link of the core's chain: it reads placements (policy.c),
   verdicts (solve.c) and summaries (leaks.c) and says them, Go-style:
     moved to stack (N bytes)            moved to stack when size <= K
     does not escape                     (local, but the rewrite is off)
     escapes: <reason>                   does not escape, stays on heap: <reason>
     leaking param: p                    leaking param content: p
     leaking param: p to result ~r0 level=L
     leaking param: p into *q            frees param: p
     p does not escape
     flow: DST = SRC (reason)            (report=2: one note per step)
   The wording is an interface (doc/escape.md lists it; tests and users
   grep it), so it lives here once.  The bridge supplies what only it can
   name, through struct esc_namer: the function, parameters, and the
   objects it made (declarations, allocation calls); and it prints.  */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

static char *
format (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  char *s = esc_xrealloc (NULL, n > 0 ? (size_t) n + 1 : 1);
  va_start (ap, fmt);
  vsnprintf (s, n > 0 ? (size_t) n + 1 : 1, fmt, ap);
  va_end (ap);
  return s;
}

static char *
copy (const char *s)
{
  return format ("%s", s);
}

static const char *
param_name (const struct esc_namer *nm, int k)
{
  const char *name = nm->param ? nm->param (nm->data, k) : NULL;
  return name ? name : "<unnamed>";
}

/* What a location the source does not name is called.  */
static const char temporary[] = "a temporary";

char *
esc_describe (const esc_graph *g, esc_loc l, const struct esc_namer *nm)
{
  int k = esc_loc_index (g, l);
  enum esc_loc_kind kind = esc_loc_kind (g, l);
  switch (kind)
    {
    case ESC_LOC_HEAP:
      return copy ("the heap");
    case ESC_LOC_RESULT:
      return copy ("the result");
    case ESC_LOC_PARAM:
      return format ("parameter '%s'", param_name (nm, k));
    case ESC_LOC_PARAM_OBJ:
      return format ("*%s", param_name (nm, k));
    case ESC_LOC_PARAM_DEEP:
      return format ("memory reachable from '%s'", param_name (nm, k));
    case ESC_LOC_PARAM_SCALAR:
      return format ("what integers reachable from '%s' point to",
		     param_name (nm, k));
    case ESC_LOC_FUNC:
      return copy ("a function");
    default:
      break;
    }
  esc_loc owner = esc_part_owner (g, l);
  if (owner != ESC_NO_LOC)
    {
      char *of = esc_describe (g, owner, nm);
      char *r = format ("the scalars of %s", of);
      free (of);
      return r;
    }
  char *named = nm->object ? nm->object (nm->data, kind,
					 esc_loc_origin (g, l))
			   : NULL;
  return named ? named : copy (temporary);
}

/* ---- The rules: one stable id per verdict and reason. ---- */

/* The ids are an interface, like the notes' wording (doc/escape.md
   lists both): tools group and filter results by them (the report file,
   escape-report), so an id never changes meaning, and a new reason gets
   a new id.  */
static const struct esc_rule
{
  const char *id, *description;
} rules[] = {
  { "escape.moved", "moved to a stack slot" },
  { "escape.moved.guarded",
    "moved to a stack buffer used when the run-time size fits" },
  { "escape.moved.alloca",
    "moved to stack space taken at run time (alloca) while the thread's "
    "alloca budget lasts: an object that gets no slot" },
  { "escape.moved.side-stack",
    "moved to the thread's side stack, a region off the stack, while it "
    "has room: an object that gets no slot" },
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
  { "escape.escapes.variadic", "escapes: passed as a variadic argument" },
  { "escape.escapes.thread", "escapes: handed to another thread" },
  { "escape.escapes.kept", "escapes: kept by a library for later" },
  { "escape.escapes.sent", "escapes: its address is written out" },
  { "escape.escapes.printed", "escapes: its address is printed (%p)" },
  { "escape.escapes.untracked",
    "escapes: its address is kept in a form the analysis does not follow "
    "(a double, a narrower integer)" },
  { "escape.escapes.asm", "escapes: passed to inline asm" },
  { "escape.escapes.escaping-memory",
    "escapes: stored to memory that escapes" },
  { "escape.escapes.outlives-iteration",
    "escapes: outlives its loop iteration" },
  { "escape.escapes.freed-by-callee", "escapes: freed by a callee" },
  { "escape.escapes.not-analysed", "escapes: the function was not analysed" },
  { "escape.heap.too-large", "stays on heap: too large for the stack" },
  { "escape.heap.variable-size", "stays on heap: variable size" },
  { "escape.heap.size-queried",
    "stays on heap: its size is read by __builtin_object_size" },
  { "escape.heap.access-type",
    "stays on heap: accessed as a type larger than its slot" },
  { "escape.heap.frame-budget", "stays on heap: frame budget reached" },
  { "escape.heap.stack-budget",
    "stays on heap: stack budget reached along a chain of calls" },
  { "escape.heap.recursion", "stays on heap: in a function that may recurse" },
  { "escape.heap.small-stack", "stays on heap: may run on a small stack" },
  { "escape.heap.sibling-call",
    "stays on heap: a slot would keep a sibling call a call" },
  { "escape.heap.irreducible-loop", "stays on heap: in an irreducible loop" },
  { "escape.heap.resized", "stays on heap: resized" },
  { "escape.heap.alignment",
    "stays on heap: alignment not available on the stack" },
  { "escape.heap.allocator",
    "stays on heap: an allocator the rewrite does not replace" },
  { "escape.heap.unsafe-function",
    "stays on heap: the function calls setjmp, has nonlocal labels, SIMD "
    "clones or SIMD loops" },
  { "escape.heap.other", "stays on heap" },
  { "escape.param.leaking", "parameter: what it points to may outlive the "
			    "call" },
  { "escape.param.leaking-content",
    "parameter: what is reachable through it may outlive the call" },
  { "escape.param.to-result", "parameter: may be returned" },
  { "escape.param.into", "parameter: stored into the caller's memory behind "
			 "another parameter" },
  { "escape.param.frees", "parameter: the function frees what it points to" },
  { "escape.param.no-escape", "parameter: does not escape" },
  { "escape.stack.raised",
    "a thread's stack size, raised by max-stack-size and alloca-budget "
    "for slots of other files" },
  { "escape.budget.undone",
    "the alloca budget of a function undone: GCC made a call that may "
    "lead back to it a sibling call, or an object it budgeted is never "
    "read and goes, as GCC deletes it without the budget; its budgeted "
    "objects take the heap" },
};

const char *
esc_rule_description (const char *id)
{
  for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
    if (!strcmp (rules[i].id, id))
      return rules[i].description;
  return NULL;
}

int
esc_rule_count (void)
{
  return (int) (sizeof rules / sizeof rules[0]);
}

const char *
esc_rule_at (int i)
{
  return i >= 0 && i < esc_rule_count () ? rules[i].id : NULL;
}

/* The id PREFIX + KIND, from the table (so that it outlives the call).  */
static const char *
rule_id (const char *prefix, const char *kind)
{
  size_t n = strlen (prefix);
  for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
    if (!strncmp (rules[i].id, prefix, n) && !strcmp (rules[i].id + n, kind))
      return rules[i].id;
  return "escape.escapes.escaping-memory";
}

/* ---- The vocabulary's tables. ---- */

/* A phrase with holes: {s} takes a string, {n} a signed and {u} an
   unsigned number.  */
struct phrase_args
{
  const char *s;
  long long n;
  unsigned long long u;
};

static char *
expand (const char *phrase, const struct phrase_args *a)
{
  size_t cap = strlen (phrase) + (a->s ? strlen (a->s) : 0) + 64;
  char *out = esc_xrealloc (NULL, cap), *o = out;
  for (const char *p = phrase; *p; p++)
    {
      if (p[0] == '{' && p[1] && p[2] == '}')
	{
	  if (p[1] == 's')
	    o += sprintf (o, "%s", a->s ? a->s : "?");
	  else if (p[1] == 'n')
	    /* A constant size past INT64_MAX is counted as that.  */
	    o += sprintf (o, a->n == INT64_MAX ? "at least %lld" : "%lld",
			  a->n);
	  else
	    o += sprintf (o, "%llu", a->u);
	  p += 2;
	}
      else
	*o++ = *p;
    }
  *o = 0;
  return out;
}

/* Why a flow put an object in HEAP, by the flow's kind; CALL has two
   rows, for a named callee and for a call through a pointer.  */
static const struct why_phrase
{
  enum esc_why_kind kind;
  bool named;			/* the row for calls with a callee name */
  const char *rule, *phrase;
} why_phrases[] = {
  { ESC_WHY_CALL, true, "escape.escapes.leaking-param",
    "passed to '{s}' (parameter {n} leaks)" },
  { ESC_WHY_CALL, false, "escape.escapes.leaking-param-indirect",
    "passed to a function called through a pointer (parameter {n} leaks)" },
  { ESC_WHY_UNKNOWN_CALL, true, "escape.escapes.unknown-function",
    "passed to unknown function '{s}'" },
  { ESC_WHY_INDIRECT_CALL, false, "escape.escapes.unknown-indirect-call",
    "passed to an unknown function through a pointer" },
  { ESC_WHY_VARARGS, true, "escape.escapes.variadic",
    "passed to variadic '{s}'" },
  { ESC_WHY_THREAD, true, "escape.escapes.thread",
    "handed to another thread by '{s}'" },
  { ESC_WHY_KEPT, true, "escape.escapes.kept", "kept by '{s}'" },
  { ESC_WHY_SENT, true, "escape.escapes.sent", "sent out by '{s}'" },
  { ESC_WHY_ASM, false, "escape.escapes.asm", "passed to inline asm" },
  { ESC_WHY_UNANALYSED, true, "escape.escapes.not-analysed",
    "not analysed: {s}" },
  { ESC_WHY_UNTRACKED, true, "escape.escapes.untracked",
    "kept as {s}, which the analysis does not follow" },
  { ESC_WHY_PRINTED, true, "escape.escapes.printed",
    "its address is printed by '{s}'" },
};

/* ... and for a static chain (ESC_ARGNO_CHAIN), which has no number.  */
static const struct why_phrase chain_phrases[] = {
  { ESC_WHY_CALL, true, "escape.escapes.leaking-param",
    "passed to '{s}' (its static chain leaks)" },
  { ESC_WHY_CALL, false, "escape.escapes.leaking-param-indirect",
    "passed to a function called through a pointer (its static chain "
    "leaks)" },
};

/* Why a local object stays on the heap, by the policy's reason.  */
static const struct keep_phrase
{
  enum esc_keep_reason reason;
  const char *rule, *phrase;
} keep_phrases[] = {
  { ESC_KEEP_TOO_LARGE, "escape.heap.too-large",
    "too large for stack: {n} bytes > {u}" },
  { ESC_KEEP_VARIABLE_SIZE, "escape.heap.variable-size", "variable size" },
  { ESC_KEEP_ACCESS_TYPE, "escape.heap.access-type",
    "accessed as '{s}' ({u} bytes), larger than its slot" },
  { ESC_KEEP_FRAME_BUDGET, "escape.heap.frame-budget",
    "frame budget: max-frame-size={u} bytes reached" },
  { ESC_KEEP_RECURSION, "escape.heap.recursion",
    "in a function that may recurse" },
  { ESC_KEEP_IRREDUCIBLE, "escape.heap.irreducible-loop",
    "in an irreducible loop" },
  { ESC_KEEP_RESIZED, "escape.heap.resized", "resized by '{s}'" },
  { ESC_KEEP_ALIGNMENT, "escape.heap.alignment",
    "alignment not available on the stack" },
  { ESC_KEEP_SMALL_STACK, "escape.heap.small-stack",
    "may run on a small stack (a coroutine's, a signal handler's, a "
    "thread's of set size; or marked escape_no_stack)" },
  { ESC_KEEP_SIBLING_CALL, "escape.heap.sibling-call",
    "a slot would keep a later call from being a sibling call" },
  { ESC_KEEP_STACK_BUDGET, "escape.heap.stack-budget",
    "stack budget: max-stack-size={u} bytes reached along a chain of "
    "calls" },
  { ESC_KEEP_NOT_REPLACEABLE, "escape.heap.allocator", "allocated by '{s}'" },
};

/* ---- Reasons an object escapes. ---- */

char *
esc_why_words (const struct esc_why *why, const struct esc_namer *nm,
	       const char **rule)
{
  const char *id = "escape.escapes.escaping-memory";
  const char *phrase = "stored to memory that escapes";
  bool chain = why->kind == ESC_WHY_CALL && why->argno == ESC_ARGNO_CHAIN;
  const struct why_phrase *rows = chain ? chain_phrases : why_phrases;
  size_t nrows = chain ? sizeof chain_phrases / sizeof chain_phrases[0]
		 : sizeof why_phrases / sizeof why_phrases[0];
  for (size_t i = 0; i < nrows; i++)
    if (rows[i].kind == why->kind
	&& (why->kind != ESC_WHY_CALL
	    || rows[i].named == (why->callee != NULL)))
      {
	id = rows[i].rule;
	phrase = rows[i].phrase;
	break;
      }
  int argno = why->argno;
  if (argno > 0 && why->site && nm && nm->argument)
    argno = nm->argument (nm->data, why->site, argno);
  struct phrase_args a = { why->callee, argno, 0 };
  if (why->kind == ESC_WHY_UNANALYSED && !why->callee)
    a.s = "statement";
  if (rule)
    *rule = id;
  return expand (phrase, &a);
}

/* Why the object of verdict V escapes.  */
static char *
escape_words (const esc_graph *g, const struct esc_verdict *v,
	      const struct esc_namer *nm, const char **rule)
{
  if (v->holder == ESC_NO_LOC)
    {
      *rule = "escape.escapes.not-analysed";
      return copy ("not analysed");
    }
  int k = esc_loc_index (g, v->holder);
  switch (esc_loc_kind (g, v->holder))
    {
    case ESC_LOC_RESULT:
      *rule = "escape.escapes.returned";
      return format ("returned from '%s'",
		     nm->function ? nm->function : "?");
    case ESC_LOC_GLOBAL:
      {
	/* Its rule is its kind: global, static or thread-local.  */
	const char *kind = "global";
	char *name = nm->variable
		     ? nm->variable (nm->data, esc_loc_origin (g, v->holder),
				     &kind)
		     : NULL;
	*rule = rule_id ("escape.escapes.", kind);
	char *r = format ("stored to %s %s", kind, name ? name : "'?'");
	free (name);
	return r;
      }
    case ESC_LOC_PARAM_OBJ:
      *rule = "escape.escapes.param-object";
      return format ("stored through parameter '%s'", param_name (nm, k));
    case ESC_LOC_PARAM_DEEP:
    case ESC_LOC_PARAM_SCALAR:
      *rule = "escape.escapes.param-memory";
      return format ("stored into memory reachable from parameter '%s'",
		     param_name (nm, k));
    case ESC_LOC_HEAP:
      return esc_why_words (&v->why, nm, rule);
    default:
      {
	*rule = "escape.escapes.held";
	char *holder = esc_describe (g, v->holder, nm);
	char *r = format ("stored in %s, which escapes", holder);
	free (holder);
	return r;
      }
    }
}

/* Why the local object of S stays on the heap.  */
static char *
keep_words (const struct esc_site *s, const struct esc_limits *lim,
	    const char **rule)
{
  if (s->reason == ESC_KEEP_VARIABLE_SIZE && s->size_query)
    {
      *rule = "escape.heap.size-queried";
      return format ("its size is read by '%s'", s->size_query);
    }
  if (s->reason == ESC_KEEP_FRAME_BUDGET && lim->frame_size_warned)
    {
      *rule = "escape.heap.frame-budget";
      return copy ("frame budget: none, since the build warns about frame "
		   "sizes (-Wframe-larger-than=, -Wstack-usage=)");
    }
  if (s->reason == ESC_KEEP_UNSAFE_FUNCTION)
    {
      *rule = "escape.heap.unsafe-function";
      return copy (lim->unsafe == ESC_UNSAFE_SETJMP ? "function calls setjmp"
		   : lim->unsafe == ESC_UNSAFE_SIMD_CLONES
		   ? "function has SIMD clones"
		   : lim->unsafe == ESC_UNSAFE_SIMD_LOOPS
		   ? "function has SIMD loops"
		   : "function has nonlocal labels");
    }
  struct phrase_args a = { NULL, (long long) s->size, 0 };
  if (s->reason == ESC_KEEP_TOO_LARGE)
    a.u = lim->max_object_size;
  else if (s->reason == ESC_KEEP_FRAME_BUDGET)
    a.u = lim->max_frame_size;
  else if (s->reason == ESC_KEEP_STACK_BUDGET)
    a.u = lim->max_stack_size;
  else if (s->reason == ESC_KEEP_ACCESS_TYPE)
    {
      a.s = s->access_type;
      a.u = (unsigned long long) s->access_bytes;
    }
  else if (s->reason == ESC_KEEP_RESIZED)
    a.s = s->cause.callee ? s->cause.callee : "realloc";
  else if (s->reason == ESC_KEEP_NOT_REPLACEABLE)
    a.s = s->allocator ? s->allocator : "an unknown allocator";
  for (size_t i = 0; i < sizeof keep_phrases / sizeof keep_phrases[0]; i++)
    if (keep_phrases[i].reason == s->reason)
      {
	*rule = keep_phrases[i].rule;
	return expand (keep_phrases[i].phrase, &a);
      }
  *rule = "escape.heap.other";
  return copy ("kept on heap");
}

/* The note of a site the policy converted.  */
static char *
moved_words (const struct esc_site *s, const struct esc_limits *lim,
	     bool rewritten, const char **rule)
{
  bool fixed = s->placement == ESC_PLACE_STACK;
  if (!rewritten)
    {
      *rule = "escape.local";
      return copy (fixed || s->placement == ESC_PLACE_BUDGETED
		   ? "does not escape"
		   : "does not escape, stays on heap: variable size");
    }
  if (s->placement == ESC_PLACE_BUDGETED)
    {
      /* At least one byte, as rewrite.cc takes: malloc (0) is a
	 distinct pointer.  */
      unsigned long long taken = s->size > 0 ? (unsigned long long) s->size
					     : 1;
      const char *unit = taken == 1 ? "byte" : "bytes";
      if (lim->side_stack)
	{
	  *rule = "escape.moved.side-stack";
	  return s->size >= 0
		 ? format ("moved to the side stack while the thread's region "
			   "has room (%llu %s)", taken, unit)
		 : copy ("moved to the side stack while the thread's region "
			 "has room");
	}
      *rule = "escape.moved.alloca";
      return s->size >= 0
	     ? format ("moved to stack while the thread's alloca budget "
		       "lasts (%llu %s)", taken, unit)
	     : format ("moved to stack while the thread's alloca budget "
		       "lasts, when size <= %llu",
		       (unsigned long long) esc_budget_limit (lim));
    }
  *rule = fixed ? "escape.moved" : "escape.moved.guarded";
  return fixed ? format ("moved to stack (%llu %s)",
			 (unsigned long long) s->slot_bytes,
			 s->slot_bytes == 1 ? "byte" : "bytes")
	       : format ("moved to stack when size <= %llu",
			 (unsigned long long) s->slot_bytes);
}

/* Why the object of S escapes: the policy's reason, or the solver's.  */
static char *
site_escape_words (const esc_graph *g, const struct esc_site *s,
		   const struct esc_limits *lim, const struct esc_namer *nm,
		   const char **rule)
{
  switch (s->reason)
    {
    case ESC_KEEP_NOT_ANALYSED:
      *rule = "escape.escapes.not-analysed";
      return format ("not analysed: %s", lim->unanalysed);
    case ESC_KEEP_OUTLIVES_ITERATION:
      *rule = "escape.escapes.outlives-iteration";
      return copy ("outlives its loop iteration");
    case ESC_KEEP_FREED_BY_CALLEE:
      *rule = "escape.escapes.freed-by-callee";
      return s->cause.callee ? format ("freed by '%s'", s->cause.callee)
			     : copy ("freed by a call through a pointer");
    default:
      return escape_words (g, &s->verdict, nm, rule);
    }
}

char *
esc_site_words (const esc_graph *g, const struct esc_site *s,
		const struct esc_limits *lim, bool rewritten,
		const struct esc_namer *nm, const char **rule, bool *missed)
{
  const char *id;
  char *r, *why;
  bool converted = s->placement == ESC_PLACE_STACK
		   || s->placement == ESC_PLACE_GUARDED
		   || s->placement == ESC_PLACE_BUDGETED;
  *missed = !(converted && rewritten);
  if (converted)
    r = moved_words (s, lim, rewritten, &id);
  else
    {
      bool escapes = s->placement == ESC_PLACE_ESCAPES;
      why = escapes ? site_escape_words (g, s, lim, nm, &id)
		    : keep_words (s, lim, &id);
      r = format ("%s: %s", escapes ? "escapes"
			    : "does not escape, stays on heap", why);
      free (why);
    }
  if (rule)
    *rule = id;
  return r;
}

/* ---- Thread stacks. ---- */

char *
esc_raised_stack_words (uint64_t bytes, const char **rule)
{
  if (rule)
    *rule = "escape.stack.raised";
  return format ("thread stack size raised by %llu bytes "
		 "(max-stack-size + alloca-budget), for slots of other "
		 "files",
		 (unsigned long long) bytes);
}

char *
esc_budget_undone_words (const char *function, bool never_read,
			 bool side_stack, const char **rule)
{
  if (rule)
    *rule = "escape.budget.undone";
  const char *what = side_stack ? "side stack" : "alloca budget";
  if (never_read)
    return format ("%s of '%s' undone: this object is never read, and is "
		   "deleted as without the %s, so that a call that may lead "
		   "back to it can become a sibling call; its %s objects stay "
		   "on the heap", what, function,
		   side_stack ? "side stack" : "budget",
		   side_stack ? "pushed" : "budgeted");
  return format ("%s of '%s' undone: this call became a sibling call that "
		 "may lead back to it; its %s objects stay on the heap", what,
		 function, side_stack ? "pushed" : "budgeted");
}

/* ---- Parameters. ---- */

void
esc_param_words (const esc_summary *s, int k, const struct esc_namer *nm,
		 esc_words_fn *fn, void *data)
{
  const char *name = param_name (nm, k);
  bool said = false;
  char *note;
#define SAY(RULE, ...)							\
  (note = format (__VA_ARGS__), fn (data, note, RULE), free (note),	\
   said = true)
  /* Leaking only what the caller's integers point to (ESC_LEVEL_SCALARS)
     leaks no pointer the caller passed: no note, as for the result.  */
  if (esc_leaks_heap (s, k) == 0)
    SAY ("escape.param.leaking", "leaking param: %s", name);
  else if (esc_leaks_heap (s, k) == 1)
    SAY ("escape.param.leaking-content", "leaking param content: %s",
	 name);
  /* A result of integers read through p (ESC_LEVEL_SCALARS) leaks no
     pointer: Go says nothing of it either.  */
  for (int l = 0; l < 2; l++)
    if (esc_leaks_result (s, k, l))
      SAY ("escape.param.to-result",
	   "leaking param: %s to result ~r0 level=%d", name, l);
  for (int j = 0; j < s->nparams; j++)
    for (int m = 0; m < 2; m++)
      for (int l = 0; l < 2; l++)
	if (esc_leaks_into (s, k, j, m, l))
	  SAY ("escape.param.into", "leaking param%s: %s into %s%s",
	       l ? " content" : "", name, m ? "**" : "*",
	       param_name (nm, j));
  for (int l = 0; l < 2; l++)
    if (esc_frees_param (s, k, l))
      SAY ("escape.param.frees", "frees param%s: %s", l ? " content" : "",
	   name);
  if (!said)
    SAY ("escape.param.no-escape", "%s does not escape", name);
#undef SAY
}

/* ---- Flow paths (report=2). ---- */

char *
esc_step_words (const esc_graph *g, esc_loc dst, esc_loc src, bool address,
		const struct esc_why *why, const struct esc_namer *nm)
{
  char *to = esc_describe (g, dst, nm);
  if (src == dst)
    {
      char *r = why->callee ? format ("  flow: '%s' frees %s", why->callee, to)
			    : format ("  flow: a call through a pointer frees %s",
				      to);
      free (to);
      return r;
    }
  char *from = src == ESC_NO_LOC ? copy ("what an escaping object holds")
				 : esc_describe (g, src, nm);
  char *reason = why->kind != ESC_WHY_FLOW && why->kind != ESC_WHY_RETURN
		 ? esc_why_words (why, nm, NULL) : NULL;
  /* "a temporary = a temporary" tells the reader nothing.  */
  if (!address && !reason && !strcmp (to, temporary)
      && !strcmp (from, temporary))
    {
      free (from);
      free (to);
      return NULL;
    }
  char *r = format ("  flow: %s = %s%s%s%s%s", to, address ? "&" : "", from,
		    reason ? " (" : "", reason ? reason : "",
		    reason ? ")" : "");
  free (reason);
  free (from);
  free (to);
  return r;
}
