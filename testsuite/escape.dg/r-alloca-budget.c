/* r-alloca-budget.c -- with alloca-budget, local objects that get no
   slot take stack space at run time.

   What is budgeted: in a function that may recurse, fixed and run-time
   sizes (strdup) and calloc; a list node built in a loop, which outlives
   its iteration; an object past the frame budget (in a loop, when the
   loop gives back each iteration's space).  What is not: an
   object bigger than max-object-size, one that escapes, and every object
   of a function that pops its own stack (a VLA's scope ends) or calls
   setjmp.  A function that does not recurse still gets slots.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report -fplugin-arg-escape-alloca-budget=65536" } */

#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

struct node { struct node *left, *right; const char *name; int value; };

long
walk (struct node *n)
{
  if (!n)
    return 0;
  int *digits = malloc (16 * sizeof (int));	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(64 bytes\\)" } */
  char *copy = strdup (n->name);	/* { dg-message "moved to stack while the thread's alloca budget lasts, when size <= 4096" } */
  long *zeros = calloc (4, sizeof (long));	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(32 bytes\\)" } */
  char *huge = malloc (1 << 16);	/* { dg-message "does not escape, stays on heap: too large for stack" } */
  for (int i = 0; i < 16; i++)
    digits[i] = n->value + i;
  ((volatile char *) huge)[0] = copy[0];
  long s = digits[3] + zeros[1] + ((volatile char *) huge)[0]
	   + walk (n->left) + walk (n->right);
  free (digits);
  free (copy);
  free (zeros);
  free (huge);
  return s;
}

struct node *kept;

long
keep (struct node *n)
{
  if (!n)
    return 0;
  struct node *c = malloc (sizeof *c);	/* { dg-message "escapes: stored to global 'kept'" } */
  *c = *n;
  kept = c;
  return keep (n->left) + 1;
}

long
scoped (struct node *n, int k)
{
  if (!n)
    return 0;
  int *p = malloc (8 * sizeof (int));	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  long s = 0;
  {
    int vla[k];
    for (int i = 0; i < k; i++)
      vla[i] = i;
    s += vla[k - 1];
  }
  ((volatile int *) p)[0] = n->value;
  s += ((volatile int *) p)[0] + scoped (n->left, k);
  free (p);
  return s;
}

jmp_buf env;

long
jumps (struct node *n)
{
  if (!n || setjmp (env))
    return 0;
  int *p = malloc (8 * sizeof (int));	/* { dg-message "does not escape, stays on heap: function calls setjmp" } */
  p[0] = n->value;
  long s = p[0] + jumps (n->left);
  free (p);
  return s;
}

long
leaf (int v)
{
  int *p = malloc (8 * sizeof (int));	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  ((volatile int *) p)[0] = v;
  long s = ((volatile int *) p)[0];
  free (p);
  return s;
}

/* A byte of n's name is added into the long result: a word's arithmetic.
   { dg-message "leaking param: n to result ~r0 level=1" "" { target *-*-* } 21 } */
/* { dg-message "leaking param content: n" "" { target *-*-* } 44 } */
/* { dg-message "n does not escape" "" { target *-*-* } 55 } */
/* { dg-message "n does not escape" "" { target *-*-* } 76 } */

struct item { struct item *next; int value; };

int
stacked (int n)
{
  struct item *top = NULL;
  for (int i = 0; i < n; i++)
    {
      struct item *it = malloc (sizeof *it);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(16 bytes\\)" } */
      it->value = i;
      it->next = top;
      top = it;
    }
  int s = 0;
  while (top)
    {
      struct item *next = top->next;
      s += top->value;
      free (top);
      top = next;
    }
  return s;
}

int
five_pages (int i)
{
  char *a = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
  char *b = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
  char *c = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
  char *d = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
  char *e = malloc (4096);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(4096 bytes\\)" } */
  char *all[5] = { a, b, c, d, e };
  for (int k = 0; k < 5; k++)
    ((volatile char *) all[k])[i] = (char) k;
  int s = 0;
  for (int k = 0; k < 5; k++)
    s += ((volatile char *) all[k])[i];
  for (int k = 0; k < 5; k++)
    free (all[k]);
  return s;
}

/* Over-aligned: alloca gives malloc's alignment only, and aligning by
   hand would hide the size from __builtin_object_size.  */
long
aligned (int n)
{
  if (n == 0)
    return 0;
  char *p = aligned_alloc (64, 128);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  ((volatile char *) p)[0] = (char) n;
  long r = ((volatile char *) p)[0] + aligned (n - 1);
  free (p);
  return r;
}

/* Sibling calls: alloca would rule them out, and a recursion through
   them that runs in constant stack would take a frame per call.  */
long pong (int n, long acc);

__attribute__ ((noinline)) long
ping (int n, long acc)
{
  if (n == 0)
    return acc;
  char *p = malloc (32);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  memset (p, n, 32);
  acc += ((volatile char *) p)[5];
  free (p);
  return pong (n - 1, acc);
}

__attribute__ ((noinline)) long
pong (int n, long acc)
{
  return ping (n, acc + 1);
}

/* In a loop, an object that does not outlive its iteration: the loop
   gives back each iteration's alloca'd space at its end, so the fifth
   page, past the frame budget, is budgeted.  */
int
five_pages_each (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *a = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
      char *b = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
      char *c = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
      char *d = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
      char *e = malloc (4096);	/* { dg-message "moved to stack while the thread's alloca budget lasts \\(4096 bytes\\)" } */
      char *all[5] = { a, b, c, d, e };
      for (int k = 0; k < 5; k++)
	((volatile char *) all[k])[i] = (char) k;
      for (int k = 0; k < 5; k++)
	s += ((volatile char *) all[k])[i];
      for (int k = 0; k < 5; k++)
	free (all[k]);
    }
  return s;
}

/* But not in a loop that cannot give it back, because a list node of
   the same iteration lives on: the alloca'd pages would pile up, a new
   one each iteration, until the function returns.  */
struct list { struct list *next; };

int
five_pages_kept (int n)
{
  int s = 0;
  struct list *kept = NULL;
  for (int i = 0; i < n; i++)
    {
      char *a = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
      char *b = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
      char *c = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
      char *d = malloc (4096);	/* { dg-message "moved to stack \\(4096 bytes\\)" } */
      char *e = malloc (4096);	/* { dg-message "does not escape, stays on heap: frame budget" } */
      struct list *node = malloc (sizeof *node);	/* { dg-message "moved to stack while the thread's alloca budget lasts" } */
      node->next = kept;
      kept = node;
      char *all[5] = { a, b, c, d, e };
      for (int k = 0; k < 5; k++)
	((volatile char *) all[k])[i] = (char) k;
      for (int k = 0; k < 5; k++)
	s += ((volatile char *) all[k])[i];
      for (int k = 0; k < 5; k++)
	free (all[k]);
    }
  while (kept)
    {
      struct list *next = kept->next;
      free (kept);
      kept = next;
      s++;
    }
  return s;
}
