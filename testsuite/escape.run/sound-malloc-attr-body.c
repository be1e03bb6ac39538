/* sound-malloc-attr-body.c -- functions of the program declared
   __attribute__ ((malloc)) whose bodies return memory the caller can
   reach otherwise: a bump allocator returning a pointer into its arena
   argument, a free-list pool handing out a block the caller allocated,
   and an out-of-memory check returning its argument (xmalloc (n) as
   check_oom (malloc (n))).  The calls were taken for allocations of
   fresh memory, so the arena, the block and the checked object were
   judged without what the calls do with them: moved to slots while
   still reachable (dead frames read, a slot freed: wrong output or an
   abort at every level).  The attribute is evidence, not proof: a body
   the analysis reads decides.  Found by an adversarial hunt.  */
/* { dg-do run } */
/* { dg-output "hello / hello / abab 5(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stack-clobber.h"

struct arena { size_t used; char buf[240]; };

static void * __attribute__ ((malloc, noinline))
arena_alloc (struct arena *a, size_t n)
{
  void *p = a->buf + a->used;
  a->used += n;
  return p;
}

static char *from_arena;

static void __attribute__ ((noinline))
use_arena (void)
{
  struct arena *a = malloc (sizeof *a);
  if (!a)
    abort ();
  a->used = 0;
  char *s = arena_alloc (a, 16);
  strcpy (s, "hello");
  from_arena = s;
}

struct block { struct block *next; char data[24]; };
struct pool { struct block *free_list; };

static void * __attribute__ ((malloc, noinline))
pool_get (struct pool *p)
{
  struct block *r = p->free_list;
  p->free_list = r->next;
  r->next = NULL;
  return r;
}

static struct block *from_pool;

static void __attribute__ ((noinline))
use_pool (void)
{
  struct pool *p = malloc (sizeof *p);
  struct block *b = malloc (sizeof *b);
  if (!p || !b)
    abort ();
  b->next = NULL;
  p->free_list = b;
  struct block *r = pool_get (p);
  strcpy (r->data, "hello");
  from_pool = r;
  free (p);
}

static void * __attribute__ ((malloc, returns_nonnull, noinline))
check_oom (void *p)
{
  if (!p)
    abort ();
  return p;
}

#define xmalloc(n) check_oom (malloc (n))

static char * __attribute__ ((noinline))
twice (const char *s)
{
  size_t n = strlen (s);
  char *r = xmalloc (2 * n + 1);
  memcpy (r, s, n);
  memcpy (r + n, s, n + 1);
  return r;
}

static int __attribute__ ((noinline))
count (const char *s)
{
  char *tmp = xmalloc (32);
  strcpy (tmp, s);
  int c = (int) strlen (tmp);
  free (tmp);
  return c;
}

int
main (void)
{
  use_arena ();
  use_pool ();
  clobber (0x55);
  printf ("%s / %s / ", from_arena, from_pool->data);
  char *a = twice ("ab");
  clobber (0x55);
  printf ("%s %d\n", a, count ("hello"));
  free (a);
  return 0;
}
