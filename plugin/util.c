/* util.c -- what every file of the core uses: memory, growable arrays of
   ids, a pool for a graph's small arrays, a hash map of 64-bit keys, and
   the checking of invariants.

   The first link of the core's chain (core.h): it uses nothing else of
   the core.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

void *
esc_xrealloc (void *p, size_t size)
{
  void *q = realloc (p, size ? size : 1);
  if (!q)
    {
      fputs ("escape: out of memory\n", stderr);
      abort ();
    }
  return q;
}

/* ---- Invariants. ---- */

static bool checking;

void
esc_set_checking (bool on)
{
  checking = on;
}

bool
esc_assert_fail (const char *expr, const char *file, int line)
{
  if (checking)
    {
      fprintf (stderr, "escape: internal error: %s:%d: %s\n", file, line,
	       expr);
      abort ();
    }
  return false;
}

/* ---- Growable arrays of ids. ---- */

void
esc_ids_push (struct esc_ids *ids, int32_t id)
{
  ESC_GROW (ids->v, ids->n, ids->cap);
  ids->v[ids->n++] = id;
}

void
esc_ids_release (struct esc_ids *ids)
{
  free (ids->v);
  ids->v = NULL;
  ids->n = ids->cap = 0;
}

/* ---- A pool of small arrays. ---- */

#define POOL_MIN_BLOCK 16
#define POOL_MAX_BLOCK (POOL_MIN_BLOCK << (ESC_POOL_CLASSES - 1))
#define POOL_CHUNK (64 * 1024)

/* The class of the smallest block that holds SIZE (at most
   POOL_MAX_BLOCK) bytes.  */
static unsigned
pool_class (size_t size)
{
  if (size <= POOL_MIN_BLOCK)
    return 0;
  return (unsigned) (64 - __builtin_clzll ((unsigned long long) size - 1)) - 4;
}

static void *
pool_take (struct esc_pool *pool, unsigned c)
{
  void *block = pool->free_list[c];
  if (block)
    {
      pool->free_list[c] = *(void **) block;
      return block;
    }
  size_t size = (size_t) POOL_MIN_BLOCK << c;
  if ((size_t) (pool->end - pool->next) < size)
    {
      /* The chunk's first block-aligned bytes hold the link.  */
      char *chunk = esc_xrealloc (NULL, POOL_CHUNK);
      *(void **) chunk = pool->chunks;
      pool->chunks = chunk;
      pool->next = chunk + POOL_MIN_BLOCK;
      pool->end = chunk + POOL_CHUNK;
    }
  block = pool->next;
  pool->next += size;
  return block;
}

void *
esc_pool_resize (struct esc_pool *pool, void *p, size_t old_size,
		 size_t new_size)
{
  if (p && old_size > POOL_MAX_BLOCK)
    return esc_xrealloc (p, new_size);
  if (new_size > POOL_MAX_BLOCK)
    {
      void *big = esc_xrealloc (NULL, new_size);
      if (p)
	{
	  memcpy (big, p, old_size);
	  esc_pool_put (pool, p, old_size);
	}
      return big;
    }
  unsigned c = pool_class (new_size);
  if (p && pool_class (old_size) == c)
    return p;
  void *q = pool_take (pool, c);
  if (p)
    {
      memcpy (q, p, old_size < new_size ? old_size : new_size);
      esc_pool_put (pool, p, old_size);
    }
  return q;
}

void
esc_pool_put (struct esc_pool *pool, void *p, size_t size)
{
  if (!p)
    return;
  if (size > POOL_MAX_BLOCK)
    {
      free (p);
      return;
    }
  unsigned c = pool_class (size);
  *(void **) p = pool->free_list[c];
  pool->free_list[c] = p;
}

void
esc_pool_release (struct esc_pool *pool)
{
  while (pool->chunks)
    {
      void *next = *(void **) pool->chunks;
      free (pool->chunks);
      pool->chunks = next;
    }
  memset (pool, 0, sizeof *pool);
}

void
esc_pool_ids_push (struct esc_pool *pool, struct esc_ids *ids, int32_t id)
{
  ESC_POOL_GROW (pool, ids->v, ids->n, ids->cap);
  ids->v[ids->n++] = id;
}

void
esc_pool_ids_release (struct esc_pool *pool, struct esc_ids *ids)
{
  esc_pool_put (pool, ids->v, ids->cap * sizeof *ids->v);
  ids->v = NULL;
  ids->n = ids->cap = 0;
}

/* ---- A hash map from 64-bit keys to int32, open addressing. ---- */

#define ESC_EMPTY_KEY UINT64_MAX

static uint32_t
pairmap_slot (uint64_t key, uint32_t cap)
{
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  return (uint32_t) key & (cap - 1);
}

bool
esc_pairmap_get (const struct esc_pairmap *m, uint64_t key, int32_t *val)
{
  if (!m->cap)
    return false;
  for (uint32_t i = pairmap_slot (key, m->cap);; i = (i + 1) & (m->cap - 1))
    {
      if (m->keys[i] == ESC_EMPTY_KEY)
	return false;
      if (m->keys[i] == key)
	{
	  *val = m->vals[i];
	  return true;
	}
    }
}

void
esc_pairmap_put (struct esc_pairmap *m, uint64_t key, int32_t val)
{
  if (2 * (m->n + 1) > m->cap)
    {
      struct esc_pairmap bigger = { NULL, NULL, m->cap ? 2 * m->cap : 64, 0 };
      bigger.keys = esc_xrealloc (NULL, bigger.cap * sizeof *bigger.keys);
      bigger.vals = esc_xrealloc (NULL, bigger.cap * sizeof *bigger.vals);
      memset (bigger.keys, 0xff, bigger.cap * sizeof *bigger.keys);
      for (uint32_t i = 0; i < m->cap; i++)
	if (m->keys[i] != ESC_EMPTY_KEY)
	  esc_pairmap_put (&bigger, m->keys[i], m->vals[i]);
      esc_pairmap_release (m);
      *m = bigger;
    }
  uint32_t i = pairmap_slot (key, m->cap);
  while (m->keys[i] != ESC_EMPTY_KEY && m->keys[i] != key)
    i = (i + 1) & (m->cap - 1);
  if (m->keys[i] == ESC_EMPTY_KEY)
    m->n++;
  m->keys[i] = key;
  m->vals[i] = val;
}

void
esc_pairmap_release (struct esc_pairmap *m)
{
  free (m->keys);
  free (m->vals);
  m->keys = NULL;
  m->vals = NULL;
  m->cap = m->n = 0;
}
