/* odd-gnu.c -- GNU C control flow around allocations, run: a threaded
   interpreter (computed goto) whose opcode handlers allocate, statement
   expressions that allocate, nested functions called directly (one
   leaves its parent by a non-local goto, abandoning its moved buffer),
   and __attribute__((cleanup)) freeing buffers on every way out of a
   scope: return, break, continue.  Built with GCC's IR verifiers.
   Nested functions are only called directly here: a trampoline on an
   ASan fake stack cannot run.  */
/* { dg-do run } */
/* { dg-options "-fchecking" } */
/* { dg-output "interp 26 stmt 46 nested 780 goto 7 42 cleanup 106 104 53(\n|\r\n|\r)" } */
/* escape-heap-allocs: 1 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
peek (const char *p, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

__attribute__ ((noinline)) static int
interpreter (const unsigned char *code, int n)
{
  static void *const ops[] = { &&push, &&add, &&dup, &&end };
  long *stack = malloc (64 * sizeof *stack);	/* { dg-message "moved to stack \\(512 bytes\\)" } */
  char *scratch = malloc (n + 1);		/* { dg-message "moved to stack when size <= 256" } */
  if (!stack || !scratch)
    abort ();
  int sp = 0, pc = 0;
  memset (scratch, 0, n + 1);
  goto *ops[code[pc++]];
push:
  stack[sp++] = code[pc++];
  scratch[pc % (n + 1)]++;
  goto *ops[code[pc++]];
add:
  sp--;
  stack[sp - 1] += stack[sp];
  goto *ops[code[pc++]];
dup:
  {
    char *tmp = malloc (8);		/* { dg-message "moved to stack \\(8 bytes\\)" } */
    if (!tmp)
      abort ();
    tmp[0] = (char) stack[sp - 1];
    stack[sp++] = peek (tmp, 1);
    free (tmp);
  }
  goto *ops[code[pc++]];
end:;
  int r = (int) stack[sp - 1] + peek (scratch, n + 1);
  free (scratch);
  free (stack);
  return r;
}

#define SUM_OF(n) \
  ({ char *b_ = malloc (n); if (!b_) abort (); \
     memset (b_, 1, n); int s_ = peek (b_, n); free (b_); s_; })

__attribute__ ((noinline)) static int
statement_expressions (int n)
{
  int a = SUM_OF (10) + SUM_OF (n);
  a += ({ char *q = malloc (8); if (!q) abort (); /* { dg-message "moved to stack \\(8 bytes\\)" } */
	  memset (q, 2, 8); int r = peek (q, 8); free (q); r; });
  char *d = ({ char *t = malloc (16); if (!t) abort (); /* { dg-message "moved to stack \\(16 bytes\\)" } */
	       strcpy (t, "stmt"); t; });
  a += d[0] - 's';
  free (d);
  return a;
}

__attribute__ ((noinline)) static int
nested_direct (int n)
{
  char *buf = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  if (!buf)
    abort ();
  memset (buf, 0, 32);
  void fill (int k) { buf[k % 32] += k; }
  for (int i = 0; i < n; i++)
    fill (i);
  int r = peek (buf, 32);
  free (buf);
  return r;
}

/* walk () leaves nested_goto () by a non-local goto on its 7th call.
   The frame shared with walk () is handed to __builtin_nonlocal_goto,
   so the parent's buffer escapes; walk ()'s own moves.  */
__attribute__ ((noinline)) static int
nested_goto (int n, int *sum)
{
  __label__ out;
  char *buf = malloc (32);	/* { dg-message "escapes: " } */
  if (!buf)
    abort ();
  memset (buf, 0, 32);
  int steps = 0;
  void walk (int i)
  {
    char *tmp = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
    if (!tmp)
      abort ();
    tmp[0] = (char) i;
    buf[i % 32] = (char) (peek (tmp, 1) * 2);
    steps++;
    if (i == n)
      {
	free (tmp);
	goto out;
      }
    free (tmp);
  }
  for (int i = 0; i < 100; i++)
    walk (i);
out:
  *sum = peek (buf, 32);
  free (buf);
  return steps;
}

/* always_inline: the free is in the caller at every level.  */
static inline __attribute__ ((always_inline)) void
free_ptr (void *pp)
{
  free (*(void **) pp);
}
#define AUTOFREE __attribute__ ((cleanup (free_ptr)))

__attribute__ ((noinline)) static int
cleanup_return (int n)
{
  AUTOFREE char *p = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  if (!p)
    abort ();
  memset (p, 3, 32);
  if (n > 3)
    return peek (p, 32) + n;
  AUTOFREE char *q = malloc (n);	/* { dg-message "moved to stack when size <= 256" } */
  if (!q)
    abort ();
  memset (q, 4, n);
  return peek (p, 32) + peek (q, n);
}

/* A cleanup variable in a loop body, left by continue and break.  (At
   -O0 the variable lives in memory for the whole function, and the
   plugin, which does not read GCC's end-of-scope clobbers, keeps each
   iteration's buffer on the heap; so this one scope per call.)  */
__attribute__ ((noinline)) static int
cleanup_step (int i, int *s)
{
  AUTOFREE char *t = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!t)
    abort ();
  t[0] = (char) i;
  *s += peek (t, 1);
  if (i == 5)
    return 0;
  if (i == 9)
    return 1;
  ++*s;
  return 0;
}

__attribute__ ((noinline)) static int
cleanup_loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    if (cleanup_step (i, &s))
      break;
  return s;
}

int
main (void)
{
  static const unsigned char prog[] = { 0, 5, 0, 7, 1, 2, 1, 3 };
  printf ("interp %d ", interpreter (prog, 5));
  printf ("stmt %d ", statement_expressions (20));
  printf ("nested %d ", nested_direct (40));
  int sum;
  int steps = nested_goto (6, &sum);
  printf ("goto %d %d ", steps, sum);
  printf ("cleanup %d %d %d\n", cleanup_return (10), cleanup_return (2),
	  cleanup_loop (20));
  return 0;
}
