/* report.cc -- printing what the core decided, Go-style.

   The words are the core's (words.c); this file names what only GCC
   knows (functions, parameters, declarations, source lines) and prints:
   - one note per allocation call, at the call, once per source call and
     decision (early inlining copies a call into several functions);
   - one note per fact of each pointer parameter, at the parameter;
   - at report=2, the flow path of every object that escapes or outlives
     its iteration, one note per step, at the step's statement;
   - one note per thread stack size the rewrite raised, at the call.
   The same site decisions go to GCC's optimization-info channel, so
   -fopt-info-optimized/-missed and -fsave-optimization-record carry
   them, and every note, with its rule and flow, to the report file
   (sarif.cc) when one is asked for.  */

#include "gcc-includes.h"
#include "bridge.h"
#include "sarif.h"		/* the report file */

static const char *
decl_name_or (tree decl, const char *fallback)
{
  if (decl && DECL_P (decl) && DECL_NAME (decl))
    return IDENTIFIER_POINTER (DECL_NAME (decl));
  return fallback;
}

static tree
param_decl (function_graph &fg, int k)
{
  tree p = DECL_ARGUMENTS (fg.fun->decl);
  for (int i = 0; p && i < k; i++)
    p = DECL_CHAIN (p);
  return p;
}

static location_t
stmt_location (function *fun, const gimple *stmt)
{
  location_t loc = stmt ? gimple_location (stmt) : UNKNOWN_LOCATION;
  /* A location may carry a block (inlined from) but no place in the
     source: GCC would print it as "cc1:".  */
  return LOCATION_LOCUS (loc) != UNKNOWN_LOCATION
	 ? loc : DECL_SOURCE_LOCATION (fun->decl);
}

/* Print NOTE at LOC.  GCC heads the first note of a function with "In
   function 'f'", named after current_function_decl: a clone's
   (f.constprop, f.part.0) is headed by the source's function, as the
   notes name it (reported_name).  */
static void
say (location_t loc, const char *note)
{
  tree saved = current_function_decl;
  if (saved)
    current_function_decl = DECL_ORIGIN (saved);
  inform (loc, "%s", note);
  current_function_decl = saved;
}

/* GCC writes out an optimization record (-fsave-optimization-record)
   when the next one begins, under the function current then: end the
   records of a function while it is current, or each is filed under
   the next function (hunt 44-e).  */
static void
end_records (void)
{
  if (dump_enabled_p ())
    dump_context::get ().end_any_optinfo ();
}

/* ---- Names (struct esc_namer). ---- */

/* The function as the source names it: a clone GCC made (IPA-CP's
   f.constprop.0, IPA-SRA's f.isra.0) is reported as f.  */
static const char *
reported_name (function *fun)
{
  const char *name = source_name (fun->decl);
  return name ? name : function_name (fun);
}

static const char *
name_param (void *data, int k)
{
  function_graph &fg = *(function_graph *) data;
  if (k >= fg.nparams)
    return "static chain";
  return decl_name_or (param_decl (fg, k), "<unnamed>");
}

static char *
name_variable (void *data, const void *origin, const char **kind)
{
  tree decl = (tree) origin;
  *kind = DECL_THREAD_LOCAL_P (decl) ? "thread-local"
	  : DECL_CONTEXT (decl)
	    && TREE_CODE (DECL_CONTEXT (decl)) == FUNCTION_DECL
	  ? "static" : "global";
  return xasprintf ("'%s'", decl_name_or (decl, "?"));
}

static char *
name_object (void *data, enum esc_loc_kind kind, const void *origin)
{
  function_graph &fg = *(function_graph *) data;
  switch (kind)
    {
    case ESC_LOC_ALLOC:
      return xasprintf ("the allocation at line %d",
			LOCATION_LINE (stmt_location
				       (fg.fun, (const gimple *) origin)));
    case ESC_LOC_FRAME:
      return xasprintf ("the frame memory at line %d",
			LOCATION_LINE (stmt_location
				       (fg.fun, (const gimple *) origin)));
    case ESC_LOC_GLOBAL:
      {
	/* By its kind, as the verdict says it (name_variable).  */
	const char *what;
	char *name = name_variable (data, origin, &what);
	char *r = xasprintf ("%s %s", what, name);
	free (name);
	return r;
      }
    case ESC_LOC_LOCAL:
      {
	tree t = (tree) origin;
	if (t && TREE_CODE (t) == STRING_CST)
	  return xstrdup ("a string literal");
	if (t && DECL_P (t) && DECL_ARTIFICIAL (t))
	  /* GCC's own variables: name what they are for.  */
	  return xstrdup (startswith (decl_name_or (t, ""), "FRAME")
			  ? "the frame shared with nested functions"
			  : "a compiler temporary");
	if (t && DECL_P (t))
	  return xasprintf ("'%s'", decl_name_or (t, "<local>"));
	return xasprintf ("the frame memory at line %d",
			  LOCATION_LINE (stmt_location (fg.fun, NULL)));
      }
    case ESC_LOC_VALUE:
      {
	tree t = (tree) origin;
	/* By the variable the source names (p, not GCC's p_3), as Go's
	   -m=2 does.  */
	if (t && TREE_CODE (t) == SSA_NAME && SSA_NAME_VAR (t)
	    && DECL_NAME (SSA_NAME_VAR (t)))
	  return xasprintf ("'%s'", decl_name_or (SSA_NAME_VAR (t), "?"));
	return NULL;
      }
    default:
      return NULL;
    }
}

/* A clone's argument by the source's numbering: IPA-CP and IPA-SRA
   drop and split parameters, and say which of the original's each new
   one comes from (the clone's param_adjustments).  */
static int
name_argument (void *, const void *site, int argno)
{
  gcall *call = dyn_cast<gcall *> ((gimple *) site);
  tree fndecl = call ? gimple_call_fndecl (call) : NULL_TREE;
  cgraph_node *node = fndecl ? cgraph_node::get (fndecl) : NULL;
  clone_info *info = node ? clone_info::get (node) : NULL;
  ipa_param_adjustments *adj = info ? info->param_adjustments : NULL;
  if (!adj || (unsigned) argno > vec_safe_length (adj->m_adj_params))
    return argno;
  return (*adj->m_adj_params)[argno - 1].base_index + 1;
}

static struct esc_namer
namer_of (function_graph &fg)
{
  struct esc_namer nm = { &fg, reported_name (fg.fun), name_param,
			  name_object, name_variable, name_argument };
  return nm;
}

/* ---- Saying things once. ---- */

/* Early inlining copies an allocation call into its callers, so one
   source call can be several sites, and a function split by partial
   inlining reports its parameters twice.  Each (line, column, note) is
   said once per unit; copies that were decided differently each get
   theirs.  */
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
report_unit_end (void)
{
  delete said_notes;
  said_notes = NULL;
}

/* ---- Flow paths. ---- */

struct explain_ctx
{
  function_graph *fg;
  const struct esc_namer *namer;
  location_t fallback;
  bool say;			/* report=2: a note per step */
  vec<esc_sarif_step> *steps;	/* report file: the steps, kept */
};

static void
report_step (void *data, esc_loc dst, esc_loc src, bool address,
	     const struct esc_why *why)
{
  struct explain_ctx *ctx = (struct explain_ctx *) data;
  location_t loc = why->site ? stmt_location (ctx->fg->fun,
					      (const gimple *) why->site)
			     : ctx->fallback;
  char *note = esc_step_words (ctx->fg->g, dst, src, address, why,
			       ctx->namer);
  if (!note)
    return;
  if (ctx->say)
    say (loc, note);
  if (ctx->steps)
    {
      esc_sarif_step step = { loc, xstrdup (note + 2) };
      ctx->steps->safe_push (step);
    }
  free (note);
}

/* ---- Thread stacks. ---- */

void
report_raised_stack (gcall *call, uint64_t bytes)
{
  bool notes = esc_opts.report_level > 0;
  if (!notes && !esc_sarif_active ())
    return;
  location_t loc = stmt_location (cfun, call);
  const char *rule;
  char *note = esc_raised_stack_words (bytes, &rule);
  if (first_time_said (loc, note))
    {
      if (notes)
	say (loc, note);
      esc_sarif_result (loc, rule, note, reported_name (cfun), -1, NULL, 0);
    }
  free (note);
}

/* ---- The budget, undone after GCC's tail-call pass (sibcall.cc). ---- */

void
report_budget_undone (gcall *call, bool never_read)
{
  bool notes = esc_opts.report_level > 0;
  if (!notes && !esc_sarif_active () && !dump_enabled_p ())
    return;
  location_t loc = stmt_location (cfun, call);
  const char *rule;
  char *note = esc_budget_undone_words (reported_name (cfun), never_read,
					esc_opts.side_stack != 0, &rule);
  if (first_time_said (loc, note))
    {
      if (notes)
	say (loc, note);
      esc_sarif_result (loc, rule, note, reported_name (cfun), -1, NULL, 0);
    }
  /* Optimization records carry it too: it takes back the site notes'
     "moved", and escape-report reads either kind of file.  */
  if (dump_enabled_p ())
    dump_printf_loc (MSG_MISSED_OPTIMIZATION, dump_user_location_t (call),
		     "%s\n", note);
  end_records ();
  free (note);
}

/* ---- Parameters. ---- */

struct param_ctx
{
  location_t loc;
  const char *function;
};

static void
report_param_note (void *data, const char *note, const char *rule)
{
  struct param_ctx *ctx = (struct param_ctx *) data;
  if (!first_time_said (ctx->loc, note))
    return;
  if (esc_opts.report_level > 0)
    say (ctx->loc, note);
  esc_sarif_result (ctx->loc, rule, note, ctx->function, -1, NULL, 0);
}

void
report_function (function_graph &fg, const esc_summary *summary,
		 const struct decisions *d, bool rewritten)
{
  bool notes = esc_opts.report_level > 0;
  bool sarif = esc_sarif_active ();
  if (!notes && !sarif && !dump_enabled_p ())
    return;
  struct esc_namer namer = namer_of (fg);

  for (int i = 0; i < d->nsites; i++)
    {
      const struct esc_site *s = &d->sites[i];
      gcall *call = fg.sites[i].call;
      location_t loc = stmt_location (fg.fun, call);
      bool missed;
      const char *rule;
      char *note = esc_site_words (fg.g, s, &d->limits, rewritten, &namer,
				   &rule, &missed);
      bool first = first_time_said (loc, note);
      if (notes && first)
	say (loc, note);
      if (dump_enabled_p ())
	dump_printf_loc (missed ? MSG_MISSED_OPTIMIZATION
				: MSG_OPTIMIZED_LOCATIONS,
			 dump_user_location_t (call), "%s\n", note);
      bool say_flow = notes && esc_opts.report_level >= 2;
      auto_vec<esc_sarif_step> steps;
      if (first && (say_flow || sarif) && s->reason != ESC_KEEP_NOT_ANALYSED
	  && (s->verdict.escapes
	      || (s->verdict.outlives_iteration
		  && s->placement != ESC_PLACE_BUDGETED)
	      || s->reason == ESC_KEEP_FREED_BY_CALLEE))
	{
	  struct explain_ctx ctx = { &fg, &namer, loc, say_flow,
				     sarif ? &steps : NULL };
	  esc_explain (fg.g, s->obj, report_step, &ctx);
	}
      if (first && sarif)
	esc_sarif_result (loc, rule, note, reported_name (fg.fun),
			  missed || s->placement == ESC_PLACE_BUDGETED ? -1
			  : (long long) s->slot_bytes,
			  steps.address (), steps.length ());
      for (unsigned k = 0; k < steps.length (); k++)
	free (const_cast<char *> (steps[k].message));
      free (note);
    }
  end_records ();

  if ((!notes && !sarif) || !summary)
    return;
  for (int k = 0; k < fg.nparams && k < summary->nparams; k++)
    {
      tree parm = param_decl (fg, k);
      /* Parameters with a place in the source: a clone's made-up ones
	 (IPA-SRA's pieces of a parameter) have none.  */
      if (!parm || !POINTER_TYPE_P (TREE_TYPE (parm))
	  || DECL_SOURCE_LOCATION (parm) == UNKNOWN_LOCATION)
	continue;
      struct param_ctx ctx = { DECL_SOURCE_LOCATION (parm),
			       reported_name (fg.fun) };
      esc_param_words (summary, k, &namer, report_param_note, &ctx);
    }
}
