/* alloca-budget-callee-free.c -- with alloca-budget, objects that a
   callee frees take stack space too, and the callee's free skips them:
   a search tree built per window of samples and freed by a recursive
   free_tree, and pairs of buffers a helper frees together.  Nothing is
   left on the heap.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "windows 15248909427560491306 pairs 1039350000(\n|\r\n|\r)" } */
/* escape-heap-allocs: 0 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node
{
  int key, count;
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

static unsigned long
walk (const struct node *n, unsigned long s)
{
  if (!n)
    return s;
  s = walk (n->left, s);
  s = s * 31 + (unsigned long) n->key * n->count;
  return walk (n->right, s);
}

static unsigned long __attribute__ ((noinline))
window (const int *v, int n)
{
  struct node *root = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node **link = &root;
      while (*link && (*link)->key != v[i])
	link = v[i] < (*link)->key ? &(*link)->left : &(*link)->right;
      if (*link)
	{
	  (*link)->count++;
	  continue;
	}
      struct node *nn = malloc (sizeof *nn);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(24 bytes\\)" } */
      if (!nn)
	abort ();
      nn->key = v[i];
      nn->count = 1;
      nn->left = nn->right = NULL;
      *link = nn;
    }
  unsigned long s = walk (root, 0);
  free_tree (root);
  return s;
}

static unsigned long __attribute__ ((noinline))
consume (char *a, char *b)
{
  unsigned long s = strlen (a) * 100 + strlen (b);
  free (a);
  free (b);
  return s;
}

static unsigned long __attribute__ ((noinline))
pairs (int n)
{
  unsigned long s = 0;
  for (int i = 0; i < n; i++)
    {
      char *a = malloc (64);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(64 bytes\\)" } */
      char *b = malloc (32);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(32 bytes\\)" } */
      if (!a || !b)
	abort ();
      memset (a, 'a', 10 + i % 50);
      a[10 + i % 50] = 0;
      memset (b, 'b', i % 30);
      b[i % 30] = 0;
      s += consume (a, b);
    }
  return s;
}

int
main (void)
{
  int v[200];
  unsigned s = 1;
  unsigned long sum = 0;
  for (int w = 0; w < 3000; w++)
    {
      for (int i = 0; i < 200; i++)
	{
	  s = s * 1664525u + 1013904223u;
	  v[i] = (int) ((w / 8) % 300) + (int) ((s >> 24) % 64);
	}
      sum = sum * 1000003 + window (v, 200);
    }
  printf ("windows %lu pairs %lu\n", sum, pairs (300000));
  return 0;
}
