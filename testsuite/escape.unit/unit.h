/* unit.h -- shared helpers for the core's unit tests.

   Each test builds graphs by hand through escape.h, solves them and
   checks verdicts, summaries and placements.  DejaGnu's dejagnu.h prints
   the PASSED/FAILED lines that unit.exp turns into results.  */

#ifndef ESCAPE_UNIT_H
#define ESCAPE_UNIT_H

#include <dejagnu.h>
#include <stdio.h>

#include "escape.h"

#define CHECK(cond, ...) ((cond) ? pass (__VA_ARGS__) : fail (__VA_ARGS__))

static const struct esc_why flow_why = { ESC_WHY_FLOW, NULL, NULL, 0, 0 };
#define W (&flow_why)

static inline esc_loc
value (esc_graph *g)
{
  return esc_loc_new (g, ESC_LOC_VALUE, ESC_DEPTH_NONE, NULL);
}

/* An allocation at loop DEPTH held in a fresh value; returns the object,
   and the value through *PTR.  */
static inline esc_loc
alloc_at (esc_graph *g, int depth, esc_loc *ptr)
{
  esc_loc obj = esc_loc_new (g, ESC_LOC_ALLOC, depth, NULL);
  *ptr = value (g);
  esc_flow (g, *ptr, obj, -1, W);
  return obj;
}

static inline bool
escapes (const esc_graph *g, esc_loc obj)
{
  return esc_verdict_of (g, obj).escapes;
}

#endif
