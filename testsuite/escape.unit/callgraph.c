/* callgraph.c -- unit tests of the call graph: recursion through direct
   cycles, self calls and unknown code, the components' order (callees
   first), the slots callees add below a function (their frames, and
   what code compiled elsewhere may add), and a chain long enough that a
   recursive walk would overflow the stack.  */

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
  CHECK (esc_callgraph_may_reenter (cg, 0, 1) && esc_callgraph_may_reenter (cg, 2, 0)
	 && esc_callgraph_may_reenter (cg, 3, 3),
	 "a call along a cycle may lead back to its caller");
  CHECK (!esc_callgraph_may_reenter (cg, 4, 0) && !esc_callgraph_may_reenter (cg, 0, 5),
	 "a call into another component does not lead back");
  CHECK (!esc_callgraph_may_reenter (cg, 0, -1),
	 "unknown code no entry of the cycle reaches does not lead back");
  CHECK (esc_callgraph_may_reenter (cg, 0, 6) && esc_callgraph_may_reenter (cg, -1, 0),
	 "a call the graph does not know may lead back");
  CHECK (esc_callgraph_may_recurse (cg, 6) && esc_callgraph_may_recurse (cg, -1),
	 "a function the graph does not know may recurse");

  /* Components come callees first: the cycle before 4.  */
  int seen_cycle = -1, seen_caller = -1;
  for (int c = 0; c < esc_callgraph_component_count (cg); c++)
    {
      const int32_t *m;
      int n = esc_callgraph_component (cg, c, &m);
      for (int i = 0; i < n; i++)
	{
	  if (m[i] == 0)
	    seen_cycle = c;
	  if (m[i] == 4)
	    seen_caller = c;
	}
      if (n == 3)
	CHECK (1, "the cycle is one component");
    }
  CHECK (seen_cycle >= 0 && seen_cycle < seen_caller,
	 "the cycle's component comes before its caller's");
  esc_callgraph_free (cg);
}

static void
test_unknown_code (void)
{
  /* 0 calls unknown code and is an entry: unknown code may call it
     again.  1 is an entry that calls nothing unknown.  2 calls unknown
     code but is no entry, and nothing that is one calls it.  3 is no
     entry and calls unknown code, but entry 4 calls 3: unknown code may
     call 4, which calls 3 again (an interpreter's eval through its op
     table).  */
  esc_callgraph *cg = esc_callgraph_new (5);
  esc_callgraph_entry (cg, 0);
  esc_callgraph_calls_unknown (cg, 0);
  esc_callgraph_entry (cg, 1);
  esc_callgraph_calls_unknown (cg, 2);
  esc_callgraph_calls_unknown (cg, 3);
  esc_callgraph_entry (cg, 4);
  esc_callgraph_call (cg, 4, 3);
  esc_callgraph_solve (cg);
  CHECK (esc_callgraph_may_recurse (cg, 0),
	 "an entry that calls unknown code may recurse");
  CHECK (!esc_callgraph_may_recurse (cg, 1),
	 "an entry that calls nothing unknown does not");
  CHECK (!esc_callgraph_may_recurse (cg, 2),
	 "calling unknown code that cannot reach back is no recursion");
  CHECK (esc_callgraph_may_recurse (cg, 3) && esc_callgraph_may_recurse (cg, 4),
	 "a cycle through unknown code and an entry recurses");
  CHECK (esc_callgraph_may_reenter (cg, 0, -1) && esc_callgraph_may_reenter (cg, 3, -1),
	 "a call of unknown code that may call back leads back");
  CHECK (!esc_callgraph_may_reenter (cg, 2, -1) && !esc_callgraph_may_reenter (cg, 1, -1),
	 "unknown code that no cycle of the caller's passes does not");
  esc_callgraph_free (cg);
}

static void
test_stack_below (void)
{
  /* 0 -> 1 -> 2 with frames 50 (1) and 100 (2); 3 -> 2, and 3 also calls
     code compiled elsewhere that may add 1000; 4 -> 5, and 5 calls such
     code that may add 10 (less than 4's other callee 6, with 300).  */
  esc_callgraph *cg = esc_callgraph_new (7);
  esc_callgraph_call (cg, 0, 1);
  esc_callgraph_call (cg, 1, 2);
  esc_callgraph_call (cg, 3, 2);
  esc_callgraph_calls_elsewhere (cg, 3, 1000);
  esc_callgraph_call (cg, 4, 5);
  esc_callgraph_call (cg, 4, 6);
  esc_callgraph_calls_elsewhere (cg, 5, 10);
  esc_callgraph_solve (cg);
  CHECK (esc_callgraph_stack_below (cg, 2) == 0, "a leaf has nothing below");
  esc_callgraph_set_frame (cg, 2, 100);
  CHECK (esc_callgraph_stack_below (cg, 1) == 100, "a callee's frame is below");
  esc_callgraph_set_frame (cg, 1, 50);
  CHECK (esc_callgraph_stack_below (cg, 0) == 150,
	 "frames add along the chain");
  CHECK (esc_callgraph_stack_below (cg, 3) == 1000,
	 "code compiled elsewhere counts with what it may add");
  CHECK (esc_callgraph_stack_below (cg, 5) == 10,
	 "a function calling only such code has its bytes below");
  esc_callgraph_set_frame (cg, 5, 40);
  esc_callgraph_set_frame (cg, 6, 300);
  CHECK (esc_callgraph_stack_below (cg, 4) == 300,
	 "the deepest callee counts: 300 beside 40 + 10");
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
  test_unknown_code ();
  test_stack_below ();
  test_long_chain ();
  totals ();
  return 0;
}
