/* policy.c -- unit tests of placement: sizes, guarded buffers, frees that
   see heap memory, realloc, frame budget, recursion, the alloca budget
   (objects callees free, loops that pop), alignment; and of level-2
   explanations.  */

#include <string.h>

#include "unit.h"

static const struct esc_limits defaults = {
  .max_object_size = 4096, .max_frame_size = 16384, .var_buffer = 256,
  .max_stack_size = 65536, .stack_room = 65536, .unsafe = ESC_SAFE
};

static struct esc_site
site (esc_loc obj, int64_t size)
{
  struct esc_site s;
  memset (&s, 0, sizeof s);
  s.obj = obj;
  s.size = size;
  s.replaceable = true;
  s.guardable = true;
  return s;
}

static void
test_sizes (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc p[5];
  struct esc_site s[5];
  s[0] = site (alloc_at (g, 0, &p[0]), 64);
  s[1] = site (alloc_at (g, 0, &p[1]), 4097);
  s[2] = site (alloc_at (g, 0, &p[2]), -1);
  s[3] = site (alloc_at (g, 0, &p[3]), 32);
  s[3].align = 8192;
  s[4] = site (alloc_at (g, 0, &p[4]), 16);
  esc_flow (g, esc_result (g), p[4], 0, W);
  esc_solve (g);
  esc_place_sites (g, s, 5, &defaults);
  CHECK (s[0].placement == ESC_PLACE_STACK && s[0].slot_bytes == 64,
	 "64 bytes: fixed slot");
  CHECK (s[1].placement == ESC_PLACE_HEAP && s[1].reason == ESC_KEEP_TOO_LARGE,
	 "4097 bytes: too large");
  CHECK (s[2].placement == ESC_PLACE_GUARDED && s[2].slot_bytes == 256,
	 "variable size: guarded 256-byte slot");
  CHECK (s[3].reason == ESC_KEEP_ALIGNMENT, "8192-byte alignment: heap");
  CHECK (s[4].placement == ESC_PLACE_ESCAPES, "returned: escapes");

  struct esc_limits no_var = defaults;
  no_var.var_buffer = 0;
  esc_place_sites (g, s, 5, &no_var);
  CHECK (s[2].reason == ESC_KEEP_VARIABLE_SIZE,
	 "variable size with var-buffer=0: heap");
  s[2].guardable = false;
  esc_place_sites (g, s, 5, &defaults);
  CHECK (s[2].reason == ESC_KEEP_VARIABLE_SIZE,
	 "variable size the allocator cannot guard: heap");
  esc_graph_free (g);
}

static void
test_shared_free (void)
{
  /* p = c ? malloc (16) : malloc (1 << 20); free (p);  */
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc ps, pb, phi = value (g);
  struct esc_site s[2] = { site (alloc_at (g, 0, &ps), 16),
			   site (alloc_at (g, 0, &pb), 1 << 20) };
  esc_flow (g, phi, ps, 0, W);
  esc_flow (g, phi, pb, 0, W);
  esc_free (g, phi, W);
  esc_solve (g);
  esc_place_sites (g, s, 2, &defaults);
  CHECK (s[0].placement == ESC_PLACE_STACK
	 && s[1].reason == ESC_KEEP_TOO_LARGE,
	 "small object sharing a free with a huge one moves, the huge one "
	 "stays");
  enum esc_free_action act[1];
  esc_free_actions (g, s, 2, act);
  CHECK (act[0] == ESC_FREE_GUARD, "... and the free skips the slot");

  /* A realloc cannot be guarded: what it may see stays.  */
  esc_graph *h = esc_graph_new (NULL, 0, false);
  struct esc_site t[1] = { site (alloc_at (h, 0, &ps), 16) };
  esc_resize (h, ps, W);
  esc_solve (h);
  esc_place_sites (h, t, 1, &defaults);
  CHECK (t[0].placement == ESC_PLACE_HEAP && t[0].reason == ESC_KEEP_RESIZED,
	 "a realloc'd object stays on the heap");
  esc_graph_free (h);
  esc_graph_free (g);
}

static void
test_free_actions (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc pf, pv, pr;
  struct esc_site s[3] = { site (alloc_at (g, 0, &pf), 8),
			   site (alloc_at (g, 0, &pv), -1),
			   site (alloc_at (g, 0, &pr), 8) };
  esc_free (g, pf, W);
  esc_free (g, pv, W);
  esc_resize (g, pr, W);
  esc_solve (g);
  esc_place_sites (g, s, 3, &defaults);
  enum esc_free_action act[3];
  esc_free_actions (g, s, 3, act);
  CHECK (act[0] == ESC_FREE_REMOVE, "free of a fixed slot is removed");
  CHECK (act[1] == ESC_FREE_GUARD, "free of a guarded slot is guarded");
  CHECK (s[2].reason == ESC_KEEP_RESIZED, "realloc'd object stays on heap");
  esc_graph_free (g);
}

static void
test_budget_and_recursion (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  struct esc_site s[5];
  for (int i = 0; i < 5; i++)
    {
      esc_loc p;
      s[i] = site (alloc_at (g, 0, &p), 4096);
    }
  esc_solve (g);
  esc_place_sites (g, s, 5, &defaults);
  int on_stack = 0;
  for (int i = 0; i < 5; i++)
    on_stack += s[i].placement == ESC_PLACE_STACK;
  CHECK (on_stack == 4 && s[4].reason == ESC_KEEP_FRAME_BUDGET,
	 "frame budget: four 4 KiB slots fit in 16 KiB, the fifth does not");

  struct esc_limits rec = defaults;
  rec.recursive = true;
  esc_place_sites (g, s, 1, &rec);
  CHECK (s[0].reason == ESC_KEEP_RECURSION,
	 "recursive function: stays on heap");
  esc_graph_free (g);
}

static void
test_alloca_budget (void)
{
  /* A recursive function with a fixed-size object, a run-time size and
     a huge one; the first two are freed, one through a PHI.  */
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc pf, pv, pb, other = value (g), phi = value (g);
  struct esc_site s[3] = { site (alloc_at (g, 0, &pf), 4096),
			   site (alloc_at (g, 0, &pv), -1),
			   site (alloc_at (g, 0, &pb), 1 << 20) };
  esc_flow (g, phi, pv, 0, W);
  esc_flow (g, phi, other, 0, W);
  esc_free (g, pf, W);
  esc_free (g, phi, W);
  esc_solve (g);
  struct esc_limits rec = defaults;
  rec.recursive = true;
  rec.alloca_budget = 65536;
  esc_place_sites (g, s, 3, &rec);
  CHECK (s[0].placement == ESC_PLACE_BUDGETED && s[0].slot_bytes == 0
	 && s[1].placement == ESC_PLACE_BUDGETED,
	 "alloca budget: in a recursive function, fixed and run-time sizes "
	 "are budgeted, with no bytes of the frame");
  CHECK (s[2].reason == ESC_KEEP_TOO_LARGE, "... a huge one is not");
  CHECK (esc_frame_bytes (s, 3, &rec) == 0, "... and the frame holds none");
  enum esc_free_action act[2];
  esc_free_actions (g, s, 3, act);
  CHECK (act[0] == ESC_FREE_GUARD && act[1] == ESC_FREE_GUARD,
	 "a free that may see a budgeted object is guarded, not removed");

  rec.alloca_budget = 1024;
  esc_place_sites (g, s, 3, &rec);
  CHECK (s[0].reason == ESC_KEEP_RECURSION
	 && s[1].placement == ESC_PLACE_BUDGETED,
	 "an object larger than the whole budget stays on the heap");

  rec.alloca_budget = 65536;
  rec.gives_back_stack = true;
  esc_place_sites (g, s, 3, &rec);
  CHECK (s[0].reason == ESC_KEEP_RECURSION
	 && s[1].reason == ESC_KEEP_RECURSION,
	 "a function that pops its stack (a VLA's scope) keeps them on the "
	 "heap");

  rec.gives_back_stack = false;
  rec.small_stack = true;
  esc_place_sites (g, s, 3, &rec);
  CHECK (s[0].reason == ESC_KEEP_SMALL_STACK,
	 "so does one that may run on a small stack");

  struct esc_limits plain = defaults;
  plain.alloca_budget = 65536;
  esc_place_sites (g, s, 3, &plain);
  CHECK (s[0].placement == ESC_PLACE_STACK,
	 "a function that does not recurse gets slots, budget or not");
  esc_graph_free (g);

  /* A list built in a loop: its nodes outlive their iteration, so no
     slot can be reused for them; each can have alloca'd memory.  */
  esc_graph *h = esc_graph_new (NULL, 0, false);
  esc_loc head = esc_loc_new (h, ESC_LOC_VALUE, 0, NULL), n;
  struct esc_site t[1] = { site (alloc_at (h, 1, &n), 16) };
  esc_store (h, n, head, 0, W);
  esc_flow (h, head, n, 0, W);
  esc_solve (h);
  esc_place_sites (h, t, 1, &defaults);
  CHECK (t[0].reason == ESC_KEEP_OUTLIVES_ITERATION,
	 "without the budget, a list node built in a loop escapes its "
	 "iteration");
  esc_place_sites (h, t, 1, &plain);
  CHECK (t[0].placement == ESC_PLACE_BUDGETED,
	 "with it, the node is budgeted");
  esc_graph_free (h);

  /* Past the frame budget: the fifth 4 KiB object.  */
  esc_graph *k = esc_graph_new (NULL, 0, false);
  struct esc_site u[5];
  for (int i = 0; i < 5; i++)
    {
      esc_loc p;
      u[i] = site (alloc_at (k, 0, &p), 4096);
    }
  esc_solve (k);
  esc_place_sites (k, u, 5, &plain);
  CHECK (u[3].placement == ESC_PLACE_STACK
	 && u[4].placement == ESC_PLACE_BUDGETED,
	 "an object past the frame budget is budgeted");
  esc_graph_free (k);
}

static void
test_side_stack (void)
{
  /* One object in a function that may run on a small stack, one aligned
     to 32 bytes, one that dies in its loop iteration.  */
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc p, a, q;
  struct esc_site s[1] = { site (alloc_at (g, 0, &p), 64) };
  struct esc_site v[1] = { site (alloc_at (g, 0, &a), 64) };
  struct esc_site t[1] = { site (alloc_at (g, 1, &q), 64) };
  v[0].align = 32;
  esc_solve (g);
  struct esc_limits small = defaults;
  small.small_stack = true;
  small.alloca_budget = 65536;
  small.side_stack = true;
  esc_place_sites (g, s, 1, &small);
  CHECK (s[0].reason == ESC_KEEP_SMALL_STACK,
	 "with the side stack, a function that may run on a small stack still "
	 "keeps its object on the heap (its context may move to another "
	 "thread)");

  struct esc_limits avx = defaults;
  avx.recursive = true;
  avx.alloca_budget = 65536;
  avx.alloca_align = 32;
  esc_place_sites (g, v, 1, &avx);
  CHECK (v[0].placement == ESC_PLACE_BUDGETED,
	 "alloca gives 32-byte alignment under AVX: the budget takes it");
  avx.side_stack = true;
  esc_place_sites (g, v, 1, &avx);
  CHECK (v[0].reason == ESC_KEEP_RECURSION,
	 "the side stack gives 16: an object aligned to 32 stays");

  static const int32_t loop[] = { 7 };
  t[0].loops = loop;
  struct esc_limits rec = defaults;
  rec.recursive = true;
  rec.alloca_budget = 65536;
  esc_place_sites (g, t, 1, &rec);
  CHECK (t[0].placement == ESC_PLACE_BUDGETED,
	 "the budget takes an object that dies in its iteration where the "
	 "loop gives the space back");
  rec.side_stack = true;
  esc_place_sites (g, t, 1, &rec);
  CHECK (t[0].placement == ESC_PLACE_BUDGETED
	 && esc_loop_pops (t, 1, 7, 1, &rec),
	 "so does the side stack, whose loop gives back what its iterations "
	 "pushed");
  rec.takes_stack = true;
  esc_place_sites (g, t, 1, &rec);
  CHECK (t[0].reason == ESC_KEEP_RECURSION,
	 "not where the function takes stack space itself");
  esc_graph_free (g);

  /* A list node built in an inner loop, dead when an iteration of the
     outer loop ends (a list built and freed per round): the budget pops
     it with the outer loop, and so does the side stack.  */
  esc_graph *h = esc_graph_new (NULL, 0, false);
  esc_loc head = esc_loc_new (h, ESC_LOC_VALUE, 1, NULL), n;
  struct esc_site u[1] = { site (alloc_at (h, 2, &n), 16) };
  static const int32_t nest[] = { 3, 4 };
  u[0].loops = nest;
  esc_store (h, n, head, 0, W);
  esc_flow (h, head, n, 0, W);
  esc_solve (h);
  struct esc_limits flat = defaults;
  flat.alloca_budget = 65536;
  esc_place_sites (h, u, 1, &flat);
  CHECK (u[0].placement == ESC_PLACE_BUDGETED,
	 "the budget takes a node that outlives its inner loop's iteration "
	 "and dies in its outer loop's");
  flat.side_stack = true;
  esc_place_sites (h, u, 1, &flat);
  CHECK (u[0].placement == ESC_PLACE_BUDGETED
	 && esc_loop_pops (u, 1, 3, 1, &flat)
	 && !esc_loop_pops (u, 1, 4, 2, &flat),
	 "so does the side stack: the outer loop rewinds, the inner one "
	 "does not");
  esc_graph_free (h);
}

/* Objects a callee frees: with the budget they are budgeted, and the
   callee's free skips them; not when a callee reallocs them, nor as fixed
   slots.  Loops pop their iterations' budgeted space when every budgeted
   object in them is dead by the end of an iteration.  */
static void
test_callee_frees_and_pops (void)
{
  esc_program *prog = esc_program_new ();
  enum { RELEASE, GROW };
  /* release (p) { free (p); }  */
  esc_graph *c = esc_graph_new (prog, 1, false);
  esc_free (c, esc_param (c, 0), W);
  esc_solve (c);
  CHECK (esc_free_site_count (c) == 1 && esc_free_sees_callers (c, 0),
	 "release's free may see a caller's object");
  esc_summary *sum = esc_summarize (c);
  CHECK (esc_frees_param (sum, 0, 0) && !esc_resizes_param (sum, 0, 0),
	 "release: frees param, does not resize it");
  esc_program_set_summary (prog, RELEASE, sum);
  esc_summary_free (sum);
  esc_graph_free (c);
  /* grow (p) { realloc (p, 64); }  */
  c = esc_graph_new (prog, 1, false);
  esc_resize (c, esc_param (c, 0), W);
  esc_solve (c);
  CHECK (!esc_free_sees_callers (c, 0),
	 "a realloc is no free that could skip stack memory");
  sum = esc_summarize (c);
  CHECK (esc_frees_param (sum, 0, 0) && esc_resizes_param (sum, 0, 0),
	 "grow: resizes param");
  esc_program_set_summary (prog, GROW, sum);
  esc_summary_free (sum);
  esc_graph_free (c);

  /* p = malloc (16); release (p);  q = malloc (16); grow (q);  */
  esc_graph *g = esc_graph_new (prog, 0, false);
  esc_loc p, q;
  struct esc_site s[2] = { site (alloc_at (g, 0, &p), 16),
			   site (alloc_at (g, 0, &q), 16) };
  struct esc_call rel = { RELEASE, ESC_NO_LOC, &p, 1, ESC_NO_LOC,
			  { ESC_WHY_CALL, NULL, "release", 1, 0 } };
  struct esc_call grow = { GROW, ESC_NO_LOC, &q, 1, ESC_NO_LOC,
			   { ESC_WHY_CALL, NULL, "grow", 1, 0 } };
  esc_call (g, &rel);
  esc_call (g, &grow);
  esc_solve (g);
  esc_place_sites (g, s, 2, &defaults);
  CHECK (s[0].reason == ESC_KEEP_FREED_BY_CALLEE
	 && s[1].reason == ESC_KEEP_FREED_BY_CALLEE,
	 "without the budget, objects callees free or realloc escape");
  struct esc_limits budget = defaults;
  budget.alloca_budget = 65536;
  esc_place_sites (g, s, 2, &budget);
  CHECK (s[0].placement == ESC_PLACE_BUDGETED,
	 "with the budget, an object a callee frees is budgeted");
  CHECK (s[1].reason == ESC_KEEP_FREED_BY_CALLEE,
	 "... but not one a callee reallocs");
  esc_graph_free (g);

  /* Loop 1 { root = NULL; loop 2 { n = malloc (); n->next = root;
     root = n; } use (root); }, root declared in loop 1's body; and an
     object of loop 2 kept in a variable of the function.  Loop 1 is
     number 7, loop 2 number 9.  */
  esc_graph *h = esc_graph_new (prog, 0, false);
  esc_loc root = esc_loc_new (h, ESC_LOC_LOCAL, 1, NULL);
  esc_loc keeper = esc_loc_new (h, ESC_LOC_LOCAL, 0, NULL);
  esc_loc rv = value (h), kv = value (h), n, m, e;
  esc_flow (h, rv, root, -1, W);
  esc_flow (h, kv, keeper, -1, W);
  static const int32_t nest[2] = { 7, 9 }, outer[1] = { 7 };
  struct esc_site t[3] = { site (alloc_at (h, 2, &n), 24),
			   site (alloc_at (h, 2, &m), 24),
			   site (alloc_at (h, 1, &e), 24) };
  t[0].loops = t[1].loops = nest;
  t[2].loops = outer;
  esc_store (h, rv, n, 0, W);
  esc_store (h, n, rv, 1, W);
  esc_store (h, kv, m, 0, W);
  struct esc_call rel2 = { RELEASE, ESC_NO_LOC, &e, 1, ESC_NO_LOC,
			   { ESC_WHY_CALL, NULL, "release", 1, 0 } };
  esc_call (h, &rel2);
  esc_solve (h);
  esc_place_sites (h, t, 3, &budget);
  CHECK (t[0].placement == ESC_PLACE_BUDGETED
	 && t[0].verdict.lives_within == 1
	 && t[1].placement == ESC_PLACE_BUDGETED
	 && t[1].verdict.lives_within == 0,
	 "nodes live within loop 1's iteration, the kept one within the call");
  CHECK (!esc_loop_pops (t, 3, 7, 1, &budget)
	 && !esc_loop_pops (t, 3, 9, 2, &budget),
	 "no loop pops while it holds an object that lives on");
  CHECK (t[2].placement != ESC_PLACE_BUDGETED,
	 "an object freed in its iteration is not budgeted in a loop that "
	 "cannot pop");
  static const int32_t other_nest[2] = { 8, 10 };
  t[1].loops = other_nest;
  esc_place_sites (h, t, 3, &budget);
  CHECK (esc_loop_pops (t, 3, 7, 1, &budget)
	 && !esc_loop_pops (t, 3, 9, 2, &budget),
	 "with it in another loop nest, loop 1 pops and loop 2 does not (its "
	 "nodes outlive its iterations)");
  CHECK (t[2].placement == ESC_PLACE_BUDGETED,
	 "... and the object loop 1 frees each iteration is budgeted");
  t[1].loops = NULL;
  esc_place_sites (h, t, 3, &budget);
  CHECK (!esc_loop_pops (t, 3, 7, 1, &budget),
	 "a site whose loops are not known keeps every loop of its depth from "
	 "popping");
  t[1].loops = other_nest;
  struct esc_limits alloca_too = budget;
  alloca_too.takes_stack = true;
  esc_place_sites (h, t, 3, &alloca_too);
  CHECK (!esc_loop_pops (t, 3, 7, 1, &alloca_too)
	 && t[2].placement != ESC_PLACE_BUDGETED,
	 "no loop pops in a function that allocas itself");
  esc_graph_free (h);
  esc_program_free (prog);
}

struct trace
{
  esc_loc object;
  int steps;
  bool starts_with_address;
  bool ends_in_result;
};

static void
count_step (void *data, esc_loc dst, esc_loc src, bool address,
	    const struct esc_why *why)
{
  struct trace *t = data;
  (void) why;
  if (t->steps == 0)
    t->starts_with_address = address && src == t->object;
  t->steps++;
  t->ends_in_result = dst == 1;	/* esc_result is made second */
}

static void
test_explain (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc p, q = value (g), r = value (g);
  esc_loc a = alloc_at (g, 0, &p);
  esc_flow (g, q, p, 0, W);
  esc_flow (g, r, q, 0, W);
  esc_flow (g, esc_result (g), r, 0, W);
  esc_solve (g);
  struct trace t = { a, 0, false, false };
  esc_explain (g, a, count_step, &t);
  CHECK (esc_result (g) == 1 && t.steps == 4 && t.ends_in_result
	 && t.starts_with_address,
	 "explanation: address, two copies, return (%d steps)", t.steps);
  esc_graph_free (g);
}

/* Sizes read: up to a limit (memchr), constant or not yet, as a type (a
   flexible array member's struct read through its pointer).  */
static void
test_sizes_read (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc p[6];
  struct esc_site s[6];
  s[0] = site (alloc_at (g, 0, &p[0]), 12);
  s[1] = site (alloc_at (g, 0, &p[1]), 16);
  s[2] = site (alloc_at (g, 0, &p[2]), -1);
  s[3] = site (alloc_at (g, 0, &p[3]), -1);
  s[4] = site (alloc_at (g, 0, &p[4]), 16);
  s[5] = site (alloc_at (g, 0, &p[5]), 16);
  esc_access_type (g, p[0], "struct str", 16);
  esc_access_type (g, p[1], "struct str", 16);
  esc_access_type (g, p[2], "struct msg", 257);
  esc_access_type (g, p[3], "struct str", 16);
  static const char constant_call[] = "memchr (p, c, 1000)";
  static const char late_call[] = "memchr (p, c, n)";
  esc_access_bound (g, p[4], "memchr", 1000, constant_call);
  esc_access_bound (g, p[5], "memchr", -1, late_call);
  esc_solve (g);
  esc_place_sites (g, s, 6, &defaults);
  CHECK (s[0].placement == ESC_PLACE_HEAP
	 && s[0].reason == ESC_KEEP_ACCESS_TYPE && s[0].access_bytes == 16,
	 "12 bytes accessed as a 16-byte struct: heap");
  const char *rule;
  bool missed;
  char *words = esc_site_words (g, &s[0], &defaults, true, NULL, &rule,
				&missed);
  CHECK (strstr (words, "accessed as 'struct str' (16 bytes), larger than "
			"its slot")
	 && !strcmp (rule, "escape.heap.access-type"),
	 "the note names the type: %s (%s)", words, rule);
  free (words);
  CHECK (s[1].placement == ESC_PLACE_STACK,
	 "16 bytes accessed as a 16-byte struct: slot");
  CHECK (s[2].reason == ESC_KEEP_ACCESS_TYPE,
	 "guarded, accessed as a type larger than var-buffer: heap");
  CHECK (s[3].placement == ESC_PLACE_GUARDED,
	 "guarded, accessed as a type within var-buffer: guarded slot");
  CHECK (s[4].placement == ESC_PLACE_HEAP && s[4].size_query
	 && !strcmp (s[4].size_query, "memchr"),
	 "16 bytes read up to 1000 by memchr: heap");
  CHECK (s[5].placement == ESC_PLACE_STACK && !s[5].size_query,
	 "16 bytes read up to a limit not yet a constant: slot");
  const void *pins[6];
  int npins = esc_size_query_count (g) == 6
	      ? esc_bounds_to_pin (g, s, 6, pins) : -1;
  CHECK (npins == 1
	 && pins[0] == late_call,
	 "only the limit not yet a constant, of a slot, is pinned (%d)",
	 npins);
  esc_graph_free (g);
}

/* A call of an allocation wrapper: slots as malloc's, but no budget,
   and a size GCC would not know (strdup's rule).  */
static void
test_wrapper (void)
{
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc p[4];
  struct esc_site s[4];
  for (int i = 0; i < 4; i++)
    s[i] = site (alloc_at (g, 0, &p[i]), 16);
  s[1].wrapper = s[3].wrapper = true;
  esc_size_query (g, p[2], "__builtin_object_size", true);
  esc_size_query (g, p[3], "__builtin_object_size", true);
  esc_solve (g);
  esc_place_sites (g, s, 4, &defaults);
  CHECK (s[0].placement == ESC_PLACE_STACK
	 && s[1].placement == ESC_PLACE_STACK,
	 "a wrapper's object takes a slot like malloc's");
  CHECK (s[2].placement == ESC_PLACE_STACK
	 && s[3].placement == ESC_PLACE_HEAP && s[3].size_query,
	 "a size that bounds a check keeps only the wrapper's object");
  struct esc_limits rec = defaults;
  rec.recursive = true;
  rec.alloca_budget = 65536;
  esc_place_sites (g, s, 4, &rec);
  CHECK (s[0].placement == ESC_PLACE_BUDGETED
	 && s[1].reason == ESC_KEEP_RECURSION,
	 "in a recursion, malloc's object is budgeted, the wrapper's not");
  esc_graph_free (g);
}

/* Slots take their alignment's multiple of the frame: 1-byte objects
   take 16 bytes each of max-frame-size and of the chain's room.  */
static void
test_frame_rounding (void)
{
  enum { N = 40 };
  esc_graph *g = esc_graph_new (NULL, 0, false);
  esc_loc p[N];
  struct esc_site s[N];
  for (int i = 0; i < N; i++)
    s[i] = site (alloc_at (g, 0, &p[i]), 1);
  s[N - 1].size = 24;
  esc_solve (g);
  struct esc_limits lim = defaults;
  lim.slot_align = 16;
  lim.max_frame_size = 512;
  esc_place_sites (g, s, N, &lim);
  int moved = 0;
  for (int i = 0; i < N; i++)
    moved += s[i].placement == ESC_PLACE_STACK;
  CHECK (moved == 32 && s[31].slot_bytes == 1
	 && s[32].reason == ESC_KEEP_FRAME_BUDGET,
	 "1-byte slots of 16 bytes each: 32 fit 512 bytes (%d moved)", moved);
  CHECK (esc_frame_bytes (s, N, &lim) == 512, "the frame holds 512 bytes");
  lim.max_frame_size = 16384;
  lim.stack_room = 40;
  esc_place_sites (g, s, N, &lim);
  CHECK (s[0].placement == ESC_PLACE_STACK && s[1].placement == ESC_PLACE_STACK
	 && s[2].reason == ESC_KEEP_STACK_BUDGET,
	 "40 bytes of room on the chain hold two 1-byte slots");
  CHECK (esc_frame_bytes (s, N, &lim) == 32, "... taking 32 bytes");
  lim.stack_room = 65536;
  esc_place_sites (g, &s[N - 1], 1, &lim);
  CHECK (s[N - 1].slot_bytes == 24
	 && esc_frame_bytes (&s[N - 1], 1, &lim) == 32,
	 "a 24-byte slot takes 32 bytes of the frame");
  s[N - 1].size = 16;
  s[N - 1].align = 256;
  esc_place_sites (g, &s[N - 1], 1, &lim);
  CHECK (s[N - 1].placement == ESC_PLACE_STACK
	 && esc_frame_bytes (&s[N - 1], 1, &lim) == 256 + 4 * 256,
	 "a 16-byte slot aligned to 256 takes 256 bytes, and the realigned "
	 "frame four alignments more (GCC -O0: 1,175 beside a VLA)");
  lim.redzones = true;
  s[N - 1].align = 128;
  esc_place_sites (g, &s[N - 1], 1, &lim);
  CHECK (esc_frame_bytes (&s[N - 1], 1, &lim) == 128 + 5 * 128,
	 "under AddressSanitizer a 16-byte slot aligned to 128 takes 128 "
	 "bytes, and five alignments more with the padded redzone");
  s[N - 1].align = 32;
  esc_place_sites (g, &s[N - 1], 1, &lim);
  CHECK (esc_frame_bytes (&s[N - 1], 1, &lim) == 96 + 32,
	 "under AddressSanitizer a 16-byte slot aligned to 32 takes 96 bytes "
	 "and one alignment of padding (GCC: 144 for a 32-byte one)");
  s[N - 1].align = 0;
  esc_place_sites (g, &s[N - 1], 1, &lim);
  CHECK (esc_frame_bytes (&s[N - 1], 1, &lim) == 96,
	 "under AddressSanitizer a 16-byte slot takes 96 bytes");
  lim.redzones = false;
  s[N - 1].size = -1;
  esc_place_sites (g, &s[N - 1], 1, &lim);
  CHECK (s[N - 1].placement == ESC_PLACE_GUARDED
	 && esc_frame_bytes (&s[N - 1], 1, &lim) == 256 + 16,
	 "a guarded slot of 256 bytes takes 272: its address stays live");
  s[N - 1].size = 16;
  lim.stack_realigns = true;
  esc_place_sites (g, &s[N - 1], 1, &lim);
  CHECK (esc_frame_bytes (&s[N - 1], 1, &lim) == 16 + 4 * 16,
	 "where the stack gives less than malloc's alignment "
	 "(-mpreferred-stack-boundary=3) a 16-byte slot realigns its frame");
  lim.stack_realigns = false;
  lim.in_declaration_order = true;
  esc_place_sites (g, &s[N - 1], 1, &lim);
  CHECK (esc_frame_bytes (&s[N - 1], 1, &lim) == 16 + 16,
	 "at -O0 (locals in declaration order) a 16-byte slot pads its "
	 "neighbours: 32 bytes");
  lim.in_declaration_order = false;
  s[N - 1].size = 512;
  lim.canary = 16;
  lim.stack_room = 512;
  esc_place_sites (g, &s[N - 1], 1, &lim);
  CHECK (s[N - 1].reason == ESC_KEEP_STACK_BUDGET,
	 "with the stack protector a 512-byte slot needs 528 bytes of room: "
	 "the frame gets a guard word");
  lim.stack_room = 65536;
  esc_place_sites (g, s, 3, &lim);
  CHECK (esc_frame_bytes (s, 3, &lim) == 3 * 16 + 16,
	 "three 1-byte slots and one guard word take 64 bytes");
  esc_graph_free (g);
}

int
main (void)
{
  test_sizes ();
  test_sizes_read ();
  test_frame_rounding ();
  test_shared_free ();
  test_free_actions ();
  test_budget_and_recursion ();
  test_alloca_budget ();
  test_side_stack ();
  test_callee_frees_and_pops ();
  test_wrapper ();
  test_explain ();
  totals ();
  return 0;
}
