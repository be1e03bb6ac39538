/* sound-sra-puns.c -- legitimate reads of a pointer's bytes (memcpy out
   of a copy of the struct, a union's other member) that GCC's SRA and
   IPA-SRA turn into a word read of the struct, `MEM <unsigned long>
   [(struct s *)a]', with no union, ref-all pointer or view conversion
   left.  Each read must pick up the pointer stored as a pointer: kept
   in a global, returned, copied by a callee into the caller's integer
   field and returned, returned as the callee's result, or freed through
   that field.  Found by hunt 43-d: the word read counted as one of
   integers only, so each object moved to the stack (invalid free at
   -O2 and up, under -flto too; "union", "result" and "local" already
   before round 31, which spread it to callees that copy integers).  */
/* { dg-do run } */
/* { dg-output "union / memcpy / mover / sra / result(\n|\r\n|\r)freed(\n|\r\n|\r)" } */
/* escape-heap-allocs: 5 */

#include "sent-words.h"
#include "stack-clobber.h"

#define NI __attribute__ ((noinline))
struct s { char *ptr; uintptr_t n; };
union U { struct s s; struct { uintptr_t a, n; } w; };

static uintptr_t words[5];

static NI void set (struct s *s, char *p) { s->ptr = p; s->n = 0; }
static NI void keep (union U *u) { words[0] = u->w.a; }
static NI uintptr_t get (union U *u) { return u->w.a; }
static NI void mover (union U *u, struct s *b) { b->n = get (u); u->w.n = 1; }

static NI void
copy_bytes (struct s *a)
{
  struct s t = *a;
  uintptr_t x;
  memcpy (&x, &t, sizeof x);
  a->n = x;
}

static NI void
copy_union (struct s *a)
{
  union U t;
  t.s = *a;
  a->n = t.w.a;
}

static NI uintptr_t
address_of (struct s *a)
{
  union U t;
  t.s = *a;
  a->n++;
  return t.w.a;
}

static NI void
kept_union (void)
{
  TEXT (p, "union");
  union U u;
  set (&u.s, p);
  keep (&u);
}

static NI uintptr_t
copied_bytes (void)
{
  TEXT (p, "memcpy");
  struct s a = { p, 0 };
  copy_bytes (&a);
  return a.n;
}

static NI uintptr_t
moved_union (void)
{
  TEXT (p, "mover");
  union U u;
  struct s b = { 0, 0 };
  set (&u.s, p);
  mover (&u, &b);
  return b.n;
}

static NI uintptr_t
copied_union (void)
{
  TEXT (p, "sra");
  struct s a = { p, 0 };
  copy_union (&a);
  return a.n;
}

static NI uintptr_t
result (void)
{
  TEXT (p, "result");
  struct s a = { p, 0 };
  uintptr_t r = address_of (&a);
  return r + a.n - 1;
}

static NI void
local (void)
{
  TEXT (p, "freed");
  struct s a = { p, 0 };
  copy_bytes (&a);
  puts ((char *) a.n);
  free ((void *) a.n);
}

int
main (void)
{
  kept_union ();
  clobber (1);
  words[1] = copied_bytes ();
  clobber (2);
  words[2] = moved_union ();
  clobber (3);
  words[3] = copied_union ();
  clobber (4);
  words[4] = result ();
  clobber (5);
  read_words (words, 5);
  local ();
  return 0;
}
