/* odd-openmp.c -- allocations in OpenMP code, under -fopenmp and GCC's
   IR verifiers.  GCC outlines each region into a function (main._omp_fn.N)
   that libgomp calls with a pointer to the shared data (.omp_data_i).
   Private buffers in a region's body are that function's locals and move
   to its stack (each thread has its own); what the parent shares with the
   region goes through the data block handed to libgomp, and escapes.  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing -fopenmp -fchecking" } */
#include <stdlib.h>
#include <string.h>

int *gp;
/* Visible outside: GCC deletes the stores to a static nobody reads.  */
char *tp;
#pragma omp threadprivate(tp)

__attribute__ ((noinline)) int
peek (const int *p, int n)	/* { dg-message "p does not escape" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

/* A private buffer per thread, summed by a reduction.  */
int
private_buffer (int n)
{
  int total = 0;
/* The reduction adds with __atomic_fetch_add_4: an int, no pointer.  */
#pragma omp parallel reduction(+:total) num_threads(4)	/* { dg-message ".omp_data_i does not escape" } */
  {
    int *buf = malloc (16 * sizeof *buf);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
    for (int i = 0; i < 16; i++)
      buf[i] = i * n;
    total += peek (buf, 16);
    free (buf);
  }
  return total;
}

/* A run-time size in a worksharing loop: the guarded slot.  */
int
loop_buffer (int n)
{
  int s = 0;
#pragma omp parallel for reduction(+:s) num_threads(3)	/* { dg-message ".omp_data_i does not escape" } */
  for (int i = 1; i < 40; i++)
    {
      int *v = malloc (i * n * sizeof *v);	/* { dg-message "moved to stack when size <= 256" } */
      memset (v, 0, i * n * sizeof *v);
      s += peek (v, i * n);
      free (v);
    }
  return s;
}

/* Shared with the region: the pointer travels in the data block.  */
int
shared_buffer (int n)
{
  int *shared = malloc (64 * sizeof *shared);	/* { dg-message "escapes: stored in a compiler temporary, which escapes" } */
#pragma omp parallel for num_threads(4)	/* { dg-message ".omp_data_i does not escape" } */
  for (int i = 0; i < 64; i++)
    shared[i] = i * n;
  int s = peek (shared, 64);
  free (shared);
  return s;
}

/* Allocated in the parent, freed by a task.  */
int
tasks (int n)
{
  int s = 0;
#pragma omp parallel num_threads(2)	/* { dg-message "leaking param content: .omp_data_i" } */
#pragma omp single
  for (int t = 0; t < 8; t++)
    {
      int *p = malloc (8 * sizeof *p);	/* { dg-message "escapes: stored in a compiler temporary, which escapes" } */
      for (int k = 0; k < 8; k++)
	p[k] = t + k + n;
      /* The task frees p.  */
#pragma omp task firstprivate(p) shared(s)	/* { dg-message "frees param content: .omp_data_i" } */
      {
	int loc = peek (p, 8);
#pragma omp atomic
	s += loc;
	free (p);
      }
    }
  return s;
}

/* Stored to a global and to a threadprivate variable.  */
void
stores (void)
{
#pragma omp parallel num_threads(2)	/* { dg-message ".omp_data_i does not escape" } */
  {
#pragma omp single
    gp = malloc (4 * sizeof *gp);	/* { dg-message "escapes: stored to global 'gp'" } */
    tp = malloc (8);		/* { dg-message "escapes: stored to thread-local 'tp'" } */
  }
}

/* lastprivate: the last iteration's buffer goes back to the parent.  */
int
last_private (int n)
{
  int *last = NULL;
#pragma omp parallel for lastprivate(last) num_threads(2)	/* { dg-message ".omp_data_i does not escape" } */
  for (int i = 0; i < n; i++)
    {
      last = malloc (8 * sizeof *last);	/* { dg-message "escapes: stored through parameter '.omp_data_i'" } */
      last[0] = i;
      if (i != n - 1)
	free (last);
    }
  int r = peek (last, 1);
  free (last);
  return r;
}

/* simd: no outlined function; the loop's private pointer is an
   "omp simd array" element, local memory.  Once GCC knows the loop's
   iterations may run at once (-O1 and up), a slot of the loop would be
   every vector lane's: the function keeps the heap (r-simd-clones.c).  */
int
simd (int n)
{
  int s = 0;
  int *q;
#pragma omp simd reduction(+:s) private(q)
  for (int i = 0; i < n; i++)
    {
      q = malloc (4 * sizeof *q);	/* { dg-message "moved to stack \\(16 bytes\\)|does not escape, stays on heap: function has SIMD loops" } */
      q[0] = i;
      s += peek (q, 1);
      free (q);
    }
  return s;
}
