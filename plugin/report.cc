/* report.cc -- what the plugin tells the user, Go-style.

   One note per allocation call, at the call:
     moved to stack (N bytes)            moved to stack when size <= K
     does not escape                     (local, but the rewrite is off)
     escapes: <reason>                   does not escape, stays on heap: <reason>
   One note per pointer parameter, at the parameter, in Go's words:
     leaking param: p                    leaking param content: p
     leaking param: p to result ~r0 level=L
     leaking param: p into *q            (C's out-parameters; Go has none)
     frees param: p                      p does not escape
   Level 2 adds the flow path of every object that escapes or outlives
   its iteration, one note per step, at the step's statement.
   The same decisions go to GCC's optimization-info channel, so
   -fopt-info-optimized/-missed and -fsave-optimization-record carry them.
   The wording is an interface: tests and users grep it.  */

#include "gcc-includes.h"
#include "bridge.h"
#include "sarif.h"		/* report-file */

static const char *
decl_name_or (tree decl, const char *fallback)
{
  if (decl && DECL_P (decl) && DECL_NAME (decl))
    return IDENTIFIER_POINTER (DECL_NAME (decl));
  return fallback;
}

static tree
param_decl (esc_fn *f, int k)
{
  tree p = DECL_ARGUMENTS (f->fun->decl);
  for (int i = 0; p && i < k; i++)
    p = DECL_CHAIN (p);
  return p;
}

static const char *
param_name (esc_fn *f, int k)
{
  if (k >= f->nparams)
    return "static chain";
  return decl_name_or (param_decl (f, k), "<unnamed>");
}

static location_t
stmt_location (esc_fn *f, const void *site)
{
  location_t loc = site ? gimple_location ((const gimple *) site)
			: UNKNOWN_LOCATION;
  return loc != UNKNOWN_LOCATION ? loc
				 : DECL_SOURCE_LOCATION (f->fun->decl);
}

static int
line_of (esc_fn *f, const void *site)
{
  return LOCATION_LINE (stmt_location (f, site));
}

/* A short description of location L for reasons and paths.  */
static char *
describe (esc_fn *f, esc_loc l)
{
  esc_graph *g = f->g;
  const void *origin = esc_loc_origin (g, l);
  int k = esc_loc_index (g, l);
  switch (esc_loc_kind (g, l))
    {
    case ESC_LOC_HEAP:
      return xstrdup ("the heap");
    case ESC_LOC_RESULT:
      return xstrdup ("the result");
    case ESC_LOC_PARAM:
      return xasprintf ("parameter '%s'", param_name (f, k));
    case ESC_LOC_PARAM_OBJ:
      return xasprintf ("*%s", param_name (f, k));
    case ESC_LOC_PARAM_DEEP:
      return xasprintf ("memory reachable from '%s'", param_name (f, k));
    case ESC_LOC_PARAM_SCALAR:
      return xasprintf ("what integers reachable from '%s' point to",
			param_name (f, k));
    case ESC_LOC_GLOBAL:
      return xasprintf ("global '%s'", decl_name_or ((tree) origin, "?"));
    case ESC_LOC_ALLOC:
      return xasprintf ("the allocation at line %d", line_of (f, origin));
    case ESC_LOC_LOCAL:
      if (origin && TREE_CODE ((tree) origin) == STRING_CST)
	return xstrdup ("a string literal");
      if (origin && DECL_P ((tree) origin) && DECL_ARTIFICIAL ((tree) origin))
	{
	  /* GCC's own variables: name what they are for.  */
	  const char *name = decl_name_or ((tree) origin, "");
	  return xstrdup (startswith (name, "FRAME")
			  ? "the frame shared with nested functions"
			  : "a compiler temporary");
	}
      if (origin && DECL_P ((tree) origin))
	return xasprintf ("'%s'", decl_name_or ((tree) origin, "<local>"));
      return xasprintf ("the frame memory at line %d", line_of (f, origin));
    case ESC_LOC_FUNC:
      return xstrdup ("a function");
    case ESC_LOC_VALUE:
    default:
      if (esc_part_owner (g, l) != ESC_NO_LOC)
	{
	  char *owner = describe (f, esc_part_owner (g, l));
	  char *r = xasprintf ("the scalars of %s", owner);
	  free (owner);
	  return r;
	}
      if (origin && TREE_CODE ((tree) origin) == SSA_NAME
	  && SSA_NAME_VAR ((tree) origin)
	  && DECL_NAME (SSA_NAME_VAR ((tree) origin)))
	return xasprintf ("'%s_%u'",
			  decl_name_or (SSA_NAME_VAR ((tree) origin), "?"),
			  SSA_NAME_VERSION ((tree) origin));
      return xstrdup ("a temporary");
    }
}

/* Why a flow into the heap happened.  */
static char *
heap_reason (const struct esc_why *why)
{
  const char *callee = why->callee ? why->callee : "?";
  switch (why->kind)
    {
    case ESC_WHY_CALL:
      if (!why->callee)
	return xasprintf ("passed to a function called through a pointer "
			  "(parameter %d leaks)", why->argno);
      return xasprintf ("passed to '%s' (parameter %d leaks)", callee,
			why->argno);
    case ESC_WHY_UNKNOWN_CALL:
      return xasprintf ("passed to unknown function '%s'", callee);
    case ESC_WHY_INDIRECT_CALL:
      return xstrdup ("passed to an unknown function through a pointer");
    case ESC_WHY_VARARGS:
      return xasprintf ("passed to variadic '%s'", callee);
    case ESC_WHY_THREAD:
      return xasprintf ("handed to another thread by '%s'", callee);
    case ESC_WHY_KEPT:
      return xasprintf ("kept by '%s'", callee);
    case ESC_WHY_SENT:
      return xasprintf ("sent out by '%s'", callee);
    case ESC_WHY_ASM:
      return xstrdup ("passed to inline asm");
    case ESC_WHY_UNANALYSED:
      return xasprintf ("not analysed: %s", why->callee ? why->callee
						      : "statement");
    case ESC_WHY_INT_TO_PTR:
    case ESC_WHY_RETURN:
    case ESC_WHY_FLOW:
    default:
      return xstrdup ("stored to memory that escapes");
    }
}

static char *
escape_reason (esc_fn *f, const struct esc_verdict &v)
{
  esc_graph *g = f->g;
  if (v.holder == ESC_NO_LOC)
    return xstrdup ("not analysed");
  const void *origin = esc_loc_origin (g, v.holder);
  int k = esc_loc_index (g, v.holder);
  switch (esc_loc_kind (g, v.holder))
    {
    case ESC_LOC_RESULT:
      return xasprintf ("returned from '%s'", function_name (f->fun));
    case ESC_LOC_GLOBAL:
      {
	tree decl = (tree) origin;
	const char *what = DECL_THREAD_LOCAL_P (decl) ? "thread-local"
			   : DECL_CONTEXT (decl)
			     && TREE_CODE (DECL_CONTEXT (decl)) == FUNCTION_DECL
			     ? "static" : "global";
	return xasprintf ("stored to %s '%s'", what, decl_name_or (decl, "?"));
      }
    case ESC_LOC_PARAM_OBJ:
      return xasprintf ("stored through parameter '%s'", param_name (f, k));
    case ESC_LOC_PARAM_DEEP:
    case ESC_LOC_PARAM_SCALAR:
      return xasprintf ("stored into memory reachable from parameter '%s'",
			param_name (f, k));
    case ESC_LOC_HEAP:
      return heap_reason (&v.why);
    default:
      {
	char *holder = describe (f, v.holder);
	char *r = xasprintf ("stored in %s, which escapes", holder);
	free (holder);
	return r;
      }
    }
}

static char *
keep_reason (esc_fn *f, const struct esc_site &s,
	     const struct esc_limits &lim, const esc_alloc_site &a)
{
  switch (s.reason)
    {
    case ESC_KEEP_TOO_LARGE:
      return xasprintf ("too large for stack: %lld bytes > %llu",
			(long long) s.size,
			(unsigned long long) lim.max_object_size);
    case ESC_KEEP_VARIABLE_SIZE:
      if (a.size_query)
	return xasprintf ("its size is read by '%s'", a.size_query);
      return xstrdup ("variable size");
    case ESC_KEEP_FRAME_BUDGET:
      return xasprintf ("frame budget: max-frame-size=%llu bytes reached",
			(unsigned long long) lim.max_frame_size);
    case ESC_KEEP_RECURSION:
      return xstrdup ("in a function that may recurse");
    case ESC_KEEP_IRREDUCIBLE:
      return xstrdup ("in an irreducible loop");
    case ESC_KEEP_FREED_WITH_HEAP:
      return xstrdup ("shares a free with memory that is not moved");
    case ESC_KEEP_RESIZED:
      return xasprintf ("resized by '%s'", s.cause.callee ? s.cause.callee
							  : "realloc");
    case ESC_KEEP_ALIGNMENT:
      return xstrdup ("alignment not available on the stack");
    case ESC_KEEP_NOT_REPLACEABLE:
      {
	tree fndecl = gimple_call_fndecl (a.call);
	return xasprintf ("allocated by '%s'",
			  decl_name_or (fndecl, "an unknown allocator"));
      }
    case ESC_KEEP_UNSAFE_FUNCTION:
      return xstrdup (f->fun->calls_setjmp ? "function calls setjmp"
					   : "function has nonlocal labels");
    default:
      return xstrdup ("kept on heap");
    }
}

/* The note for site I, malloc'd.  MISSED says whether it is a missed
   optimization (for opt-info).  */
static char *
site_note (esc_fn *f, const struct esc_decisions *d, int i, bool rewritten,
	   bool *missed)
{
  const struct esc_site &s = d->sites[i];
  const esc_alloc_site &a = f->sites[i];
  *missed = true;
  if (f->unanalysed)
    return xasprintf ("escapes: not analysed: %s", f->unanalysed);
  switch (s.placement)
    {
    case ESC_PLACE_ESCAPES:
      {
	char *why = escape_reason (f, s.verdict);
	char *r = xasprintf ("escapes: %s", why);
	free (why);
	return r;
      }
    case ESC_PLACE_STACK:
      *missed = !rewritten;
      return rewritten ? xasprintf ("moved to stack (%llu bytes)",
				    (unsigned long long) s.slot_bytes)
		       : xstrdup ("does not escape");
    case ESC_PLACE_GUARDED:
      *missed = !rewritten;
      return rewritten ? xasprintf ("moved to stack when size <= %llu",
				    (unsigned long long) s.slot_bytes)
		       : xstrdup ("does not escape, stays on heap: "
				  "variable size");
    case ESC_PLACE_HEAP:
    default:
      if (s.reason == ESC_KEEP_OUTLIVES_ITERATION)
	return xstrdup ("escapes: outlives its loop iteration");
      if (s.reason == ESC_KEEP_FREED_BY_CALLEE)
	return s.cause.callee
	       ? xasprintf ("escapes: freed by '%s'", s.cause.callee)
	       : xstrdup ("escapes: freed by a call through a pointer");
      char *why = keep_reason (f, s, d->limits, a);
      char *r = xasprintf ("does not escape, stays on heap: %s", why);
      free (why);
      return r;
    }
}

/* Early inlining copies an allocation call into its callers, so one
   source call can be several sites.  Each (line, column, note) is said
   once per unit; copies that were decided differently each get theirs.  */
static hash_set<nofree_string_hash> *said_notes;

static bool
first_time_said (location_t loc, const char *note)
{
  if (!said_notes)
    said_notes = new hash_set<nofree_string_hash>;
  expanded_location x = expand_location (loc);
  char *key = xasprintf ("%s:%d:%d:%s", x.file ? x.file : "", x.line,
			 x.column, note);
  if (said_notes->add (key))
    {
      free (key);
      return false;
    }
  return true;
}

void
esc_report_unit_end (void)
{
  delete said_notes;
  said_notes = NULL;
}

struct explain_ctx
{
  esc_fn *f;
  location_t fallback;
  bool say;			/* report=2: a note per step */
  vec<esc_sarif_step> *steps;	/* report-file: collect the steps */
};

static void
report_step (void *data, esc_loc dst, esc_loc src, bool address,
	     const struct esc_why *why)
{
  struct explain_ctx *ctx = (struct explain_ctx *) data;
  location_t loc = why->site ? stmt_location (ctx->f, why->site)
			     : ctx->fallback;
  char *to = describe (ctx->f, dst);
  char *from = src == ESC_NO_LOC ? xstrdup ("what an escaping object holds")
				 : describe (ctx->f, src);
  char *reason = why->kind != ESC_WHY_FLOW && why->kind != ESC_WHY_RETURN
		 ? heap_reason (why) : NULL;
  char *step = xasprintf ("  flow: %s = %s%s%s%s%s", to, address ? "&" : "",
			  from, reason ? " (" : "", reason ? reason : "",
			  reason ? ")" : "");
  if (ctx->say)
    inform (loc, "%s", step);
  if (ctx->steps)
    {
      esc_sarif_step s = { loc, xstrdup (step + 2) };
      ctx->steps->safe_push (s);
    }
  free (step);
  free (reason);
  free (from);
  free (to);
}

/* Say NOTE at LOC unless it was said there before (a function split by
   GCC's partial inlining reports its parameters twice), and free it.
   RULE is its rule in the report file.  */
static void
say_once (esc_fn *f, location_t loc, const char *rule, char *note)
{
  if (first_time_said (loc, note))
    {
      if (esc_opts.report_level > 0)
	inform (loc, "%s", note);
      esc_sarif_result (loc, rule, note, function_name (f->fun), -1, NULL, 0);
    }
  free (note);
}

static void
report_param (esc_fn *f, const esc_summary *s, int k)
{
  tree parm = param_decl (f, k);
  if (!parm || !POINTER_TYPE_P (TREE_TYPE (parm)))
    return;
  location_t loc = DECL_SOURCE_LOCATION (parm);
  const char *name = param_name (f, k);
  const struct esc_param_summary *p = &s->params[k];
  bool said = false;
  if (p->heap == 0)
    say_once (f, loc, ESC_RULE_PARAM_LEAKING,
	      xasprintf ("leaking param: %s", name)), said = true;
  else if (p->heap == 1)
    say_once (f, loc, ESC_RULE_PARAM_LEAKING_CONTENT,
	      xasprintf ("leaking param content: %s", name)),
      said = true;
  /* A result of integers read through p (ESC_LEVEL_SCALARS) leaks no
     pointer: Go says nothing of it either.  */
  for (int l = 0; l < 2; l++)
    if (p->result & ESC_LEVEL_BIT (l))
      say_once (f, loc, ESC_RULE_PARAM_TO_RESULT,
		xasprintf ("leaking param: %s to result ~r0 level=%d",
			   name, l)),
	said = true;
  for (int j = 0; j < s->nparams; j++)
    for (int m = 0; m < 2; m++)
      for (int l = 0; l < 2; l++)
	if (p->into[j][m] & ESC_LEVEL_BIT (l))
	  {
	    say_once (f, loc, ESC_RULE_PARAM_INTO,
		      xasprintf ("leaking param%s: %s into %s%s",
				      l ? " content" : "", name,
				      m ? "**" : "*", param_name (f, j)));
	    said = true;
	  }
  for (int l = 0; l < 2; l++)
    if (p->frees & ESC_LEVEL_BIT (l))
      say_once (f, loc, ESC_RULE_PARAM_FREES,
		xasprintf ("frees param%s: %s", l ? " content" : "", name)),
	said = true;
  if (!said)
    say_once (f, loc, ESC_RULE_PARAM_NO_ESCAPE,
	      xasprintf ("%s does not escape", name));
}

void
esc_report_function (esc_fn *f, const esc_summary *summary,
		     const struct esc_decisions *d, bool rewritten)
{
  bool notes = esc_opts.report_level > 0;
  bool sarif = esc_sarif_active ();
  if (!notes && !sarif && !dump_enabled_p ())
    return;

  for (int i = 0; i < d->nsites; i++)
    {
      gcall *call = f->sites[i].call;
      location_t loc = stmt_location (f, call);
      bool missed;
      char *note = site_note (f, d, i, rewritten, &missed);
      bool first = first_time_said (loc, note);
      if (notes && first)
	inform (loc, "%s", note);
      if (dump_enabled_p ())
	dump_printf_loc (missed ? MSG_MISSED_OPTIMIZATION
				: MSG_OPTIMIZED_LOCATIONS,
			 dump_user_location_t (call), "%s\n", note);
      bool say_flow = notes && esc_opts.report_level >= 2;
      auto_vec<esc_sarif_step> steps;
      if (first && (say_flow || sarif) && !f->unanalysed
	  && (d->sites[i].verdict.escapes
	      || d->sites[i].verdict.outlives_iteration))
	{
	  struct explain_ctx ctx = { f, loc, say_flow, sarif ? &steps : NULL };
	  esc_explain (f->g, f->sites[i].obj, report_step, &ctx);
	}
      if (first && sarif)
	{
	  const char *rule = esc_sarif_site_rule (f, d, i, rewritten);
	  long long bytes = startswith (rule, "escape.moved")
			    ? (long long) d->sites[i].slot_bytes : -1;
	  esc_sarif_result (loc, rule, note, function_name (f->fun), bytes,
			    steps.address (), steps.length ());
	}
      for (unsigned k = 0; k < steps.length (); k++)
	free (const_cast<char *> (steps[k].message));
      free (note);
    }

  if ((!notes && !sarif) || !summary)
    return;
  for (int k = 0; k < f->nparams && k < summary->nparams; k++)
    report_param (f, summary, k);
}
