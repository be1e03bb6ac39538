/* callgraph.c -- which functions may be on the stack twice.

   A slot in a function that recurses is a slot per level, and C stacks do
   not grow: the policy keeps such functions' objects on the heap.  The
   bridge describes the call graph: functions by index, the calls between
   them it sees, which functions' addresses are taken, and which call code
   the unit does not see (through a pointer, or into a library that calls
   back).  A function may recurse when it lies on a cycle of that graph
   (Tarjan's strongly connected components, iteratively, so that deep
   call chains do not recurse here), or when its address is taken and it
   calls unknown code, which may call it again.  */

#include <stdlib.h>
#include <string.h>

#include "core.h"

struct callgraph_node
{
  struct esc_ids callees;
  bool address_taken, calls_unknown, self_call, recursive;
  /* Tarjan's state.  */
  int32_t index, low;
  bool on_stack;
};

struct esc_callgraph
{
  struct callgraph_node *nodes;
  int n;
};

esc_callgraph *
esc_callgraph_new (int nfuncs)
{
  esc_callgraph *cg = esc_xrealloc (NULL, sizeof *cg);
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
  for (int i = 0; i < cg->n; i++)
    esc_ids_release (&cg->nodes[i].callees);
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

void
esc_callgraph_address_taken (esc_callgraph *cg, int f)
{
  if (valid (cg, f))
    cg->nodes[f].address_taken = true;
}

void
esc_callgraph_calls_unknown (esc_callgraph *cg, int f)
{
  if (valid (cg, f))
    cg->nodes[f].calls_unknown = true;
}

/* Tarjan's algorithm with an explicit stack of (node, next callee).  */
static void
strong_components (esc_callgraph *cg)
{
  struct esc_ids scc_stack = { 0 }, walk = { 0 }, next = { 0 };
  int32_t counter = 0;
  for (int i = 0; i < cg->n; i++)
    cg->nodes[i].index = -1;
  for (int root = 0; root < cg->n; root++)
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
	  for (uint32_t i = scc_stack.n; i < top; i++)
	    {
	      cg->nodes[scc_stack.v[i]].on_stack = false;
	      cg->nodes[scc_stack.v[i]].recursive |= cycle;
	    }
	}
    }
  esc_ids_release (&scc_stack);
  esc_ids_release (&walk);
  esc_ids_release (&next);
}

void
esc_callgraph_solve (esc_callgraph *cg)
{
  for (int i = 0; i < cg->n; i++)
    {
      struct callgraph_node *n = &cg->nodes[i];
      n->recursive = n->self_call || (n->address_taken && n->calls_unknown);
    }
  strong_components (cg);
}

bool
esc_callgraph_may_recurse (const esc_callgraph *cg, int f)
{
  return !valid (cg, f) || cg->nodes[f].recursive;
}
