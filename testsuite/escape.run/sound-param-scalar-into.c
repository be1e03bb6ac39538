/* sound-param-scalar-into.c -- a callee that copies an integer it read
   from its caller's memory into the caller's memory (s->n = s->m, a
   count's s->len++): its summary stores only what the caller's integers
   point to (ESC_LEVEL_SCALARS), not every pointer that memory holds.
   Here the caller keeps an object's address in those integers, and the
   callee's copy is what takes it out of the function: each object must
   stay on the heap.  Shapes: a copy within one struct, from one
   parameter's struct into another's, from memory behind a pointer the
   struct holds into the struct (o->pad = o->in->m) and back, through a
   callee of the callee, and through a recursive pair whose summaries
   grow to a fixed point.  All but the first fail if the callee's copy
   is dropped from its summary.  */
/* { dg-do run } */
/* { dg-output "same / two / up / down / chain / cycle(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include "sent-words.h"
#include "stack-clobber.h"

struct s { uintptr_t m, n; char *ptr; };
struct outer { struct s *in; uintptr_t pad; };

/* Each callee also writes the memory it reads, so that IPA-SRA cannot
   pass the integer itself.  */
static void __attribute__ ((noinline))
copy_within (struct s *s)
{
  s->n = s->m;
  s->m = 0;
}

static void __attribute__ ((noinline))
copy_across (struct s *a, struct s *b)
{
  b->n = a->m;
  a->m = 0;
}

static void __attribute__ ((noinline))
copy_up (struct outer *o)
{
  o->pad = o->in->m;
  o->in->m = 0;
}

static void __attribute__ ((noinline))
copy_down (struct outer *o)
{
  o->in->n = o->pad;
  o->pad = 0;
}

static void __attribute__ ((noinline))
copy_chain (struct s *a, struct s *b)
{
  copy_across (a, b);
  a->n = 0;
}

static void copy_back (struct s *, struct s *, int);

static void __attribute__ ((noinline))
copy_forth (struct s *a, struct s *b, int k)
{
  if (k > 0)
    copy_back (a, b, k - 1);
  else
    copy_across (a, b);
}

static void __attribute__ ((noinline))
copy_back (struct s *a, struct s *b, int k)
{
  copy_forth (a, b, k);
  a->n++;
}

static uintptr_t __attribute__ ((noinline))
same (void)
{
  TEXT (p, "same");
  struct s s = { (uintptr_t) p, 0, NULL };
  copy_within (&s);
  return s.n;
}

static uintptr_t __attribute__ ((noinline))
two (void)
{
  TEXT (p, "two");
  struct s a = { (uintptr_t) p, 0, NULL }, b = { 0, 0, NULL };
  copy_across (&a, &b);
  return b.n;
}

static uintptr_t __attribute__ ((noinline))
up (void)
{
  TEXT (p, "up");
  struct s in = { (uintptr_t) p, 0, NULL };
  struct outer o = { &in, 0 };
  copy_up (&o);
  return o.pad;
}

static uintptr_t __attribute__ ((noinline))
down (void)
{
  TEXT (p, "down");
  struct s in = { 0, 0, NULL };
  struct outer o = { &in, (uintptr_t) p };
  copy_down (&o);
  return in.n;
}

static uintptr_t __attribute__ ((noinline))
chain (void)
{
  TEXT (p, "chain");
  struct s a = { (uintptr_t) p, 0, NULL }, b = { 0, 0, NULL };
  copy_chain (&a, &b);
  return b.n;
}

static uintptr_t __attribute__ ((noinline))
cycle (void)
{
  TEXT (p, "cycle");
  struct s a = { (uintptr_t) p, 0, NULL }, b = { 0, 0, NULL };
  copy_back (&a, &b, 3);
  return b.n;
}

int
main (void)
{
  uintptr_t w[6];
  w[0] = same ();
  clobber (1);
  w[1] = two ();
  clobber (2);
  w[2] = up ();
  clobber (3);
  w[3] = down ();
  clobber (4);
  w[4] = chain ();
  clobber (5);
  w[5] = cycle ();
  clobber (6);
  read_words (w, 6);
  return 0;
}
