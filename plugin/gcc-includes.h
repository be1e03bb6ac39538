/* gcc-includes.h -- the one place the bridge includes GCC's plugin headers.

   GCC's internal headers are C++, are not self-contained and must come in
   a particular order (gcc-plugin.h first: it pulls in config.h, system.h,
   coretypes.h; ssa.h after gimple.h; ...).  Every .cc file of the bridge
   includes this header first and nothing else of GCC's, so the order is
   settled once.  It covers what a GIMPLE analysis and rewrite needs: the
   call graph and its SCCs, statements and their iterators, SSA names and
   operands, loops, builtins and attributes, alias facts for
   gimple_call_arg_flags, diagnostics and dumps.

   plugin-version.h is not here: it defines a static variable, so only
   plugin.cc, which checks the version, includes it.

   The core (escape.h and the .c files) never sees any of this.  */

#ifndef ESCAPE_GCC_INCLUDES_H
#define ESCAPE_GCC_INCLUDES_H

#include "gcc-plugin.h"		/* config.h, system.h, coretypes.h */

#include "tm.h"
#include "backend.h"		/* function, basic_block, cfg */
#include "tree.h"
#include "gimple.h"
#include "tree-pass.h"
#include "context.h"		/* g, the pass manager */
#include "ssa.h"		/* SSA names, PHIs, operands */
#include "cgraph.h"
#include "ipa-utils.h"		/* ipa_reduced_postorder, ipa_dfs_info */
#include "diagnostic.h"		/* error, warning, inform */
#include "langhooks.h"		/* lang_hooks.name: which front end */
#include "options.h"
#include "fold-const.h"
#include "stor-layout.h"
#include "stringpool.h"
#include "attribs.h"		/* lookup_attribute, DECL_IS_MALLOC helpers */
#include "builtins.h"
#include "calls.h"
#include "gimple-iterator.h"
#include "memmodel.h"		/* MEMMODEL_SEQ_CST: the side stack's fences */
#include "tree-iterator.h"	/* the side stack's run-time code (sidestack.cc) */
#include "gimple-walk.h"
#include "gimple-fold.h"
#include "gimplify-me.h"	/* force_gimple_operand_gsi for rewrites */
#include "gimple-pretty-print.h"
#include "tree-cfg.h"
#include "tree-cfgcleanup.h"	/* cleanup_tree_cfg: a budget undone (sibcall.cc) */
#include "tree-dfa.h"
#include "tree-eh.h"		/* stmt_could_throw_p: objects never read (sibcall.cc) */
#include "tree-ssa.h"
#include "value-query.h"	/* get_range_query: lengths GCC knows are not 0 */
#include "gimple-range.h"	/* enable_ranger */
#include "tree-into-ssa.h"	/* update_ssa after rewrites */
#include "tree-ssa-alias.h"	/* gimple_call_arg_flags, EAF_* */
#include "attr-fnspec.h"		/* a builtin's sizes read: memchr's bound */
#include "tree-ssa-loop.h"
#include "cfgloop.h"		/* loop depth of allocation sites */
#include "cfganal.h"		/* reverse post-order: reasons' steps */
#include "tree-nested.h"
#include "varasm.h"
#include "output.h"		/* decode_reg_name: a register variable's name */
#include "target.h"		/* targetm.binds_local_p: the alloca budget's mark */
#include "dumpfile.h"		/* dump_file, -fopt-info */
#include "dump-context.h"	/* ending an optimization record */
#include "intl.h"
#include "print-tree.h"
#include "hash-map.h"
#include "alloc-pool.h"
#include "symbol-summary.h"
#include "ipa-prop.h"
#include "ipa-fnsummary.h"	/* ipa_size_summaries: a program's size */
#include "symtab-clones.h"	/* clone_info: a clone's parameters */
#include "ipa-param-manipulation.h"
#include "hash-set.h"
#include "asan.h"		/* asan_sanitize_stack_p: slots' redzones;
				   create_cond_insert_point for rewrites */

#endif /* ESCAPE_GCC_INCLUDES_H */
