/* local-tree-hand.c -- local-tree.c with its nodes taken from local
   arrays.

   Same algorithm and output.  The tree's nodes come from a local pool of
   WINDOW nodes (a window has at most WINDOW distinct values; callers pass
   N <= WINDOW), the edges from a local pool big enough for a complete
   DAG on MAXTASKS tasks; nothing is freed.  The limit the escape plugin
   could reach (it would need a bounded pool for allocations that outlive
   their loop iteration).

   Original description:

   Two everyday shapes of short-lived linked structures:
   - window_stats: a binary search tree of the distinct values in a window
     of 48 sensor samples (counts per value), walked in order to find the
     median and the mode, then freed with a recursive free_tree helper;
   - schedule: a task graph of up to 24 tasks whose dependency edges are
     malloc'd list cells, topologically sorted (Kahn's algorithm), then
     freed list by list in a loop.
   Every node is a small constant-size struct; the whole structure dies
   when the function returns.  Nodes are allocated in a loop and are still
   in use in later iterations, which is what makes such code hard.

   Output: one line, "local-tree <checksum>".  */
/* bench-kind: local */
/* bench-args: 120000 */

#include <stdio.h>
#include <stdlib.h>

#define WINDOW 48
#define MAXTASKS 24

struct node
{
  int value;
  int count;
  struct node *left, *right;
};

/* In-order walk: the value at rank K and the most frequent value.  */
static void
walk (const struct node *n, int *rank, int k, int *kth, int *mode,
      int *mode_count)
{
  if (n == NULL)
    return;
  walk (n->left, rank, k, kth, mode, mode_count);
  if (*rank <= k && k < *rank + n->count)
    *kth = n->value;
  *rank += n->count;
  if (n->count > *mode_count)
    {
      *mode_count = n->count;
      *mode = n->value;
    }
  walk (n->right, rank, k, kth, mode, mode_count);
}

/* Distinct values, median and mode of SAMPLES[0..N-1]; -1 on error.  */
static long
window_stats (const int *samples, int n)
{
  struct node pool[WINDOW];
  struct node *root = NULL;
  int distinct = 0;

  if (n > WINDOW)
    return -1;

  for (int i = 0; i < n; i++)
    {
      int v = samples[i];
      struct node **link = &root;
      while (*link != NULL && (*link)->value != v)
	link = v < (*link)->value ? &(*link)->left : &(*link)->right;
      if (*link != NULL)
	{
	  (*link)->count++;
	  continue;
	}
      struct node *nn = &pool[distinct];
      nn->value = v;
      nn->count = 1;
      nn->left = nn->right = NULL;
      *link = nn;
      distinct++;
    }

  int rank = 0, median = 0, mode = 0, mode_count = 0;
  walk (root, &rank, n / 2, &median, &mode, &mode_count);
  return (long) distinct * 1000000 + (long) median * 1000 + mode;
}

struct edge
{
  int to;
  struct edge *next;
};

/* A random DAG on NT tasks (edges only from lower to higher ids, in a
   shuffled numbering); returns a checksum of a topological order, or -1
   if the graph had a cycle (it cannot) or memory ran out.  */
static long
schedule (int nt, unsigned seed)
{
  struct edge pool[MAXTASKS * (MAXTASKS - 1) / 2];
  int nedges = 0;
  struct edge *out[MAXTASKS] = { 0 };
  int indeg[MAXTASKS] = { 0 };
  int perm[MAXTASKS];
  long result = 0;

  for (int i = 0; i < nt; i++)
    perm[i] = i;
  for (int i = nt - 1; i > 0; i--)
    {
      seed = seed * 1103515245u + 12345u;
      int j = (int) ((seed >> 16) % (unsigned) (i + 1));
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }

  for (int a = 0; a < nt; a++)
    for (int b = a + 1; b < nt; b++)
      {
	seed = seed * 1103515245u + 12345u;
	if ((seed >> 16) % 8 != 0)
	  continue;
	struct edge *e = &pool[nedges++];
	e->to = perm[b];
	e->next = out[perm[a]];
	out[perm[a]] = e;
	indeg[perm[b]]++;
      }

  int ready[MAXTASKS], nready = 0, done = 0;
  for (int i = 0; i < nt; i++)
    if (indeg[i] == 0)
      ready[nready++] = i;
  while (nready > 0)
    {
      /* smallest ready task first, for a deterministic order */
      int best = 0;
      for (int i = 1; i < nready; i++)
	if (ready[i] < ready[best])
	  best = i;
      int t = ready[best];
      ready[best] = ready[--nready];
      result = (result * 31 + t) % 1000000007;
      done++;
      for (struct edge *e = out[t]; e != NULL; e = e->next)
	if (--indeg[e->to] == 0)
	  ready[nready++] = e->to;
    }
  if (done != nt)
    result = -1;
  return result;
}

int
main (int argc, char **argv)
{
  long iters = argc > 1 ? atol (argv[1]) : 120000;
  int samples[WINDOW];
  unsigned s = 1;
  unsigned long sum = 0;

  for (long it = 0; it < iters; it++)
    {
      for (int i = 0; i < WINDOW; i++)
	{
	  s = s * 1664525u + 1013904223u;
	  /* a noisy reading around a drifting level */
	  samples[i] = (int) ((it / 16) % 200) + (int) ((s >> 24) % 32);
	}
      long st = window_stats (samples, WINDOW);
      long sc = schedule (8 + (int) (it % (MAXTASKS - 7)), s);
      if (st < 0 || sc < 0)
	{
	  fprintf (stderr, "local-tree: failed\n");
	  return 1;
	}
      sum = sum * 1000003 + (unsigned long) st + (unsigned long) sc;
    }
  printf ("local-tree %lu\n", sum);
  return 0;
}
