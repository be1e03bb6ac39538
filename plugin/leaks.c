/* leaks.c -- summaries: what a function does with the pointers its
   caller gives it, and the program's table of them.

   A summary is per parameter, in Go's levels: level 0 is a parameter's
   value (the object it points to), level 1 anything reachable through
   that object (escape.h, struct esc_param_summary).  This file holds the
   representation and its accessors, which is all that callers of a
   function need; summary.c computes a function's summary from its solved
   graph, call.c applies one at a call.  Go keeps the same split (leaks.go
   beside solve.go).

   The program maps the bridge's function ids to summaries.  A function
   with no summary is opaque: its callers treat it as unknown code.  */

#include <stdlib.h>
#include <string.h>

#include "core.h"

void
esc_summary_free (esc_summary *s)
{
  if (!s)
    return;
  for (int k = 0; k < s->nparams; k++)
    free (s->params[k].into);
  free (s->params);
  free (s);
}

esc_summary *
esc_summary_new (int nparams, bool has_chain)
{
  esc_summary *s = esc_xrealloc (NULL, sizeof *s);
  s->nparams = nparams;
  s->has_chain = has_chain;
  s->result_unknown = false;
  s->params = esc_xrealloc (NULL, (nparams + 1) * sizeof *s->params);
  for (int k = 0; k < nparams; k++)
    {
      struct esc_param_summary *p = &s->params[k];
      p->heap = ESC_LEVEL_NONE;
      p->result = p->frees = p->resizes = p->clobbered = 0;
      p->into = esc_xrealloc (NULL, (nparams + 1) * sizeof *p->into);
      memset (p->into, 0, (nparams + 1) * sizeof *p->into);
    }
  return s;
}

bool
esc_summary_equal (const esc_summary *a, const esc_summary *b)
{
  if (!a || !b)
    return a == b;
  if (a->nparams != b->nparams || a->has_chain != b->has_chain
      || a->result_unknown != b->result_unknown)
    return false;
  for (int k = 0; k < a->nparams; k++)
    {
      const struct esc_param_summary *p = &a->params[k], *q = &b->params[k];
      if (p->heap != q->heap || p->result != q->result
	  || p->frees != q->frees || p->resizes != q->resizes
	  || p->clobbered != q->clobbered
	  || memcmp (p->into, q->into, a->nparams * sizeof *p->into))
	return false;
    }
  return true;
}

esc_summary *
esc_summarize_empty (int nparams)
{
  return esc_summary_new (nparams < 0 ? 0 : nparams, false);
}

esc_summary *
esc_summary_opaque (int nparams, bool has_chain)
{
  esc_summary *s = esc_summary_new (nparams, has_chain);
  s->result_unknown = true;
  for (int k = 0; k < nparams; k++)
    {
      s->params[k].heap = 0;
      s->params[k].clobbered = ESC_LEVEL_BIT (0) | ESC_LEVEL_BIT (1);
    }
  return s;
}

static esc_summary *
summary_copy (const esc_summary *from)
{
  esc_summary *s = esc_summary_new (from->nparams, from->has_chain);
  s->result_unknown = from->result_unknown;
  for (int k = 0; k < from->nparams; k++)
    {
      uint8_t (*into)[2][2] = s->params[k].into;
      s->params[k] = from->params[k];
      s->params[k].into = into;
      memcpy (into, from->params[k].into, from->nparams * sizeof *into);
    }
  return s;
}

/* ---- Accessors. ---- */

static const struct esc_param_summary *
param_of (const esc_summary *s, int k)
{
  if (!s || k < 0 || k >= s->nparams)
    return NULL;
  return &s->params[k];
}

static bool
has_level (uint8_t levels, int level)
{
  return level >= 0 && level <= ESC_LEVEL_SCALARS
	 && (levels & ESC_LEVEL_BIT (level));
}

int
esc_leaks_heap (const esc_summary *s, int k)
{
  const struct esc_param_summary *p = param_of (s, k);
  return p ? p->heap : ESC_LEVEL_NONE;
}

bool
esc_leaks_result (const esc_summary *s, int k, int level)
{
  const struct esc_param_summary *p = param_of (s, k);
  return p && has_level (p->result, level);
}

bool
esc_leaks_into_part (const esc_summary *s, int k, int j, int m, int level,
		     enum esc_content part)
{
  const struct esc_param_summary *p = param_of (s, k);
  int c = part == ESC_CONTENT_SCALAR;
  return p && param_of (s, j) && m >= 0 && m < 2
	 && part != ESC_CONTENT_ANY && has_level (p->into[j][m][c], level);
}

bool
esc_leaks_into (const esc_summary *s, int k, int j, int m, int level)
{
  return esc_leaks_into_part (s, k, j, m, level, ESC_CONTENT_POINTER)
	 || esc_leaks_into_part (s, k, j, m, level, ESC_CONTENT_SCALAR);
}

bool
esc_frees_param (const esc_summary *s, int k, int level)
{
  const struct esc_param_summary *p = param_of (s, k);
  return p && has_level (p->frees, level);
}

bool
esc_resizes_param (const esc_summary *s, int k, int level)
{
  const struct esc_param_summary *p = param_of (s, k);
  return p && has_level (p->resizes, level);
}

bool
esc_param_clobbered (const esc_summary *s, int k, int level)
{
  const struct esc_param_summary *p = param_of (s, k);
  return p && has_level (p->clobbered, level);
}

/* ---- The program: summaries by function id. ---- */

void
esc_program_free (esc_program *p)
{
  if (!p)
    return;
  for (uint32_t i = 0; i < p->cap; i++)
    esc_summary_free (p->by_id[i]);
  free (p->by_id);
  free (p);
}

esc_program *
esc_program_new (void)
{
  esc_program *p = esc_xrealloc (NULL, sizeof *p);
  memset (p, 0, sizeof *p);
  return p;
}

void
esc_program_set_summary (esc_program *p, int func_id, const esc_summary *s)
{
  if (func_id < 0)
    return;
  if ((uint32_t) func_id >= p->cap)
    {
      uint32_t cap = p->cap ? p->cap : 64;
      while (cap <= (uint32_t) func_id)
	cap *= 2;
      p->by_id = esc_xrealloc (p->by_id, cap * sizeof *p->by_id);
      memset (&p->by_id[p->cap], 0, (cap - p->cap) * sizeof *p->by_id);
      p->cap = cap;
    }
  esc_summary_free (p->by_id[func_id]);
  p->by_id[func_id] = s ? summary_copy (s) : NULL;
}

void
esc_program_clear_summary (esc_program *p, int func_id)
{
  if (func_id >= 0 && (uint32_t) func_id < p->cap)
    {
      esc_summary_free (p->by_id[func_id]);
      p->by_id[func_id] = NULL;
    }
}

const esc_summary *
esc_program_summary (const esc_program *p, int func_id)
{
  if (!p || func_id < 0 || (uint32_t) func_id >= p->cap)
    return NULL;
  return p->by_id[func_id];
}
