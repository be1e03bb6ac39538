/* sound-recurse-openmp.c -- recursion through nested OpenMP regions.

   A divide-and-conquer walk opens a parallel region at each level, and
   the region's body, outlined by GCC into walk._omp_fn.N, calls walk on
   the children: walk -> GOMP_parallel -> walk._omp_fn.N -> walk, a cycle
   through libgomp that the call graph does not show.  Regions nested in
   an active one run on the thread that meets them, so the recursion
   stacks up on one thread.  After its children, each level formats its
   report line into a 4 KiB heap buffer; as a stack slot it is multiplied
   by the depth.  The walk starts on a thread with a 512 KiB stack, which
   the static schedule gives the first child, 300 levels deep: room for
   the frames, not for 300 slots.  */
/* { dg-do run } */
/* { dg-options "-fopenmp -pthread" } */
/* { dg-output "openmp 95417 95417(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define DEPTH 300
#define LINE 4096

struct node
{
  long value;
  struct node *kids[2];
};

static long
walk (const struct node *n)
{
  if (!n)
    return 0;
  long sums[2] = { 0, 0 };
#pragma omp parallel for schedule(static) num_threads(2)
  for (int i = 0; i < 2; i++)
    sums[i] = walk (n->kids[i]);
  /* The node's report line, in a buffer of the longest line.  */
  char *line = malloc (LINE);
  if (!line)
    abort ();
  long total = n->value + sums[0] + sums[1];
  long len = snprintf (line, LINE, "%ld %ld", n->value, total);
  free (line);
  return total + len;
}

static struct node *
node (long value, struct node *left, struct node *right)
{
  struct node *n = malloc (sizeof *n);
  if (!n)
    abort ();
  n->value = value;
  n->kids[0] = left;
  n->kids[1] = right;
  return n;
}

static void
release (struct node *n)
{
  if (n)
    {
      release (n->kids[0]);
      release (n->kids[1]);
      free (n);
    }
}

/* A chain of DEPTH nodes valued 1 .. DEPTH, linked through the first
   or the second child.  */
static struct node *
chain (int second)
{
  struct node *n = NULL;
  for (int i = DEPTH; i > 0; i--)
    n = second ? node (i, NULL, n) : node (i, n, NULL);
  return n;
}

static void *
run (void *out)
{
  long *r = out;
  struct node *top = node (0, chain (0), chain (1));
  r[0] = walk (top);
  r[1] = walk (top);
  release (top);
  return NULL;
}

int
main (void)
{
  pthread_attr_t attr;
  pthread_t t;
  long r[2] = { 0, 0 };
  if (pthread_attr_init (&attr)
      || pthread_attr_setstacksize (&attr, 512 * 1024)
      || pthread_create (&t, &attr, run, r)
      || pthread_join (t, NULL))
    {
      puts ("openmp: cannot run the thread");
      return 1;
    }
  printf ("openmp %ld %ld\n", r[0], r[1]);
  return 0;
}
