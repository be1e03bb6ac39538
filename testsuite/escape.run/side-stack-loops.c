/* side-stack-loops.c -- a loop gives back what its iterations pushed on
   the side stack.  A search tree built by a helper that GCC inlines into
   main's loop (its nodes outlive their inner loop's iteration, and a
   recursive callee frees them) dies in each iteration of that loop; a
   callee frees a scratch object that dies in each iteration of an inner
   loop, under a per-row object that lives across it; a sentinel that a
   callee frees, pushed before the loops, lives through them all.  The region (4096 bytes)
   holds a few iterations' objects: without the loops' rewinds the
   heap would take the rest (escape-heap-allocs), and an object given
   back too early would be overwritten by the next iteration's (the
   sums).  From -O2: the analysis reads an integer loaded from an object
   as possibly its pointers, and the objects escape as integers below
   that.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-side-stack=4096 */
/* { dg-output "side-stack-loops 1952 50078459 973500 77(\n|\r\n|\r)" } */
/* escape-levels: -O2 -O3 -Os */
/* escape-heap-allocs: 0 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static inline long
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

static int released;

__attribute__ ((noinline)) static void
release (int *p)
{
  released++;
  free (p);
}

__attribute__ ((noinline)) static long
rows (int n)
{
  long total = 0;
  for (int r = 0; r < n; r++)
    {
      int *row = malloc (40 * sizeof *row);	/* { dg-message "moved to the side stack while the thread's region has room \\(160 bytes\\)" } */
      if (!row)
	abort ();
      for (int k = 0; k < 40; k++)
	row[k] = r + k;
      for (int c = 0; c < 10; c++)
	{
	  int *scratch = malloc (64 * sizeof *scratch);	/* { dg-message "moved to the side stack while the thread's region has room \\(256 bytes\\)" } */
	  if (!scratch)
	    abort ();
	  for (int k = 0; k < 64; k++)
	    scratch[k] = row[k % 40] * c;
	  total += scratch[c] + scratch[63];
	  release (scratch);
	}
      for (int k = 0; k < 40; k++)
	total += row[k] != r + k;
      release (row);
    }
  return total;
}

int
main (void)
{
  int *sentinel = malloc (16 * sizeof *sentinel);	/* { dg-message "moved to the side stack while the thread's region has room \\(64 bytes\\)" } */
  if (!sentinel)
    abort ();
  memset (sentinel, 0, 16 * sizeof *sentinel);
  sentinel[3] = 77;
  long trees = 0, scratch = 0;
  unsigned seed = 1;
  int v[48];
  for (int round = 0; round < 2000; round++)
    {
      for (int i = 0; i < 48; i++)
	v[i] = (int) ((seed = seed * 1103515245u + 12345u) >> 16) % 32;
      trees += distinct (v, 48);
      sentinel[round % 16] += round % 16 == 3 ? 0 : 1;
    }
  for (int round = 0; round < 50; round++)
    scratch += rows (11);
  long marks = 0;
  for (int i = 0; i < 16; i++)
    marks += sentinel[i];
  printf ("side-stack-loops %ld %ld %ld %d\n", marks, trees, scratch,
	  sentinel[3]);
  release (sentinel);
  if (released != 50 * 11 * 11 + 1)
    abort ();
  return 0;
}
