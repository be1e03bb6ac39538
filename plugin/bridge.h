/* bridge.h -- what the bridge's C++ files (plugin/ *.cc) share.

   The bridge is the only code that sees GCC.  plugin.cc parses arguments
   and schedules the pass; analyze.cc reads each function into the core's
   graph (plugin/escape.h) and applies the core's decisions.  Include
   gcc-includes.h before this file.  */

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
  unsigned long var_buffer;	/* guarded buffer for variable sizes; 0 off */
  const char *report_file;	/* SARIF log path (sarif.h), or NULL */
};
extern struct esc_options esc_opts;

/* What kind of allocation call STMT is, if any.  */
enum esc_alloc_fn
{
  ESC_ALLOC_NONE,
  ESC_ALLOC_MALLOC,
  ESC_ALLOC_CALLOC,
  ESC_ALLOC_REALLOC,
  ESC_ALLOC_ALIGNED_ALLOC,
  ESC_ALLOC_POSIX_MEMALIGN,
  ESC_ALLOC_STRDUP,
  ESC_ALLOC_STRNDUP,
  ESC_ALLOC_ATTR_MALLOC		/* a function declared __attribute__((malloc)) */
};
enum esc_alloc_fn esc_alloc_call_kind (const gimple *stmt);

/* The pass calls these: once per translation unit around the walk, and
   once per strongly connected component of the call graph, callees
   before callers.  NODES are the component's functions with bodies.  */
void esc_unit_begin (void);
void esc_analyze_scc (cgraph_node **nodes, int n);
void esc_unit_end (void);

/* ---- One function read into the core (build.cc). ---- */

struct esc_alloc_site
{
  gcall *call;
  enum esc_alloc_fn fn;
  esc_loc obj;
  int64_t size;			/* constant bytes, or -1 */
  uint64_t align;		/* requested alignment, 0 for malloc's */
  bool in_irreducible_loop;
  /* The builtin that asks for the object's size in this function, if
     any (analyze.cc: such an object gets no guarded slot).  */
  const char *size_query;
};

/* A pointer whose object size the function asks for.  */
struct esc_size_query
{
  esc_loc ptr;
  const char *builtin;
};

struct esc_fn
{
  cgraph_node *node;
  function *fun;
  esc_graph *g;
  vec<esc_alloc_site> sites;
  esc_loc *ssa;			/* SSA name version -> location */
  unsigned nssa;
  hash_map<tree, int> *objects;	/* decl -> object location */
  hash_map<tree, int> *word_index;	/* split decl -> first in words */
  vec<esc_loc> words;		/* words of split aggregates */
  vec<esc_size_query> size_queries;	/* __builtin_*object_size args */
  int nparams;			/* named parameters, not the chain */
  /* Set when a statement was not understood: every allocation of the
     function then escapes and the function is opaque to its callers.  */
  const char *unanalysed;
  gimple *stmt;			/* the statement being read */
};

/* Read NODE's body.  Callees' summaries come from PROG.  */
esc_fn *esc_build (cgraph_node *node, const esc_program *prog);
void esc_fn_free (esc_fn *);

/* Used by callee.cc while reading a call.  */
esc_loc esc_rvalue (esc_fn *, tree);
esc_loc esc_load_from (esc_fn *, tree ref);
void esc_store_into (esc_fn *, tree ref, esc_loc value,
		     const struct esc_why *);
esc_loc esc_object_of (esc_fn *, tree decl);
esc_loc esc_new_value (esc_fn *);
/* A new value that may point anywhere (holds HEAP).  */
esc_loc esc_new_value_pointing_to_heap (esc_fn *);
struct esc_why esc_why_at (esc_fn *, enum esc_why_kind, const char *callee);
void esc_mark_unanalysed (esc_fn *, const char *what);
/* Whether a value of TYPE can carry a pointer, within the function or
   LEAVING it (build.cc explains).  */
bool esc_value_carries_pointer (tree type, bool leaving);
/* Write VALUE into, or read DST from, the CONTENT part of object OBJ.  */
void esc_write_object (esc_fn *, esc_loc obj, esc_loc value,
		       enum esc_content, const struct esc_why *);
void esc_read_object (esc_fn *, esc_loc dst, esc_loc obj, enum esc_content,
		      const struct esc_why *);
int esc_param_index (esc_fn *, tree parm);
/* The id the core knows FNDECL's function by, or -1.  */
int esc_func_id (tree fndecl);

/* ---- Calls (callee.cc). ---- */

void esc_model_call (esc_fn *, gcall *);
/* Whether calling FNDECL, which has no body here, may call back into the
   unit (unknown code, or a library function taking a callback).  */
bool esc_may_call_back (tree fndecl);

/* ---- Decisions and reports (analyze.cc, report.cc). ---- */

/* The site placements for F after solving.  */
struct esc_decisions
{
  struct esc_site *sites;	/* parallel to F->sites */
  int nsites;
  struct esc_limits limits;
};

void esc_report_function (esc_fn *, const esc_summary *,
			  const struct esc_decisions *, bool rewritten);
void esc_report_unit_end (void);

/* Apply the decisions to F's body (rewrite.cc); true if it changed.
   cfun must be F's function.  */
bool esc_rewrite_function (esc_fn *, const struct esc_decisions *);

#endif /* ESCAPE_BRIDGE_H */
