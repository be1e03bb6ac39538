/* split-function.c -- input for driver.exp: at -O2 GCC's partial inlining
   splits free_tree in two (free_tree and free_tree.part.0), then inlines
   it; the report must still speak of one free_tree.  */

extern void *malloc (unsigned long);
extern void free (void *);

struct node { struct node *left, *right; int value; };

void
free_tree (struct node *n)
{
  if (!n)
    return;
  free_tree (n->left);
  free_tree (n->right);
  free (n);
}

int
leaf_value (int k)
{
  struct node *n = malloc (sizeof *n);
  n->left = n->right = 0;
  n->value = k;
  int v = n->value;
  free_tree (n);
  return v;
}
