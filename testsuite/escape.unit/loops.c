/* loops.c -- unit tests of lifetimes: Go's loop-depth rule.

   An allocation at loop depth d outlives its iteration when a holder
   shallower than d (a loop-header PHI, which carries values into the next
   iteration, or memory allocated outside the loop) may hold it; holders
   chain through objects.  */

#include "unit.h"

static bool
outlives (const esc_graph *g, esc_loc obj)
{
  return esc_verdict_of (g, obj).outlives_iteration;
}

static void
test_per_iteration_buffer (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc p;
  esc_loc a = alloc_at (g, 1, &p);
  esc_free (g, p, W);
  esc_solve (g);
  CHECK (!outlives (g, a) && !escapes (g, a),
	 "per-iteration buffer lives within its iteration");
  esc_graph_free (g);
}

static void
test_list_through_header_phi (void)
{
  /* head_1 = PHI <NULL, head_2>; n = malloc; n->next = head_1;
     head_2 = n  -- the header PHI is at depth 0 for a depth-1 loop.  */
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc phi = esc_loc_new (g, ESC_LOC_VALUE, 0, NULL);
  esc_loc n;
  esc_loc node = alloc_at (g, 1, &n);
  esc_store (g, n, phi, 0, W);
  esc_flow (g, phi, n, 0, W);
  esc_solve (g);
  CHECK (outlives (g, node), "list node carried by header PHI outlives "
	 "its iteration");
  CHECK (!escapes (g, node), "... but does not escape");
  CHECK (esc_verdict_of (g, node).holder == phi, "reason names the PHI");
  esc_graph_free (g);
}

static void
test_stored_into_outer_object (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc pq, pi;
  esc_loc queue = alloc_at (g, 0, &pq);
  esc_loc item = alloc_at (g, 2, &pi);
  esc_store (g, pq, pi, 0, W);		/* queue->slot = item */
  esc_solve (g);
  CHECK (outlives (g, item), "item put in an outer queue outlives its "
	 "iteration");
  CHECK (!outlives (g, queue) && !escapes (g, queue),
	 "outer queue itself is fine");
  esc_graph_free (g);
}

static void
test_chain_through_objects (void)
{
  /* A depth-2 object stored into a depth-2 box that a depth-1 PHI holds:
     both outlive their inner iteration.  */
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc phi = esc_loc_new (g, ESC_LOC_VALUE, 1, NULL);
  esc_loc pb, pi;
  esc_loc box = alloc_at (g, 2, &pb);
  esc_loc item = alloc_at (g, 2, &pi);
  esc_store (g, pb, pi, 0, W);
  esc_flow (g, phi, pb, 0, W);
  esc_solve (g);
  CHECK (outlives (g, box) && outlives (g, item),
	 "outliving propagates through the objects that hold it");
  esc_graph_free (g);
}

static void
test_inner_holder_is_harmless (void)
{
  /* Held by a PHI of an inner loop (deeper than the object).  */
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc phi = esc_loc_new (g, ESC_LOC_VALUE, 2, NULL);
  esc_loc p;
  esc_loc a = alloc_at (g, 1, &p);
  esc_flow (g, phi, p, 0, W);
  esc_solve (g);
  CHECK (!outlives (g, a), "a deeper PHI does not extend the lifetime");
  esc_graph_free (g);
}

static void
test_local_variable_holder (void)
{
  /* Locals live for the whole call (depth 0).  */
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc var = esc_loc_new (g, ESC_LOC_LOCAL, 0, NULL);
  esc_loc p;
  esc_loc a = alloc_at (g, 1, &p);
  esc_flow (g, var, p, 0, W);		/* var = p (var in memory) */
  esc_solve (g);
  CHECK (outlives (g, a) && !escapes (g, a),
	 "loop object stored into a frame variable outlives its iteration");
  esc_graph_free (g);
}

int
main (void)
{
  test_per_iteration_buffer ();
  test_list_through_header_phi ();
  test_stored_into_outer_object ();
  test_chain_through_objects ();
  test_inner_holder_is_harmless ();
  test_local_variable_holder ();
  totals ();
  return 0;
}
