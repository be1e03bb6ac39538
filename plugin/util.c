/* util.c -- what every file of the core uses: memory, growable arrays of
   ids, a hash map of 64-bit keys, and the checking of invariants.

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
