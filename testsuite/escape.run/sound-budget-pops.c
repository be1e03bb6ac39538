/* sound-budget-pops.c -- loops that must not give back their budgeted
   stack space at the end of an iteration, because something made in one
   iteration is still used after it: a list kept for the next iteration
   in a variable of the function, in an array, inside an object of the
   outer loop; the last list used after a break out of the loop; stack
   the program allocas itself in the loop.  And a loop with several ways
   back to its start (continue), which must give it back on each.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* { dg-output "carried 5314263336341124326 kept 8124918502795201076 nested 4209014107704050480 last 23992321 own 286944 continues 3082966715776961108(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item
{
  struct item *next;
  unsigned long value;
};

static struct item *
push (struct item *top, unsigned long v)
{
  struct item *it = malloc (sizeof *it);
  if (!it)
    abort ();
  it->value = v;
  it->next = top;
  return it;
}

static unsigned long
sum (const struct item *l)
{
  unsigned long s = 0;
  for (; l; l = l->next)
    s = s * 31 + l->value;
  return s;
}

static void
drop (struct item *l)
{
  while (l)
    {
      struct item *next = l->next;
      free (l);
      l = next;
    }
}

static void __attribute__ ((noinline))
drop_out (struct item *l)
{
  drop (l);
}

/* The previous round's list, read in the next round.  */
static unsigned long __attribute__ ((noinline))
carried (int n)
{
  unsigned long s = 0;
  struct item *prev = NULL;
  for (int r = 0; r < n; r++)
    {
      struct item *top = NULL;
      for (int i = 0; i < 50; i++)
	{
	  struct item *it = malloc (sizeof *it);
	  if (!it)
	    abort ();
	  it->value = (unsigned long) r * 100 + i;
	  it->next = top;
	  top = it;
	}
      s = s * 7 + sum (prev);
      drop (prev);
      prev = top;
    }
  s += sum (prev);
  drop (prev);
  return s;
}

/* Lists kept in an array of the function, four rounds each.  */
static unsigned long __attribute__ ((noinline))
kept (int n)
{
  struct item *keep[4] = { 0 };
  unsigned long s = 0;
  for (int r = 0; r < n; r++)
    {
      drop (keep[r % 4]);
      struct item *top = NULL;
      for (int i = 0; i < 20; i++)
	{
	  struct item *it = malloc (sizeof *it);
	  if (!it)
	    abort ();
	  it->value = (unsigned long) r * 31 + i;
	  it->next = top;
	  top = it;
	}
      keep[r % 4] = top;
      for (int k = 0; k < 4; k++)
	s = s * 3 + sum (keep[k]);
    }
  for (int k = 0; k < 4; k++)
    drop (keep[k]);
  return s;
}

struct bucket
{
  struct item *items;
  struct bucket *older;
};

/* Inner lists hang off an outer object that lives on.  */
static unsigned long __attribute__ ((noinline))
nested (int n)
{
  struct bucket *all = NULL;
  for (int r = 0; r < n; r++)
    {
      struct bucket *b = malloc (sizeof *b);
      if (!b)
	abort ();
      b->items = NULL;
      for (int i = 0; i < 10; i++)
	{
	  struct item *it = malloc (sizeof *it);
	  if (!it)
	    abort ();
	  it->value = (unsigned long) r ^ (unsigned long) i * 77;
	  it->next = b->items;
	  b->items = it;
	}
      b->older = all;
      all = b;
    }
  unsigned long s = 0;
  while (all)
    {
      struct bucket *older = all->older;
      s = s * 5 + sum (all->items);
      drop (all->items);
      free (all);
      all = older;
    }
  return s;
}

/* The list of the round that breaks out is used after the loop: the
   blocks after the break are outside it, and no pop may come first.  */
static unsigned long __attribute__ ((noinline))
last (int n)
{
  for (int r = 0;; r++)
    {
      struct item *top = NULL;
      for (int i = 0; i < 30; i++)
	top = push (top, (unsigned long) r * 1000 + i);
      if (r + 1 >= n && top->next)
	{
	  char noise[512];
	  memset (noise, 0x5a, sizeof noise);
	  unsigned long s = top->value * 7 + top->next->value + noise[r % 512];
	  drop_out (top);
	  return s;
	}
      drop (top);
    }
}

/* Stack the program takes itself in the loop, used after it.  */
static unsigned long __attribute__ ((noinline))
own (int n)
{
  unsigned long *bufs[8];
  unsigned long s = 0;
  for (int r = 0; r < n && r < 8; r++)
    {
      bufs[r] = alloca (64 * sizeof (unsigned long));
      struct item *top = NULL;
      for (int i = 0; i < 40; i++)
	{
	  struct item *it = malloc (sizeof *it);
	  if (!it)
	    abort ();
	  it->value = (unsigned long) r + i;
	  it->next = top;
	  top = it;
	}
      for (int k = 0; k < 64; k++)
	bufs[r][k] = sum (top) + k;
      drop (top);
    }
  for (int r = 0; r < n && r < 8; r++)
    for (int k = 0; k < 64; k++)
      s += bufs[r][k] % 1000;
  return s;
}

/* Three ways back to the start of the round.  */
static unsigned long __attribute__ ((noinline))
continues (int n)
{
  unsigned long s = 0;
  for (int r = 0; r < n; r++)
    {
      struct item *top = NULL;
      for (int i = 0; i < 25; i++)
	{
	  struct item *it = malloc (sizeof *it);
	  if (!it)
	    abort ();
	  it->value = (unsigned long) r * 17 + i;
	  it->next = top;
	  top = it;
	}
      unsigned long t = sum (top);
      drop (top);
      if (t % 3 == 0)
	{
	  s += t;
	  continue;
	}
      if (t % 3 == 1)
	{
	  s ^= t;
	  continue;
	}
      s = s * 3 + t;
    }
  return s;
}

int
main (void)
{
  printf ("carried %lu kept %lu nested %lu last %lu own %lu continues %lu\n",
	  carried (3000), kept (3000), nested (3000), last (3000), own (8),
	  continues (5000));
  return 0;
}
