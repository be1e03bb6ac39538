/* pool.c -- unit tests of the pool that holds a graph's small arrays
   (util.c): contents survive every growth, from the smallest block to
   past the largest, blocks given back are used again, and arrays grown
   in turn do not share bytes.  The core's own header, as these are not
   part of escape.h.  */

#include "unit.h"
#include "core.h"

static bool
holds_sequence (const struct esc_ids *ids, int32_t base, uint32_t n)
{
  if (ids->n != n)
    return false;
  for (uint32_t i = 0; i < n; i++)
    if (ids->v[i] != base + (int32_t) i)
      return false;
  return true;
}

static void
test_growth (void)
{
  struct esc_pool pool = { 0 };
  struct esc_ids a = { 0 }, b = { 0 };
  bool kept = true;
  /* Past 4 KiB (1024 ids) the arrays leave the pool for realloc.  */
  for (int32_t i = 0; i < 5000; i++)
    {
      esc_pool_ids_push (&pool, &a, i);
      esc_pool_ids_push (&pool, &b, 100000 + i);
      if ((i & (i + 1)) == 0)	/* at each size class */
	kept &= holds_sequence (&a, 0, (uint32_t) i + 1)
		&& holds_sequence (&b, 100000, (uint32_t) i + 1);
    }
  kept &= holds_sequence (&a, 0, 5000) && holds_sequence (&b, 100000, 5000);
  CHECK (kept, "arrays grown in turn keep their contents through every size");
  esc_pool_ids_release (&pool, &a);
  esc_pool_ids_release (&pool, &b);
  CHECK (a.v == NULL && a.n == 0 && a.cap == 0, "a released array is empty");
  esc_pool_release (&pool);
}

static void
test_reuse (void)
{
  struct esc_pool pool = { 0 };
  struct esc_ids a = { 0 }, b = { 0 };
  esc_pool_ids_push (&pool, &a, 1);
  int32_t *first = a.v;
  esc_pool_ids_release (&pool, &a);
  esc_pool_ids_push (&pool, &b, 2);
  CHECK (b.v == first && b.v[0] == 2, "a block given back is used again");
  /* Growing within a block's size class keeps the block.  */
  uint64_t *bits = esc_pool_resize (&pool, NULL, 0, 3 * sizeof *bits);
  bits[0] = 7;
  uint64_t *more = esc_pool_resize (&pool, bits, 3 * sizeof *bits,
				    4 * sizeof *bits);
  CHECK (more == bits && more[0] == 7, "growth inside a block stays put");
  more = esc_pool_resize (&pool, more, 4 * sizeof *more, 5 * sizeof *more);
  CHECK (more != bits && more[0] == 7, "growth past a block copies");
  esc_pool_release (&pool);
}

int
main (void)
{
  test_growth ();
  test_reuse ();
  totals ();
  return 0;
}
