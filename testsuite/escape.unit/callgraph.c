/* callgraph.c -- unit tests of the call graph's recursion test: cycles
   of every length, self calls, callbacks that call unknown code, and a
   chain long enough that a recursive walk would overflow the stack.  */

#include <stdlib.h>

#include "unit.h"

static void
test_cycles (void)
{
  /* 0 -> 1 -> 2 -> 0 is a cycle; 3 -> 3 calls itself; 4 -> 0 enters the
     cycle without being on it; 5 is alone.  */
  esc_callgraph *cg = esc_callgraph_new (6);
  esc_callgraph_call (cg, 0, 1);
  esc_callgraph_call (cg, 1, 2);
  esc_callgraph_call (cg, 2, 0);
  esc_callgraph_call (cg, 3, 3);
  esc_callgraph_call (cg, 4, 0);
  esc_callgraph_solve (cg);
  CHECK (esc_callgraph_may_recurse (cg, 0) && esc_callgraph_may_recurse (cg, 1)
	 && esc_callgraph_may_recurse (cg, 2), "a three-function cycle recurses");
  CHECK (esc_callgraph_may_recurse (cg, 3), "a self call recurses");
  CHECK (!esc_callgraph_may_recurse (cg, 4),
	 "a caller of a cycle is not on it");
  CHECK (!esc_callgraph_may_recurse (cg, 5), "a lone function does not recurse");
  CHECK (esc_callgraph_may_recurse (cg, 6) && esc_callgraph_may_recurse (cg, -1),
	 "a function the graph does not know may recurse");
  esc_callgraph_free (cg);
}

static void
test_callbacks (void)
{
  /* 0 is a callback (address taken) that calls unknown code, which may
     call it again; 1 is a callback that calls nothing unknown; 2 calls
     unknown code but nobody can reach it from there.  */
  esc_callgraph *cg = esc_callgraph_new (3);
  esc_callgraph_address_taken (cg, 0);
  esc_callgraph_calls_unknown (cg, 0);
  esc_callgraph_address_taken (cg, 1);
  esc_callgraph_calls_unknown (cg, 2);
  esc_callgraph_solve (cg);
  CHECK (esc_callgraph_may_recurse (cg, 0),
	 "a callback that calls unknown code may recurse");
  CHECK (!esc_callgraph_may_recurse (cg, 1),
	 "a callback that calls nothing unknown does not");
  CHECK (!esc_callgraph_may_recurse (cg, 2),
	 "calling unknown code alone is no recursion");
  esc_callgraph_free (cg);
}

static void
test_long_chain (void)
{
  /* 0 -> 1 -> ... -> N-1 -> 0, and a second chain without the back
     edge: the walk must not recurse per function.  */
  enum { N = 200000 };
  esc_callgraph *cg = esc_callgraph_new (2 * N);
  for (int i = 0; i < N; i++)
    esc_callgraph_call (cg, i, (i + 1) % N);
  for (int i = N; i < 2 * N - 1; i++)
    esc_callgraph_call (cg, i, i + 1);
  esc_callgraph_solve (cg);
  bool all = true, none = true;
  for (int i = 0; i < N; i++)
    all &= esc_callgraph_may_recurse (cg, i);
  for (int i = N; i < 2 * N; i++)
    none &= !esc_callgraph_may_recurse (cg, i);
  CHECK (all, "every function of a %d-function cycle recurses", N);
  CHECK (none, "no function of a %d-function chain recurses", N);
  esc_callgraph_free (cg);
}

int
main (void)
{
  test_cycles ();
  test_callbacks ();
  test_long_chain ();
  totals ();
  return 0;
}
