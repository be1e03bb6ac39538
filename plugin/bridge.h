/* bridge.h -- what the bridge's C++ files (plugin/ *.cc) share.

   The bridge is the only code that sees GCC.  plugin.cc parses arguments
   and schedules the pass; analyze.cc reads each function into the core's
   graph (plugin/escape.h) and applies the core's decisions.  Include
   gcc-includes.h before this file.  */

#ifndef ESCAPE_BRIDGE_H
#define ESCAPE_BRIDGE_H

/* The plugin's arguments (-fplugin-arg-escape-KEY[=VALUE]), validated by
   plugin.cc; see the table in README.md.  */
struct esc_options
{
  int report_level;		/* 0: off, 1: notes, 2: notes + flow paths */
  bool transform;		/* rewrite local allocations */
  unsigned long max_object_size;	/* largest fixed-size slot, bytes */
  unsigned long max_frame_size;	/* converted bytes per function */
  unsigned long var_buffer;	/* guarded buffer for variable sizes; 0 off */
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

#endif /* ESCAPE_BRIDGE_H */
