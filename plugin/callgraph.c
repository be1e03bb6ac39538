/* callgraph.c -- which functions may be on the stack twice, and the
   order to analyse them in.

   A slot in a function that recurses is a slot per level, and C stacks do
   not grow: the policy keeps such functions' objects on the heap.  The
   bridge describes the call graph: functions by index, the calls between
   them it sees, which functions unknown code may enter (their address is
   taken, or they are visible outside what is compiled), and which call
   code that is not analysed (through a pointer, an interposable symbol,
   a library that calls back).  Unknown code may call any entry, so it is
   one more node of the graph, UNKNOWN: every call into unknown code is an
   edge to it, and it has an edge to every entry.  A function may recurse
   when it lies on a cycle of that graph, through UNKNOWN or not.

   Tarjan's algorithm finds the strongly connected components, iteratively
   so that deep call chains do not recurse here; it emits each component
   after every component it calls, which is the order the bridge analyses
   them in: callees first.  */

#include <stdlib.h>
#include <string.h>

#include "core.h"

struct callgraph_node
{
  struct esc_ids callees;
  bool self_call, recursive;
  bool small_stack;		/* runs on a stack of its own (an entry) */
  bool on_small_stack;		/* reachable from such an entry */
  int32_t component;
  uint64_t frame;		/* stack the plugin adds in this frame */
  uint64_t elsewhere;		/* what callees compiled elsewhere may add */
  /* Tarjan's state.  */
  int32_t index, low;
  bool on_stack;
};

struct esc_callgraph
{
  struct callgraph_node *nodes;	/* n functions, then UNKNOWN */
  int n;
  struct esc_ids order;		/* the functions, component by component */
  struct esc_ids starts;	/* where each component starts in order */
  /* The same with UNKNOWN, whose component may have no function: what
     components are numbered by (callgraph_node.component).  */
  struct esc_ids all_order, all_starts;
  /* By component: the deepest stack slots add below its functions, once
     known (esc_callgraph_stack_below).  */
  uint64_t *below;
  bool *below_known;
};

esc_callgraph *
esc_callgraph_new (int nfuncs)
{
  esc_callgraph *cg = esc_xrealloc (NULL, sizeof *cg);
  memset (cg, 0, sizeof *cg);
  cg->n = nfuncs < 0 ? 0 : nfuncs;
  cg->nodes = esc_xrealloc (NULL, (cg->n + 1) * sizeof *cg->nodes);
  memset (cg->nodes, 0, (cg->n + 1) * sizeof *cg->nodes);
  return cg;
}

void
esc_callgraph_free (esc_callgraph *cg)
{
  if (!cg)
    return;
  for (int i = 0; i <= cg->n; i++)
    esc_ids_release (&cg->nodes[i].callees);
  esc_ids_release (&cg->order);
  esc_ids_release (&cg->all_order);
  esc_ids_release (&cg->all_starts);
  free (cg->below);
  free (cg->below_known);
  esc_ids_release (&cg->starts);
  free (cg->nodes);
  free (cg);
}

static bool
valid (const esc_callgraph *cg, int f)
{
  return ESC_ASSERT (f >= 0 && f < cg->n);
}

void
esc_callgraph_call (esc_callgraph *cg, int f, int g)
{
  if (!valid (cg, f) || !valid (cg, g))
    return;
  if (f == g)
    cg->nodes[f].self_call = true;
  else
    esc_ids_push (&cg->nodes[f].callees, g);
}

/* UNKNOWN is the node after the functions.  */
void
esc_callgraph_entry (esc_callgraph *cg, int f)
{
  if (valid (cg, f))
    esc_ids_push (&cg->nodes[cg->n].callees, f);
}

void
esc_callgraph_calls_unknown (esc_callgraph *cg, int f)
{
  if (valid (cg, f))
    esc_ids_push (&cg->nodes[f].callees, cg->n);
}

/* Tarjan's algorithm with an explicit stack of (node, next callee).  */
static void
strong_components (esc_callgraph *cg)
{
  struct esc_ids scc_stack = { 0 }, walk = { 0 }, next = { 0 };
  int32_t counter = 0;
  int nodes = cg->n + 1;
  for (int i = 0; i < nodes; i++)
    cg->nodes[i].index = -1;
  for (int root = 0; root < nodes; root++)
    {
      if (cg->nodes[root].index >= 0)
	continue;
      esc_ids_push (&walk, root);
      esc_ids_push (&next, 0);
      cg->nodes[root].index = cg->nodes[root].low = counter++;
      cg->nodes[root].on_stack = true;
      esc_ids_push (&scc_stack, root);
      while (walk.n)
	{
	  int32_t v = walk.v[walk.n - 1];
	  struct callgraph_node *nv = &cg->nodes[v];
	  if ((uint32_t) next.v[next.n - 1] < nv->callees.n)
	    {
	      int32_t w = nv->callees.v[next.v[next.n - 1]++];
	      struct callgraph_node *nw = &cg->nodes[w];
	      if (nw->index < 0)
		{
		  nw->index = nw->low = counter++;
		  nw->on_stack = true;
		  esc_ids_push (&scc_stack, w);
		  esc_ids_push (&walk, w);
		  esc_ids_push (&next, 0);
		}
	      else if (nw->on_stack && nw->index < nv->low)
		nv->low = nw->index;
	      continue;
	    }
	  /* V is done: close its component if it is the root of one.  */
	  walk.n--;
	  next.n--;
	  if (walk.n)
	    {
	      struct callgraph_node *parent = &cg->nodes[walk.v[walk.n - 1]];
	      if (nv->low < parent->low)
		parent->low = nv->low;
	    }
	  if (nv->low != nv->index)
	    continue;
	  uint32_t top = scc_stack.n;
	  while (scc_stack.v[--scc_stack.n] != v)
	    ;
	  bool cycle = top - scc_stack.n > 1;
	  uint32_t start = cg->order.n;
	  esc_ids_push (&cg->all_starts, (int32_t) cg->all_order.n);
	  for (uint32_t i = scc_stack.n; i < top; i++)
	    {
	      int32_t f = scc_stack.v[i];
	      cg->nodes[f].on_stack = false;
	      cg->nodes[f].component = (int32_t) cg->all_starts.n - 1;
	      esc_ids_push (&cg->all_order, f);
	      cg->nodes[f].recursive |= cycle;
	      if (f < cg->n)
		esc_ids_push (&cg->order, f);
	    }
	  if (cg->order.n > start)
	    esc_ids_push (&cg->starts, (int32_t) start);
	}
    }
  esc_ids_release (&scc_stack);
  esc_ids_release (&walk);
  esc_ids_release (&next);
}

void
esc_callgraph_calls_elsewhere (esc_callgraph *cg, int f, uint64_t bytes)
{
  if (valid (cg, f) && bytes > cg->nodes[f].elsewhere)
    cg->nodes[f].elsewhere = bytes;
}

void
esc_callgraph_small_stack (esc_callgraph *cg, int f)
{
  if (valid (cg, f))
    cg->nodes[f].small_stack = true;
}

/* Everything reachable from the functions that run on stacks of their
   own, through unknown code too.  */
static void
mark_small_stacks (esc_callgraph *cg)
{
  struct esc_ids work = { 0 };
  for (int i = 0; i < cg->n; i++)
    if (cg->nodes[i].small_stack)
      {
	cg->nodes[i].on_small_stack = true;
	esc_ids_push (&work, i);
      }
  while (work.n)
    {
      struct callgraph_node *v = &cg->nodes[work.v[--work.n]];
      for (uint32_t i = 0; i < v->callees.n; i++)
	{
	  struct callgraph_node *w = &cg->nodes[v->callees.v[i]];
	  if (!w->on_small_stack)
	    {
	      w->on_small_stack = true;
	      esc_ids_push (&work, v->callees.v[i]);
	    }
	}
    }
  esc_ids_release (&work);
}

void
esc_callgraph_solve (esc_callgraph *cg)
{
  for (int i = 0; i <= cg->n; i++)
    {
      struct callgraph_node *n = &cg->nodes[i];
      n->recursive = n->self_call;
      n->on_small_stack = false;
      n->frame = 0;
    }
  cg->order.n = cg->starts.n = cg->all_order.n = cg->all_starts.n = 0;
  strong_components (cg);
  mark_small_stacks (cg);
  size_t nc = cg->all_starts.n + 1;
  free (cg->below);
  free (cg->below_known);
  cg->below = esc_xrealloc (NULL, nc * sizeof *cg->below);
  cg->below_known = esc_xrealloc (NULL, nc * sizeof *cg->below_known);
  memset (cg->below, 0, nc * sizeof *cg->below);
  memset (cg->below_known, 0, nc * sizeof *cg->below_known);
}

bool
esc_callgraph_on_small_stack (const esc_callgraph *cg, int f)
{
  return !valid (cg, f) || cg->nodes[f].on_small_stack;
}

/* The deepest stack the plugin adds below the functions of component
   C: in the functions they call outside C, which come earlier in the
   component order, or in code compiled elsewhere that they call.  The
   members of a component with more than one share it: they call one
   another, and none has slots (they recurse).  Depth first with an
   explicit stack, each component once.  */
static uint64_t
component_below (esc_callgraph *cg, int32_t c)
{
  struct esc_ids work = { 0 };
  esc_ids_push (&work, c);
  while (work.n)
    {
      int32_t k = work.v[work.n - 1];
      if (cg->below_known[k])
	{
	  work.n--;
	  continue;
	}
      uint32_t start = (uint32_t) cg->all_starts.v[k];
      uint32_t end = (uint32_t) k + 1 < cg->all_starts.n
		     ? (uint32_t) cg->all_starts.v[k + 1] : cg->all_order.n;
      const int32_t *members = &cg->all_order.v[start];
      int nm = (int) (end - start);
      bool ready = true;
      uint64_t deepest = 0;
      for (int m = 0; m < nm; m++)
	{
	  const struct callgraph_node *n = &cg->nodes[members[m]];
	  if (n->elsewhere > deepest)
	    deepest = n->elsewhere;
	  for (uint32_t i = 0; i < n->callees.n; i++)
	    {
	      const struct callgraph_node *w = &cg->nodes[n->callees.v[i]];
	      int32_t wc = w->component;
	      if (wc == k)
		continue;
	      if (!cg->below_known[wc])
		{
		  ready = false;
		  esc_ids_push (&work, wc);
		}
	      else if (w->frame + cg->below[wc] > deepest)
		deepest = w->frame + cg->below[wc];
	    }
	}
      if (ready)
	{
	  cg->below[k] = deepest;
	  cg->below_known[k] = true;
	  work.n--;
	}
    }
  esc_ids_release (&work);
  return cg->below[c];
}

uint64_t
esc_callgraph_stack_below (esc_callgraph *cg, int f)
{
  return valid (cg, f) ? component_below (cg, cg->nodes[f].component)
		       : UINT64_MAX;
}

int
esc_callgraph_rank (const esc_callgraph *cg, int f)
{
  return valid (cg, f) ? cg->nodes[f].component : -1;
}

void
esc_callgraph_set_frame (esc_callgraph *cg, int f, uint64_t bytes)
{
  if (valid (cg, f))
    cg->nodes[f].frame = bytes;
}

int
esc_callgraph_component_count (const esc_callgraph *cg)
{
  return (int) cg->starts.n;
}

int
esc_callgraph_component (const esc_callgraph *cg, int c,
			 const int32_t **members)
{
  if (!ESC_ASSERT (c >= 0 && (uint32_t) c < cg->starts.n))
    return 0;
  uint32_t start = (uint32_t) cg->starts.v[c];
  uint32_t end = (uint32_t) c + 1 < cg->starts.n
		 ? (uint32_t) cg->starts.v[c + 1] : cg->order.n;
  *members = &cg->order.v[start];
  return (int) (end - start);
}

bool
esc_callgraph_may_recurse (const esc_callgraph *cg, int f)
{
  return !valid (cg, f) || cg->nodes[f].recursive;
}

/* A call from F to G closes a cycle through F exactly when G reaches F:
   then both lie in one component, and components call one another only
   downwards.  */
bool
esc_callgraph_may_reenter (const esc_callgraph *cg, int f, int g)
{
  if (!valid (cg, f) || (g >= 0 && !valid (cg, g)))
    return true;
  const struct callgraph_node *callee = &cg->nodes[g < 0 ? cg->n : g];
  return cg->nodes[f].recursive
	 && callee->component == cg->nodes[f].component;
}
