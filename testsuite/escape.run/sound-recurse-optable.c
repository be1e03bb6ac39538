/* sound-recurse-optable.c -- an expression interpreter whose eval
   recurses through a table of operator functions.

   eval calls ops[kind] through a pointer, and the n-ary operators call
   eval on their operands: a cycle the call graph does not show (eval's
   own address is never taken, and the operators call nothing through a
   pointer).  Each operator evaluates its operands into a heap buffer of
   the largest arity, 2 KiB; as a stack slot it is multiplied by the
   nesting depth.  The 1000-deep expression runs on a thread with a 1 MiB
   stack: room for the frames, not for 1000 slots.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-output "optable 2996 -2994(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define DEPTH 1000
#define MAX_ARGS 256

enum kind { NUM, SUM, DIFF, NKINDS };

struct expr
{
  enum kind kind;
  long value;
  int nargs;
  struct expr *args[3];
};

static long eval (const struct expr *e);

static long
op_num (const struct expr *e)
{
  return e->value;
}

/* Evaluates E's operands into VALS.  */
static void
operands (const struct expr *e, long *vals)
{
  for (int i = 0; i < e->nargs; i++)
    vals[i] = eval (e->args[i]);
}

static long
op_sum (const struct expr *e)
{
  long *vals = malloc (MAX_ARGS * sizeof *vals);
  if (!vals)
    abort ();
  operands (e, vals);
  long r = 0;
  for (int i = 0; i < e->nargs; i++)
    r += vals[i];
  free (vals);
  return r;
}

static long
op_diff (const struct expr *e)
{
  long *vals = malloc (MAX_ARGS * sizeof *vals);
  if (!vals)
    abort ();
  operands (e, vals);
  long r = vals[0];
  for (int i = 1; i < e->nargs; i++)
    r -= vals[i];
  free (vals);
  return r;
}

static long (*const ops[NKINDS]) (const struct expr *)
  = { op_num, op_sum, op_diff };

static long
eval (const struct expr *e)
{
  return ops[e->kind] (e);
}

static struct expr *
node (enum kind kind, long value, struct expr *a, struct expr *b,
      struct expr *c)
{
  struct expr *e = malloc (sizeof *e);
  if (!e)
    abort ();
  e->kind = kind;
  e->value = value;
  e->nargs = kind == NUM ? 0 : 3;
  e->args[0] = a;
  e->args[1] = b;
  e->args[2] = c;
  return e;
}

static struct expr *
num (long value)
{
  return node (NUM, value, NULL, NULL, NULL);
}

static void
release (struct expr *e)
{
  while (e)
    {
      struct expr *next = NULL;
      for (int i = 0; i < e->nargs; i++)
	if (e->args[i]->kind == NUM)
	  free (e->args[i]);
	else
	  next = e->args[i];
      free (e);
      e = next;
    }
}

/* sum (1, 2, sum (1, 2, ... sum (1, 2, 0))), DEPTH deep, and the same
   with diff at the top.  */
static struct expr *
chain (enum kind top)
{
  struct expr *e = num (0);
  for (int i = 1; i < DEPTH; i++)
    e = node (SUM, 0, num (1), num (2), e);
  return node (top, 0, num (1), num (-2), e);
}

static void *
run (void *out)
{
  long *r = out;
  struct expr *e = chain (SUM);
  r[0] = eval (e);
  release (e);
  e = chain (DIFF);
  r[1] = eval (e);
  release (e);
  return NULL;
}

int
main (void)
{
  pthread_attr_t attr;
  pthread_t t;
  long r[2] = { 0, 0 };
  if (pthread_attr_init (&attr)
      || pthread_attr_setstacksize (&attr, 1024 * 1024)
      || pthread_create (&t, &attr, run, r)
      || pthread_join (t, NULL))
    {
      puts ("optable: cannot run the thread");
      return 1;
    }
  printf ("optable %ld %ld\n", r[0], r[1]);
  return 0;
}
