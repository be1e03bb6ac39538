/* odd-openmp.c -- OpenMP programs that allocate in parallel regions,
   built with -fopenmp and GCC's IR verifiers.  Buffers private to a
   region's body move to the stack of the thread running it; what the
   parent shares with a region (a shared array, task data, a lastprivate
   pointer) stays on the heap.  The results must not depend on the plugin
   or on how many threads run.  */
/* { dg-do run } */
/* { dg-options "-fopenmp -fchecking" } */
/* { dg-output "private 960 loop 40300 shared 10080 tasks 576 last 6(\n|\r\n|\r)" } */
/* escape-heap-allocs: 23 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
peek (const int *p, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

/* Each thread's buffer: a slot in its own frame.  */
__attribute__ ((noinline)) static int
private_buffer (int n)
{
  int total = 0;
#pragma omp parallel for reduction(+:total) num_threads(4)
  for (int t = 0; t < 4; t++)
    {
      int *buf = malloc (16 * sizeof *buf);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
      if (!buf)
	abort ();
      for (int i = 0; i < 16; i++)
	buf[i] = i * n;
      total += peek (buf, 16);
      free (buf);
    }
  return total;
}

/* A run-time size per iteration: the guarded slot, or the heap for the
   seven iterations asking for more than 256 bytes.  */
__attribute__ ((noinline)) static int
loop_buffer (int n)
{
  int s = 0;
#pragma omp parallel for reduction(+:s) num_threads(3)
  for (int i = 1; i < 40; i++)
    {
      int *v = malloc (i * n * sizeof *v);	/* { dg-message "moved to stack when size <= 256" } */
      if (!v)
	abort ();
      for (int k = 0; k < i * n; k++)
	v[k] = k;
      s += peek (v, i * n);
      free (v);
    }
  return s;
}

/* Shared with the region through the data block libgomp receives.  */
__attribute__ ((noinline)) static int
shared_buffer (int n)
{
  int *shared = malloc (64 * sizeof *shared);	/* { dg-message "escapes: " } */
  if (!shared)
    abort ();
#pragma omp parallel for num_threads(4)
  for (int i = 0; i < 64; i++)
    shared[i] = i * n;
  int s = peek (shared, 64);
  free (shared);
  return s;
}

/* Allocated by the thread that creates the tasks, freed by the tasks.  */
__attribute__ ((noinline)) static int
tasks (int n)
{
  int s = 0;
#pragma omp parallel num_threads(2)
#pragma omp single
  for (int t = 0; t < 8; t++)
    {
      int *p = malloc (8 * sizeof *p);	/* { dg-message "escapes: " } */
      if (!p)
	abort ();
      for (int k = 0; k < 8; k++)
	p[k] = t + k + n;
#pragma omp task firstprivate(p) shared(s)
      {
	int loc = peek (p, 8);
#pragma omp atomic
	s += loc;
	free (p);
      }
    }
  return s;
}

/* The last iteration's buffer is copied back to the parent.  */
__attribute__ ((noinline)) static int
last_private (int n)
{
  int *last = NULL;
#pragma omp parallel for lastprivate(last) num_threads(2)
  for (int i = 0; i < n; i++)
    {
      last = malloc (8 * sizeof *last);	/* { dg-message "escapes: stored through parameter" } */
      if (!last)
	abort ();
      last[0] = i;
      if (i != n - 1)
	free (last);
    }
  int r = peek (last, 1);
  free (last);
  return r;
}

int
main (void)
{
  printf ("private %d ", private_buffer (2));
  printf ("loop %d ", loop_buffer (2));
  printf ("shared %d ", shared_buffer (5));
  printf ("tasks %d ", tasks (2));
  printf ("last %d\n", last_private (7));
  return 0;
}
