/* analyze-stub.cc -- PROVISIONAL stand-in for analyze.cc.

   The pass (plugin.cc) calls esc_unit_begin, esc_analyze_scc per strongly
   connected component and esc_unit_end.  Until the real analysis bridge
   (analyze.cc, with build.cc and the C core) is in, this file implements
   those three by finding the allocation calls and, when the report is on,
   putting a note "allocation: NAME" on each.  It decides nothing and
   rewrites nothing.  Makefile.am's BRIDGE_SOURCES names it; replacing it
   there with analyze.cc is the whole switch.  */

#include "gcc-includes.h"
#include "bridge.h"

void
esc_unit_begin (void)
{
}

void
esc_unit_end (void)
{
}

/* The name to report for an allocation call: the callee as written.  */
static const char *
esc_callee_name (const gimple *stmt)
{
  tree fndecl = gimple_call_fndecl (stmt);
  return fndecl ? lang_hooks.decl_printable_name (fndecl, 0) : "?";
}

void
esc_analyze_scc (cgraph_node **nodes, int n)
{
  if (esc_opts.report_level == 0)
    return;
  for (int i = 0; i < n; i++)
    {
      function *fun = nodes[i]->get_fun ();
      /* push_cfun sets current_function_decl, so notes come with GCC's
	 "In function" context like any other diagnostic.  */
      push_cfun (fun);
      basic_block bb;
      FOR_EACH_BB_FN (bb, fun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  {
	    gimple *stmt = gsi_stmt (gsi);
	    if (esc_alloc_call_kind (stmt) != ESC_ALLOC_NONE)
	      inform (gimple_location (stmt), "allocation: %s",
		      esc_callee_name (stmt));
	  }
      pop_cfun ();
    }
}
