/* r-closure.c -- closures built from a function pointer and an
   environment.  The environment escapes when the closure is returned or
   registered (a global table, an unknown function); a closure called only
   here, through a pointer whose only possible value is a function of this
   unit, uses that function's summary and its environment stays local.  */
/* { dg-options "-fplugin-arg-escape-report" } */
#include <stdlib.h>
#include <unistd.h>

struct buf { char data[16]; };
struct closure { int (*fn) (struct buf *); struct buf *env; };

/* The closure body: reads its environment, keeps nothing.  */
static int
show (struct buf *b)			/* { dg-message "leaking param content: b" } */
{
  return write (1, b->data, sizeof b->data);
}

struct closure
closure_returned (void)
{
  struct closure k = { show, malloc (sizeof (struct buf)) };	/* { dg-message "escapes: returned from 'closure_returned'" } */
  return k;
}

struct closure table[4];

void
closure_in_global_table (int i)
{
  table[i].fn = show;
  table[i].env = malloc (sizeof (struct buf));	/* { dg-message "escapes: stored to global 'table'" } */
}

extern void register_callback (int (*) (struct buf *), struct buf *);

void
closure_to_unknown (void)
{
  register_callback (show, malloc (sizeof (struct buf)));	/* { dg-message "escapes: passed to unknown function 'register_callback'" } */
}

/* Called through k.fn, whose only value is show: show's summary says b
   does not escape.  */
int
closure_local (void)
{
  struct closure k = { show, malloc (sizeof (struct buf)) };	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  read (0, k.env, sizeof (struct buf));
  int r = k.fn (k.env);
  r += k.fn (k.env);
  free (k.env);
  return r;
}

/* The closure is passed by address to a helper that calls it: the helper
   cannot know its target, so its parameter's content leaks, and so does
   the environment.  A call through an unknown pointer leaks the pointer
   it goes through: in GNU C it may be a trampoline into a frame.  */
static __attribute__ ((noinline, noclone)) int
call_closure (struct closure *k)	/* { dg-message "leaking param content: k" } */
{
  return k->fn (k->env);
}

int
closure_through_helper (void)
{
  struct closure k = { show, malloc (sizeof (struct buf)) };	/* { dg-message "escapes: passed to 'call_closure' \\(parameter 1 leaks\\)" } */
  int r = call_closure (&k);
  free (k.env);
  return r;
}

