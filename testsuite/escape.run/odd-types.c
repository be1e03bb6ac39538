/* odd-types.c -- allocations of and through unusual types, run with
   GCC's IR verifiers: vectors (malloc'd, 32-byte aligned, a pointer
   carried in a lane), _Complex, flexible array members, VLAs holding
   pointers, volatile and restrict pointers, _Thread_local, asm memory
   operands, alloca beside moved buffers, atomics on a local slot, and
   __builtin_clear_padding.  What escapes stays on the heap (the VLA's
   five buffers, the thread-local one and the two asm operands); the rest
   moves, and the output must not change.  */
/* { dg-do run } */
/* { dg-options "-fchecking -fstrict-aliasing" } */
/* { dg-output "vec 151 lane 32 complex 130 fam 21 64 vla 10 qual 121 tls tls asm 9 alloca 36 atomic 80 pad 1\\.5(\n|\r\n|\r)" } */
/* escape-heap-allocs: 8 */

#include <alloca.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int v4si __attribute__ ((vector_size (16)));
typedef long v2di __attribute__ ((vector_size (16)));
typedef float v8sf __attribute__ ((vector_size (32)));

static _Thread_local char *tls;

__attribute__ ((noinline)) static int
peek (const void *p, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += ((const unsigned char *) p)[i];
  return s;
}

__attribute__ ((noinline)) static int
vectors (int n)
{
  v4si *p = malloc (4 * sizeof *p);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  v8sf *q = aligned_alloc (32, 2 * sizeof *q);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!p || !q || (uintptr_t) q % 32)
    abort ();
  for (int i = 0; i < 4; i++)
    p[i] = (v4si) { i, i + n, i * n, 1 };
  p[0] += p[1] * p[2];
  q[0] = (v8sf) { 1, 2, 3, 4, 5, 6, 7, 8 };
  q[1] = q[0] * q[0];
  int r = peek (p, 64) + (int) q[1][7];
  free (q);
  free (p);
  return r;
}

__attribute__ ((noinline)) static int
vector_lane (void)
{
  char *p = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!p)
    abort ();
  memset (p, 2, 16);
  v2di v = { 0, (long) p };
  v = __builtin_shuffle (v, (v2di) { 1, 0 });
  int r = peek ((char *) v[0], 16);
  free (p);
  return r;
}

__attribute__ ((noinline)) static double
complex_values (int n)
{
  _Complex double *z = malloc (n * sizeof *z);	/* { dg-message "moved to stack when size <= 256" } */
  if (!z)
    abort ();
  for (int i = 0; i < n; i++)
    z[i] = i + 1.0i * i;
  _Complex double s = 0;
  for (int i = 0; i < n; i++)
    s += z[i] * (2 + 1.0i);
  free (z);
  return __real__ s * 10 + __imag__ s;
}

struct fam { int n; struct fam *next; long data[]; };

__attribute__ ((noinline)) static long
flexible_array (int n, long *fixed)
{
  struct fam *f = malloc (sizeof *f + n * sizeof f->data[0]);	/* { dg-message "moved to stack when size <= 256" } */
  struct fam *g = malloc (sizeof *g + 4 * sizeof g->data[0]);	/* { dg-message "moved to stack \\(48 bytes\\)" } */
  if (!f || !g)
    abort ();
  f->n = n;
  f->next = g;
  g->n = 4;
  for (int i = 0; i < n; i++)
    f->data[i] = i;
  for (int i = 0; i < 4; i++)
    g->data[i] = 16 * i;
  long s = 0;
  for (int i = 0; i < f->n; i++)
    s += f->data[i];
  *fixed = f->next->data[1] * f->next->n;
  free (g);
  free (f);
  return s;
}

/* The VLA is in the function's frame, so what it holds outlives the
   loop iteration that allocated it: five heap allocations.  */
__attribute__ ((noinline)) static int
vla (int n)
{
  char *v[n];
  for (int i = 0; i < n; i++)
    {
      v[i] = malloc (8);	/* { dg-message "escapes: outlives its loop iteration" } */
      if (!v[i])
	abort ();
      v[i][0] = (char) i;
    }
  int s = 0;
  for (int i = 0; i < n; i++)
    s += peek (v[i], 1), free (v[i]);
  return s;
}

__attribute__ ((noinline)) static int
qualifiers (int n)
{
  char *volatile vp = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  volatile char *pv = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  int *restrict a = malloc (n * sizeof *a);	/* { dg-message "moved to stack when size <= 256" } */
  int *restrict b = malloc (n * sizeof *b);	/* { dg-message "moved to stack when size <= 256" } */
  if (!vp || !pv || !a || !b)
    abort ();
  vp[0] = 1;
  pv[0] = 2;
  for (int i = 0; i < n; i++)
    a[i] = i, b[i] = vp[0] + pv[0];
  for (int i = 0; i < n; i++)
    a[i] += b[i];
  int r = a[n - 1] * 11;
  free (b);
  free (a);
  free ((void *) pv);
  free (vp);
  return r;
}

__attribute__ ((noinline)) static void
thread_local_store (void)
{
  tls = malloc (16);		/* { dg-message "escapes: stored to thread-local 'tls'" } */
  if (!tls)
    abort ();
  strcpy (tls, "tls");
}

__attribute__ ((noinline)) static int
asm_memory (void)
{
  int *p = malloc (4 * sizeof *p);	/* { dg-message "escapes: passed to inline asm" } */
  int *q = malloc (4 * sizeof *q);	/* { dg-message "escapes: passed to inline asm" } */
  if (!p || !q)
    abort ();
  p[0] = 1;
  q[1] = 7;
#if defined __x86_64__ || defined __i386__
  __asm__ volatile ("incl %0" : "+m" (p[0]));
#else
  p[0]++;
#endif
  __asm__ ("" : : "m" (*q));
  int r = p[0] + q[1];
  free (q);
  free (p);
  return r;
}

__attribute__ ((noinline)) static int
alloca_beside (int n)
{
  char **tab = alloca (4 * sizeof *tab);
  char *al = __builtin_alloca_with_align (64, 256);
  char *h = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!h || (uintptr_t) al % 32)
    abort ();
  for (int i = 0; i < 4; i++)
    tab[i] = h + 16 * i;
  memset (h, n, 64);
  memcpy (al, h, 64);
  memmove (al + 1, al, 63);
  int r = peek (al, 4) + peek (tab[3], 4) * 2;
  free (h);
  return r;
}

__attribute__ ((noinline)) static int
atomics (void)
{
  char *p = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!p)
    abort ();
  memset (p, 5, 16);
  char *slot = 0, *expected = 0;
  __atomic_compare_exchange_n (&slot, &expected, p, 0, __ATOMIC_SEQ_CST,
			       __ATOMIC_SEQ_CST);
  char *q = __atomic_load_n (&slot, __ATOMIC_SEQ_CST);
  int r = peek (q, 16);
  free (p);
  return r;
}

struct pad { char c; double d; };

__attribute__ ((noinline)) static double
clear_padding (void)
{
  struct pad *p = malloc (sizeof *p);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!p)
    abort ();
  memset (p, 0xff, sizeof *p);
  p->c = 1;
  p->d = 0.5;
  __builtin_clear_padding (p);
  double r = p->c + p->d + peek ((char *) p + 1, 7);
  free (p);
  return r;
}

int
main (void)
{
  printf ("vec %d lane %d ", vectors (3), vector_lane ());
  printf ("complex %g ", complex_values (5));
  long fixed;
  long fam = flexible_array (7, &fixed);
  printf ("fam %ld %ld ", fam, fixed);
  printf ("vla %d qual %d ", vla (5), qualifiers (9));
  thread_local_store ();
  printf ("tls %s asm %d alloca %d ", tls, asm_memory (), alloca_beside (3));
  printf ("atomic %d pad %g\n", atomics (), clear_padding ());
  free (tls);
  return 0;
}
