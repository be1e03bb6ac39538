/* odd-gnu.c -- GNU C control flow around allocations, under GCC's IR
   verifiers: statement expressions that allocate, computed goto
   (&&label, goto *p) in functions that allocate, and nested functions
   touching the parent's allocations: called directly, passed as a
   callback (a trampoline on the stack), and leaving by a non-local goto.  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing -fchecking" } */
#include <stdlib.h>
#include <string.h>

extern void run_later (void (*) (int));
void *glabel;

__attribute__ ((noinline)) int
peek (const char *p, int n)	/* { dg-message "p does not escape" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

__attribute__ ((noinline)) void
each (int n, void (*fn) (int))	/* { dg-message "leaking param: fn" } */
{
  for (int i = 0; i < n; i++)
    fn (i);
}

#define SUMBUF(n) \
  ({ char *b_ = malloc (n); /* { dg-message "moved to stack" } */ \
     memset (b_, 1, n); int s_ = peek (b_, n); free (b_); s_; })

int
statement_expressions (int n)
{
  int a = SUMBUF (10) + SUMBUF (n); /* { dg-message "in expansion of macro 'SUMBUF'" } */
  a += ({ long *q = malloc (8); /* { dg-message "moved to stack \\(8 bytes\\)" } */
	  *q = a; int r = peek ((char *) q, 8); free (q); r; });
  char *d = ({ char *t = malloc (16); /* { dg-message "moved to stack \\(16 bytes\\)" } */
	       strcpy (t, "stmt"); t; });
  a += peek (d, 4);
  free (d);
  return a;
}

char *
statement_expressions_ret (void)
{
  return ({ char *t = malloc (16); strcpy (t, "out"); t; }); /* { dg-message "escapes: returned from 'statement_expressions_ret'" } */
}

/* A threaded interpreter: every opcode handler is reached by goto *.
   Its code's bytes, widened to long on the stack and narrowed again for
   the result, may be a pointer's, which narrowing loses: code's content
   leaks.  */
int
interpreter (const unsigned char *code, int n)	/* { dg-message "leaking param content: code" } */
{
  static void *const ops[] = { &&push, &&add, &&dup, &&end };
  long *stack = malloc (64 * sizeof *stack);	/* { dg-message "moved to stack \\(512 bytes\\)" } */
  char *scratch = malloc (n + 1);		/* { dg-message "moved to stack when size <= 256" } */
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
    long *tmp = malloc (sizeof *tmp);		/* { dg-message "moved to stack \\(8 bytes\\)" } */
    *tmp = stack[sp - 1];
    stack[sp++] = peek ((char *) tmp, 1);
    free (tmp);
  }
  goto *ops[code[pc++]];
end:;
  int r = (int) stack[sp - 1] + peek (scratch, n + 1);
  free (scratch);
  free (stack);
  return r;
}

/* A label's address leaves, the allocation does not.  */
int
label_address (int k)
{
  void *where = k ? &&one : &&two;
  char *p = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  p[0] = k;
  goto *where;
one:
  p[0] += 10;
two:
  glabel = &&one;
  int r = peek (p, 1);
  free (p);
  return r;
}

/* Called directly: the buffer stays local.  */
int
nested_direct (int n)
{
  char *buf = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  void fill (int k) { buf[k % 32] = k; }
  for (int i = 0; i < n; i++)
    fill (i);
  int r = peek (buf, 32);
  free (buf);
  return r;
}

/* Passed as a callback: the trampoline lives in the frame shared with
   the nested function, so that frame, and the buffer in it, escape.  */
int
nested_callback (int n)
{
  char *acc = malloc (n);	/* { dg-message "escapes: stored in the frame shared with nested functions, which escapes" } */
  memset (acc, 0, n);
  void add (int i) { acc[i] = i; }
  each (n, add);
  int r = peek (acc, n);
  free (acc);
  return r;
}

/* Handed to unknown code.  */
void
nested_unknown (void)
{
  char *p = malloc (16);	/* { dg-message "escapes: stored in the frame shared with nested functions, which escapes" } */
  void later (int k) { p[k] = 0; }
  run_later (later);
}

/* The nested function leaves by a non-local goto: the parent's frame is
   handed to __builtin_nonlocal_goto (and the parent has a non-local
   label, so nothing in it would move anyway); the nested function's own
   buffer moves, and is abandoned like a frame left by longjmp.  */
int
nested_goto (int n)
{
  __label__ out;
  char *buf = malloc (32);	/* { dg-message "escapes: stored in the frame shared with nested functions, which escapes" } */
  int steps = 0;
  void walk (int i)
  {
    char *tmp = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
    tmp[0] = i;
    buf[i % 32] = peek (tmp, 1);
    steps++;
    if (i == n)
      goto out;
    free (tmp);
  }
  for (int i = 0; i < 100; i++)
    walk (i);
out:
  {
    int r = steps + peek (buf, 32);
    free (buf);
    return r;
  }
}
