/* side-stack-allocs.c -- the objects that get no slot all take the side
   stack when it has room: none of them is a heap allocation.  A cell per
   level of a recursion, a search tree built node by node in a loop (its
   nodes outlive their iteration) and freed by a recursive callee, and a
   list of a loop's results kept until the function returns.  The region
   itself is mapped, not malloc'd.  From -O2: below, the analysis reads
   an integer loaded from an object as possibly its pointers (the cell's
   value is returned), and the others escape as integers.  The two
   helpers called in main's loop are not inlined (side-stack-loops.c
   has helpers inlined into a loop).  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-side-stack=65536 */
/* { dg-output "side-stack-allocs 2700 1267933 1305(\n|\r\n|\r)" } */
/* escape-levels: -O2 -O3 -Os */
/* escape-heap-allocs: 0 */

#include <stdio.h>
#include <stdlib.h>

struct cell
{
  long v;
  struct cell *up;
};

static long
depth_sum (int d, struct cell *up)
{
  struct cell *c = malloc (sizeof *c);	/* { dg-message "moved to the side stack while the thread's region has room \\(16 bytes\\)" } */
  if (!c)
    abort ();
  c->v = d + (up ? up->v % 7 : 0);
  c->up = up;
  long r = d > 0 ? depth_sum (d - 1, c) : 0;
  r += c->v;
  free (c);
  return r;
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
  free (n);
}

__attribute__ ((noinline)) static long
distinct (const int *v, int n)
{
  struct node *root = NULL;
  long d = 0;
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
      struct node *nn = malloc (sizeof *nn);	/* { dg-message "moved to the side stack while the thread's region has room \\(24 bytes\\)" } */
      if (!nn)
	abort ();
      nn->value = v[i];
      nn->count = 1;
      nn->left = nn->right = NULL;
      *link = nn;
      d++;
    }
  long sum = d * 1000;
  for (struct node *m = root; m; m = m->left)
    sum += m->value * m->count;
  free_tree (root);
  return sum;
}

struct result
{
  int value;
  struct result *next;
};

__attribute__ ((noinline)) static int
kept (int n)
{
  struct result *list = NULL;
  for (int i = 0; i < n; i++)
    {
      struct result *r = malloc (sizeof *r);	/* { dg-message "moved to the side stack while the thread's region has room \\(16 bytes\\)" } */
      if (!r)
	abort ();
      r->value = i * i % 17;
      r->next = list;
      list = r;
    }
  int total = 0;
  while (list)
    {
      struct result *next = list->next;
      total += list->value;
      free (list);
      list = next;
    }
  return total;
}

int
main (void)
{
  long depth = 0, trees = 0;
  int lists = 0;
  unsigned seed = 1;
  int v[48];
  for (int round = 0; round < 50; round++)
    {
      depth += depth_sum (50, NULL) / 25;
      for (int i = 0; i < 48; i++)
	v[i] = (int) ((seed = seed * 1103515245u + 12345u) >> 16) % 32;
      trees += distinct (v, 48);
      lists += kept (round % 9 + 1);
    }
  printf ("side-stack-allocs %ld %ld %d\n", depth, trees, lists);
  return 0;
}
