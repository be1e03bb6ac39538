/* shapes.c -- the three shapes whose objects get no slot, each built four
   ways from this one source:
   - V_MALLOC: malloc and free, as a programmer writes them (built plain,
     with the plugin, with its alloca budget, and run under mimalloc);
   - V_SS: side-stack.h's model, what the plugin would emit for the side
     stack: ALLOC pushes, FREE skips the region, LEAVE pops;
   - V_HAND: the real stack, unbounded (alloca), the ceiling.
   Shapes:
   - msort: a merge sort whose temporary is per recursion level (bc's
     bc_divide, divide and conquer with a temporary);
   - tree: a search tree built node by node in a loop and freed by a
     recursive callee (local-tree's window_stats);
   - deep: a recursion DEPTH levels deep with a cell per level (a
     recursive descent's node), deeper than the budget or the region
     holds.
   Arguments: rounds, the depth of deep, and which shapes to run
   ("msort,tree,deep").
   Output: "side-stack <checksum>", the same for every build.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined V_SS
#include "side-stack.h"
#define ALLOC(n) ss_push ((n), SS_TOKEN)
#define FREE(p) ss_free (p)
#define LEAVE() ss_pop (SS_TOKEN)
#elif defined V_HAND
#define ALLOC(n) __builtin_alloca (n)
#define FREE(p) ((void) (p))
#define LEAVE() ((void) 0)
#else
#define ALLOC(n) malloc (n)
#define FREE(p) free (p)
#define LEAVE() ((void) 0)
#endif

static void
msort (int *a, size_t n)
{
  if (n < 2)
    return;
  int *tmp = ALLOC (n * sizeof *tmp);
  if (!tmp)
    abort ();
  size_t h = n / 2;
  msort (a, h);
  msort (a + h, n - h);
  size_t i = 0, j = h, k = 0;
  while (i < h && j < n)
    tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
  while (i < h)
    tmp[k++] = a[i++];
  while (j < n)
    tmp[k++] = a[j++];
  memcpy (a, tmp, n * sizeof *a);
  FREE (tmp);
  LEAVE ();
}

struct node
{
  int value, count;
  struct node *left, *right;
};

static void
free_tree (struct node *n)
{
  if (!n)
    return;
  free_tree (n->left);
  free_tree (n->right);
  FREE (n);
}

static long
tree (const int *v, int n)
{
  struct node *root = NULL;
  int distinct = 0;
  for (int i = 0; i < n; i++)
    {
      struct node **link = &root;
      while (*link && (*link)->value != v[i])
	link = v[i] < (*link)->value ? &(*link)->left : &(*link)->right;
      if (*link)
	{
	  (*link)->count++;
	  continue;
	}
      struct node *nn = ALLOC (sizeof *nn);
      if (!nn)
	abort ();
      nn->value = v[i];
      nn->count = 1;
      nn->left = nn->right = NULL;
      *link = nn;
      distinct++;
    }
  long sum = distinct;
  for (struct node *m = root; m; m = m->left)
    sum = sum * 31 + m->value * m->count;
  free_tree (root);
  LEAVE ();
  return sum;
}

struct cell
{
  long v, w;
  struct cell *up;
  long pad[3];
};

static long
deep (int d, struct cell *up)
{
  struct cell *c = ALLOC (sizeof *c);
  if (!c)
    abort ();
  c->v = d * 3L + (up ? up->v : 0);
  c->w = up ? up->w ^ d : d;
  c->up = up;
  long r = d ? deep (d - 1, c) : c->v;
  r = r * 7 + c->w;
  FREE (c);
  LEAVE ();
  return r;
}

int
main (int argc, char **argv)
{
  int rounds = argc > 1 ? atoi (argv[1]) : 1000;
  int depth = argc > 2 ? atoi (argv[2]) : 3000;
  const char *only = argc > 3 ? argv[3] : "msort,tree,deep";
  int do_msort = strstr (only, "msort") != NULL;
  int do_tree = strstr (only, "tree") != NULL;
  int do_deep = strstr (only, "deep") != NULL;
  unsigned seed = 12345;
  unsigned long sum = 0;
  int a[512], v[48];
  for (int r = 0; r < rounds; r++)
    {
      for (int i = 0; i < 512; i++)
	a[i] = (int) ((seed = seed * 1103515245u + 12345u) >> 8) % 100000;
      if (do_msort)
	{
	  msort (a, 512);
	  sum = sum * 3 + (unsigned) a[r % 512];
	}
      for (int k = 0; k < 20 * do_tree; k++)
	{
	  for (int i = 0; i < 48; i++)
	    v[i] = (int) ((seed = seed * 1103515245u + 12345u) >> 16) % 64;
	  sum = sum * 5 + (unsigned long) tree (v, 48);
	}
      if (do_deep && r % 8 == 0)
	sum = sum * 7 + (unsigned long) deep (depth, NULL);
    }
  printf ("side-stack %lu\n", sum);
  return 0;
}
