/* odd-types.c -- allocations of and through unusual types and
   qualifiers, under GCC's IR verifiers: vector types (pointers to
   vectors, malloc'd vectors, a pointer in a vector lane), _Complex,
   bit-fields (a tagged pointer in a 48-bit field), flexible array
   members, VLAs, volatile and restrict pointers, _Thread_local, asm
   memory operands, and __attribute__((cleanup)) freeing a malloc'd
   pointer.  */
/* { dg-options "-fplugin-arg-escape-report -fchecking" } */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef int v4si __attribute__ ((vector_size (16)));
typedef long v2di __attribute__ ((vector_size (16)));
typedef float v8sf __attribute__ ((vector_size (32)));

v2di gvec;
_Complex long gcomplex;
struct tagged { uintptr_t ptr : 48; uintptr_t tag : 16; } gtagged;
/* Visible outside: GCC deletes the stores to a static nobody reads.  */
_Thread_local char *tls;

__attribute__ ((noinline)) int
peek (const void *p, int n)	/* { dg-message "p does not escape" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += ((const char *) p)[i];
  return s;
}

int
vectors (int n)
{
  v4si *p = malloc (4 * sizeof *p);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  for (int i = 0; i < 4; i++)
    p[i] = (v4si) { i, i + n, i * n, 1 };
  p[0] += p[1] * p[2];
  int r = peek (p, 64);
  free (p);
  v8sf *q = aligned_alloc (32, 2 * sizeof *q);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  q[0] = (v8sf) { 1, 2, 3, 4, 5, 6, 7, 8 };
  q[1] = q[0] * q[0];
  r += peek (q, 64);
  free (q);
  return r;
}

/* A pointer in a vector lane, shuffled, and stored to a global.  */
void
vector_lane_global (void)
{
  char *p = malloc (16);	/* { dg-message "escapes: stored to global 'gvec'" } */
  v2di v = { 0, (long) p };
  gvec = __builtin_shuffle (v, (v2di) { 1, 0 });
}

int
vector_lane_local (void)
{
  char *p = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  memset (p, 2, 16);
  v2di v = { (long) p, 0 };
  int r = peek ((char *) v[0], 16);
  free (p);
  return r;
}

int
complex_values (int n)
{
  _Complex double *z = malloc (n * sizeof *z);	/* { dg-message "moved to stack when size <= 256" } */
  for (int i = 0; i < n; i++)
    z[i] = i + 1.0i * i;
  int r = peek (z, n * sizeof *z);
  free (z);
  return r;
}

/* A complex integer is as wide as two pointers: it carries one.  */
void
complex_carries (void)
{
  char *p = malloc (16);	/* { dg-message "escapes: stored to global 'gcomplex'" } */
  gcomplex = (long) p + 0i;
}

void
tagged_pointer (int tag)
{
  char *p = malloc (16);	/* { dg-message "escapes: stored to global 'gtagged'" } */
  gtagged.ptr = (uintptr_t) p;
  gtagged.tag = tag;
}

struct fam { int n; char *name; long data[]; };

int
flexible_array (int n)
{
  struct fam *f = malloc (sizeof *f + n * sizeof f->data[0]);	/* { dg-message "moved to stack when size <= 256" } */
  struct fam *g = malloc (sizeof *g + 4 * sizeof g->data[0]);	/* { dg-message "moved to stack \\(48 bytes\\)" } */
  f->n = n;
  f->name = (char *) g;
  for (int i = 0; i < n; i++)
    f->data[i] = i;
  g->n = 4;
  int r = peek (f, sizeof *f + n * sizeof f->data[0]) + peek (f->name, 48);
  free (g);
  free (f);
  return r;
}

/* Pointers held in a VLA outlive the iteration that made them.  */
int
vla (int n)
{
  char *v[n];
  for (int i = 0; i < n; i++)
    v[i] = malloc (8);		/* { dg-message "escapes: outlives its loop iteration" } */
  int r = 0;
  for (int i = 0; i < n; i++)
    r += peek (v[i], 1), free (v[i]);
  int (*m)[n] = malloc (n * sizeof *m);	/* { dg-message "moved to stack when size <= 256" } */
  memset (m, 0, n * sizeof *m);
  r += peek (m, n * sizeof *m);
  free (m);
  return r;
}

int
qualifiers (int n)
{
  char *volatile vp = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  volatile char *pv = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  int *restrict a = malloc (n * sizeof *a);	/* { dg-message "moved to stack when size <= 256" } */
  int *restrict b = malloc (n * sizeof *b);	/* { dg-message "moved to stack when size <= 256" } */
  vp[0] = 1;
  pv[0] = 2;
  for (int i = 0; i < n; i++)
    a[i] = i, b[i] = vp[0] + pv[0];
  int r = peek (a, n * sizeof *a) + peek (b, n * sizeof *b);
  free (b);
  free (a);
  free ((void *) pv);
  free (vp);
  return r;
}

void
thread_local_store (void)
{
  tls = malloc (16);		/* { dg-message "escapes: stored to thread-local 'tls'" } */
}

int
asm_memory (void)
{
  int *p = malloc (4 * sizeof *p);	/* { dg-message "escapes: passed to inline asm" } */
  p[0] = 1;
  __asm__ volatile ("incl %0" : "+m" (p[0]));
  int r = p[0];
  free (p);
  int *q = malloc (4 * sizeof *q);	/* { dg-message "escapes: passed to inline asm" } */
  q[1] = 7;
  __asm__ ("" : : "m" (*q));
  r += q[1];
  free (q);
  return r;
}

/* cleanup: freed by a function the pass does not inline at -O0 ...  */
__attribute__ ((noinline)) static void
free_ptr (void *pp)		/* { dg-message "frees param content: pp" } */
{
  free (*(void **) pp);
}

/* ... or by one that is inlined at every level.  */
static inline __attribute__ ((always_inline)) void
free_ptr_inline (void *pp)
{
  free (*(void **) pp);
}

int
cleanup (int n)
{
  __attribute__ ((cleanup (free_ptr))) char *p = malloc (32);	/* { dg-message "escapes: freed by 'free_ptr'" } */
  __attribute__ ((cleanup (free_ptr_inline))) char *q = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  __attribute__ ((cleanup (free_ptr_inline))) char *r = malloc (n);	/* { dg-message "moved to stack when size <= 256" } */
  memset (p, 1, 32);
  memset (q, 2, 32);
  memset (r, 3, n);
  if (n > 100)
    return peek (p, 32);
  return peek (q, 32) + peek (r, n);
}
