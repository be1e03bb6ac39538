/* policy.c -- may a local allocation take a stack slot?

   The solver says which objects are local (never outlive the call).  This
   file decides, for those, whether the rewrite may really put them on the
   stack, and gives the reason when not.  Every rule errs towards the heap:
   a conversion must never change what the program does.

   Per site, in order:
   - a function whose body was not understood keeps everything: it
     escapes (the bridge says what was not understood);
   - the allocator must be one the rewrite can replace, and the function
     must not rule rewrites out (setjmp);
   - a function that may recurse gets no slot (C stacks don't grow: a
     slot in a function that recurses 10^5 deep multiplies);
   - the object must not outlive its loop iteration (one slot is reused
     each iteration) nor live in an irreducible loop (no iteration to
     speak of);
   - no callee may free or realloc it (but see the alloca budget below),
     and it may not be resized here but by a realloc the rewrite can
     redo (below);
   - the size: constant and <= max-object-size gives a fixed slot; unknown
     gives a guarded slot of var-buffer bytes (n <= K ? slot : malloc)
     where the allocator allows it;
   - a size the function asks for (__builtin_object_size and its dynamic
     form) must stay the object's own: see esc_size_query;
   - alignment beyond ESC_MAX_SLOT_ALIGN stays on the heap.
   Then, over the whole function:
   - a free that may see a converted object is deleted when it sees only
     fixed slots, and guarded otherwise (if (p != &slot) free (p), or
     for budgeted objects, free unless p is in the function's own frame);
     a realloc that may see one slot, and no other converted object, is
     redone for it (p == &slot: a new heap block and a copy of the slot);
     but a callee's free or realloc, and any other realloc, cannot be
     guarded here, so what those may see stays on the heap.  Dropping
     one can break another free, so this repeats until nothing changes;
   - the frame budget is spent in site order: each slot counts once, even
     in a loop, because the slot is reused.
   With alloca-budget, what gets no slot for want of room or reuse (the
   function may recurse, the object outlives its loop iteration, the
   frame or chain budget is spent) is budgeted instead: it takes stack
   space at run time (alloca) while the thread's stack pointer is within
   the budget below a per-thread mark (rewrite.cc), and the heap after.
   So however deep the recursion or long the loop, budgeted objects hold
   at most the budget of a thread's stack.  Not:
   - when the body pops stack space itself (a VLA's scope ends), which
     would pop theirs;
   - in a loop, for an object that does not outlive its iteration: its
     alloca'd space would stay until the function returns, a new piece
     each iteration, and spend the thread's budget for every call below;
   - in a function that may recurse and may make sibling calls that may
     lead back to it: alloca rules them out, and a recursion through
     them that ran in constant stack would take a frame per call;
   - with an alignment alloca does not give (aligning by hand would hide
     the object's size from __builtin_object_size);
   - at a call of the program's allocation wrapper (sibcall.cc knows
     GCC's deletions of the library's allocation calls, not of such a
     call).
   With the budget, an object that callees free (free_tree (root)) but
   none reallocs is budgeted too: every function's free that may release
   a caller's object (one reached through a parameter) skips pointers
   within the budget below the mark, where no heap memory can be
   (esc_free_sees_callers; rewrite.cc).  A fixed slot cannot be freed so:
   it may lie above the mark.
   An object that a callee frees and that is not budgeted, or that
   outlives its iteration and is not budgeted, is not local after all:
   its placement is ESC_PLACE_ESCAPES, like the objects the solver found
   escaping.  */

#include <stdlib.h>
#include <string.h>

#include "core.h"

/* The largest alignment a slot gets: the frame is aligned at run time for
   it, which costs a few instructions; beyond, aligned_alloc's memory
   stays on the heap.  */
#define ESC_MAX_SLOT_ALIGN 256

static bool
converted (enum esc_placement p)
{
  return p == ESC_PLACE_STACK || p == ESC_PLACE_GUARDED
	 || p == ESC_PLACE_BUDGETED;
}

/* Reasons that say the object is not local to its call or iteration.  */
static bool
escapes_for (enum esc_keep_reason reason)
{
  return reason == ESC_KEEP_OUTLIVES_ITERATION
	 || reason == ESC_KEEP_FREED_BY_CALLEE
	 || reason == ESC_KEEP_NOT_ANALYSED;
}

static void
keep (struct esc_site *s, enum esc_keep_reason reason)
{
  s->placement = escapes_for (reason) ? ESC_PLACE_ESCAPES : ESC_PLACE_HEAP;
  s->reason = reason;
  s->slot_bytes = 0;
}

/* Keep S for a reason that a free site or call caused.  */
static void
keep_because (struct esc_site *s, enum esc_keep_reason reason,
	      const struct esc_why *cause)
{
  keep (s, reason);
  s->cause = *cause;
}

static bool
power_of_two (uint64_t x)
{
  return x && !(x & (x - 1));
}

/* Site index by object location, so that free sites find their objects'
   sites in constant time: -1 where the location is no site.  */
static int *
index_sites (const esc_graph *g, const struct esc_site *sites, int n)
{
  int nlocs = esc_loc_count (g);
  int *index = esc_xrealloc (NULL, (nlocs + 1) * sizeof *index);
  for (int i = 0; i < nlocs; i++)
    index[i] = -1;
  for (int i = 0; i < n; i++)
    if (esc_in_graph (g, sites[i].obj))
      index[sites[i].obj] = i;
  return index;
}

static struct esc_site *
site_of (struct esc_site *sites, const int *index, esc_loc obj)
{
  return index[obj] >= 0 ? &sites[index[obj]] : NULL;
}

uint64_t
esc_budget_limit (const struct esc_limits *lim)
{
  return lim->max_object_size < lim->alloca_budget ? lim->max_object_size
						   : lim->alloca_budget;
}

/* Whether S can be budgeted where it gets no slot.  */
static bool
budget_usable (const struct esc_site *s, const struct esc_limits *lim)
{
  return lim->alloca_budget && !s->wrapper && !lim->gives_back_stack
	 && !(lim->side_stack && lim->takes_stack)
	 && !(lim->recursive && lim->sibling_calls)
	 && (s->loop_depth == 0 || s->verdict.outlives_iteration
	     || s->loop_pops)
	 && s->align <= (lim->side_stack ? ESC_SIDE_STACK_ALIGN
			 : lim->alloca_align)
	 && (s->size < 0 || (uint64_t) s->size <= esc_budget_limit (lim));
}

/* Whether site S is in loop LOOP at DEPTH.  */
static bool
in_loop (const struct esc_site *s, int32_t loop, int32_t depth)
{
  return s->loops && depth >= 1 && s->loop_depth >= depth
	 && s->loops[depth - 1] == loop;
}

/* Whether loop LOOP at DEPTH may give back its iterations' stack: no
   site in it that may be budgeted (PLACED: that is budgeted) lives on
   past an iteration.  */
static bool
loop_may_pop (const struct esc_site *sites, int nsites, int32_t loop,
	      int32_t depth, const struct esc_limits *lim, bool placed)
{
  if (lim->takes_stack || lim->gives_back_stack || depth < 1)
    return false;
  for (int i = 0; i < nsites; i++)
    {
      const struct esc_site *s = &sites[i];
      /* A site whose loops are not known may be in this one.  */
      bool inside = s->loops ? in_loop (s, loop, depth)
			     : s->loop_depth >= depth;
      if (inside
	  && (placed ? s->placement == ESC_PLACE_BUDGETED
		     : !s->verdict.escapes)
	  && s->verdict.lives_within < depth)
	return false;
    }
  return true;
}

bool
esc_loop_pops (const struct esc_site *sites, int nsites, int32_t loop,
	       int32_t depth, const struct esc_limits *lim)
{
  bool holds = false;
  for (int i = 0; i < nsites; i++)
    holds |= in_loop (&sites[i], loop, depth)
	     && sites[i].placement == ESC_PLACE_BUDGETED;
  return holds && loop_may_pop (sites, nsites, loop, depth, lim, true);
}

/* Why S, a local object, can take neither a slot nor budgeted space;
   ESC_KEEP_NONE if it can take one of them (place_one says which).  */
static enum esc_keep_reason
reason_to_keep (const struct esc_site *s, const struct esc_limits *lim)
{
  if (!s->replaceable)
    return ESC_KEEP_NOT_REPLACEABLE;
  if (lim->unsafe != ESC_SAFE)
    return ESC_KEEP_UNSAFE_FUNCTION;
  if (s->verdict.freed_by_callee && !budget_usable (s, lim))
    return ESC_KEEP_FREED_BY_CALLEE;
  if (s->size >= 0 && (uint64_t) s->size > lim->max_object_size)
    return ESC_KEEP_TOO_LARGE;
  if (s->size < 0 && (!lim->var_buffer || !s->guardable))
    return ESC_KEEP_VARIABLE_SIZE;
  if (s->access_type)
    return ESC_KEEP_ACCESS_TYPE;
  if (s->align && (!power_of_two (s->align)
		   || s->align > ESC_MAX_SLOT_ALIGN))
    return ESC_KEEP_ALIGNMENT;
  if (lim->recursive && !budget_usable (s, lim))
    return ESC_KEEP_RECURSION;
  if (lim->small_stack)
    return ESC_KEEP_SMALL_STACK;
  if (s->reaches_sibling_call)
    return ESC_KEEP_SIBLING_CALL;
  if (s->in_irreducible_loop)
    return ESC_KEEP_IRREDUCIBLE;
  if (s->verdict.outlives_iteration && !budget_usable (s, lim))
    return ESC_KEEP_OUTLIVES_ITERATION;
  return ESC_KEEP_NONE;
}

static void
budget (struct esc_site *s)
{
  /* No bytes of the frame: the budget is spent at run time.  */
  s->placement = ESC_PLACE_BUDGETED;
  s->reason = ESC_KEEP_NONE;
  s->slot_bytes = 0;
}

static void
place_one (struct esc_site *s, const struct esc_limits *lim)
{
  s->reason = ESC_KEEP_NONE;
  s->slot_bytes = 0;
  if (lim->unanalysed)
    {
      s->verdict.escapes = true;
      keep (s, ESC_KEEP_NOT_ANALYSED);
      return;
    }
  if (s->verdict.escapes)
    {
      s->placement = ESC_PLACE_ESCAPES;
      return;
    }
  enum esc_keep_reason reason = reason_to_keep (s, lim);
  if (reason == ESC_KEEP_FREED_BY_CALLEE)
    keep_because (s, reason, &s->verdict.freed_why);
  else if (reason != ESC_KEEP_NONE)
    keep (s, reason);
  else if (lim->recursive || s->verdict.outlives_iteration
	   || s->verdict.freed_by_callee)
    budget (s);
  else if (s->size >= 0)
    {
      s->placement = ESC_PLACE_STACK;
      s->slot_bytes = s->size ? (uint64_t) s->size : 1;
    }
  else
    {
      s->placement = ESC_PLACE_GUARDED;
      s->slot_bytes = lim->var_buffer;
    }
}

/* __builtin_object_size and __builtin_dynamic_object_size answer with
   the size of the memory their pointer points into, and a slot is not
   always the size that was asked for: a guarded slot has var-buffer bytes
   for any n (the answer grows from n to 256, statically too once
   inlining makes n a constant), and malloc (0) gets a one-byte slot.
   _FORTIFY_SOURCE would then check writes against the slot's bound
   rather than the object's, and code that prints or tests the size would
   change.  GCC does not know the size of strdup's and strndup's results
   at all, nor of an allocation wrapper's, so a slot of any size would
   give an answer where there was none.  So an object whose size the
   function asks for keeps the heap in those cases: its size counts as
   unknown and unguardable, and the report names the builtin (the last
   query that may see it).  Queries that only check accesses (UBSan's)
   are not recorded, and those that bound _FORTIFY_SOURCE's checks
   (ONLY_CHECKED) keep only these sites: a check the heap object did not
   get would fail a limit larger than the object (the bridge's
   object_size_use).  */
static bool
size_unknown_to_gcc (const struct esc_site *s)
{
  return s->wrapper
	 || (s->allocator && (strcmp (s->allocator, "strdup") == 0
			      || strcmp (s->allocator, "strndup") == 0));
}

/* What the function does with sizes (esc_query_kind): an object whose
   size is asked for keeps the heap as size_unknown_to_gcc says; one read
   up to a limit, or accessed as a type, larger than its slot would be,
   keeps it too (escape.h's esc_access_bound, esc_access_type).  */
static void
apply_size_queries (const esc_graph *g, struct esc_site *sites, int nsites,
		    const int *index, const struct esc_limits *lim)
{
  size_t nbounded = (size_t) (nsites + 1) * sizeof (bool);
  bool *bounded = esc_xrealloc (NULL, nbounded);
  memset (bounded, 0, nbounded);
  for (uint32_t q = 0; q < g->nqueries; q++)
    {
      const struct esc_query *query = &g->queries[q];
      const struct esc_location *ptr = &g->locs[query->ptr];
      for (uint32_t i = 0; i < ptr->npts; i++)
	{
	  struct esc_site *s = site_of (sites, index, ptr->pts[i].obj);
	  if (!s)
	    continue;
	  /* A guarded slot has var-buffer bytes.  */
	  int64_t slot = s->size >= 0 ? s->size : (int64_t) lim->var_buffer;
	  switch (query->kind)
	    {
	    case ESC_QUERY_READ_LIMIT:
	      /* A slot shorter than the limit.  A limit not yet a constant
		 the rewrite keeps from becoming one (esc_bounds_to_pin).  */
	      if (query->bytes > slot)
		{
		  s->size_query = query->name;
		  bounded[s - sites] = true;
		}
	      break;
	    case ESC_QUERY_ACCESS_TYPE:
	      if (query->bytes > slot && query->bytes > s->access_bytes)
		{
		  s->access_type = query->name;
		  s->access_bytes = query->bytes;
		}
	      break;
	    case ESC_QUERY_CHECKED_SIZE:
	      if (size_unknown_to_gcc (s))
		s->size_query = query->name;
	      break;
	    case ESC_QUERY_SIZE:
	      s->size_query = query->name;
	      break;
	    case ESC_QUERY_ALLOCATED_SIZE:
	      s->size_query = query->name;
	      bounded[s - sites] = true;
	      break;
	    }
	}
    }
  for (int i = 0; i < nsites; i++)
    {
      struct esc_site *s = &sites[i];
      if (s->size_query && !bounded[i]
	  && !(s->size == 0 || (s->size < 0 && s->guardable)
	       || size_unknown_to_gcc (s)))
	s->size_query = NULL;
      if (s->size_query)
	{
	  s->guardable = false;
	  s->size = -1;
	}
    }
  free (bounded);
}

/* Whether converted site S may be freed by free site FS of another
   function: a callee's free that skips what callers budgeted.  */
static bool
callee_skips (const struct esc_free_site *fs, const struct esc_site *s,
	      const struct esc_limits *lim)
{
  return fs->by_callee && !fs->resizes && lim->alloca_budget
	 && s->placement == ESC_PLACE_BUDGETED;
}

/* Free sites this function cannot guard (a callee's, a realloc but
   the one the rewrite redoes for one slot) may see no converted object,
   but what callee_skips.  Returns true if a site was dropped.  */
static bool
enforce_frees (const esc_graph *g, struct esc_site *sites, const int *index,
	       const struct esc_limits *lim)
{
  bool changed = false;
  for (int f = 0; f < esc_free_site_count (g); f++)
    {
      const struct esc_free_site *fs = esc_free_site_at (g, f);
      size_t npts = esc_points_to_count (g, fs->ptr);
      int nconverted = 0, nslots = 0;
      for (size_t i = 0; i < npts; i++)
	{
	  struct esc_site *s = site_of (sites, index,
					esc_points_to_at (g, fs->ptr, i));
	  if (s && converted (s->placement) && !callee_skips (fs, s, lim))
	    {
	      nconverted++;
	      nslots += s->placement == ESC_PLACE_STACK
			|| s->placement == ESC_PLACE_GUARDED;
	    }
	}
      if (nconverted == 0 || (!fs->resizes && !fs->by_callee))
	continue;
      /* A realloc of one slot: the rewrite copies it to a new heap block
	 when the pointer is the slot's address.  */
      if (fs->copies && !fs->by_callee && nconverted == 1 && nslots == 1)
	continue;
      enum esc_keep_reason reason
	= fs->by_callee ? ESC_KEEP_FREED_BY_CALLEE : ESC_KEEP_RESIZED;
      for (size_t i = 0; i < npts; i++)
	{
	  struct esc_site *s = site_of (sites, index,
					esc_points_to_at (g, fs->ptr, i));
	  if (s && converted (s->placement) && !callee_skips (fs, s, lim))
	    {
	      keep_because (s, reason, &fs->why);
	      changed = true;
	    }
	}
    }
  return changed;
}

/* The frame bytes placed site S takes: each slot is a variable of its
   own, at its alignment (at least malloc's), so a 1-byte object takes
   16 bytes on x86-64.  A slot aligned past what the stack gives (malloc's
   alignment: x86-64's calls keep 16) makes GCC realign the frame, which
   may skip up to the difference below the caller's frame, and puts the
   frame's other objects (locals, spills, the stack protector's canary,
   at -O0 a VLA's bookkeeping) in blocks of that alignment too: up to
   four alignments more (a 256-aligned slot of 256 bytes beside a VLA
   took 1,175 bytes at -O0, beside a 24-byte array 720 at -O2).  So does
   every slot where the stack gives less than malloc's alignment (LIM's
   stack_realigns: -mpreferred-stack-boundary=3).  At -O0, where locals
   keep the order of their declarations, a slot between a pointer and
   an array pads both: one alignment more (a 16-byte slot took 32).  A
   guarded slot's free
   compares with the slot's address, which stays live across the calls
   between: one more callee-saved register, and padding to keep the
   stack aligned.  */
static uint64_t
frame_cost (const struct esc_site *s, const struct esc_limits *lim)
{
  uint64_t align = s->align > lim->slot_align ? s->align : lim->slot_align;
  uint64_t bytes = s->slot_bytes;
  if (s->placement == ESC_PLACE_GUARDED)
    bytes += 16;
  if (lim->redzones)
    {
      /* -fsanitize=address puts a redzone after each variable of the
	 frame, by the variable's size (GCC's asan_var_and_redzone_size),
	 aligns them to 32, and adds a redzone and bookkeeping per frame,
	 which counting 64 more per slot covers (a 16-byte slot takes 96).  */
      bytes = bytes <= 4 ? 16 : bytes <= 16 ? 32 : bytes <= 128 ? bytes + 32
	      : bytes <= 512 ? bytes + 64 : bytes <= 4096 ? bytes + 128
	      : bytes + 256;
      bytes += 64;
      align = align > 32 ? align : 32;
    }
  if (align <= 1)
    return bytes;
  uint64_t rounded = (bytes + align - 1) / align * align;
  if (lim->in_declaration_order)
    rounded += align;
  if (s->align <= lim->slot_align && !lim->stack_realigns)
    return rounded;
  /* Under ASan a slot aligned to 32, the redzones' own alignment, is
     padded by up to one alignment (a 32-byte slot took 144 bytes, the
     formula above 128); past it the redzone before each variable is
     padded to its alignment too: one more than the four.  */
  if (lim->redzones && s->align <= 32)
    return rounded + align;
  return rounded + (lim->redzones ? 5 : 4) * align;
}

/* The frame budget and the room left on the deepest chain of calls,
   spent in site order; true if a site was dropped.  The first slot also
   brings the stack protector's guard (LIM's canary).  */
static bool
enforce_budget (struct esc_site *sites, int nsites,
		const struct esc_limits *lim)
{
  bool changed = false;
  uint64_t frame = 0;
  for (int i = 0; i < nsites; i++)
    if (converted (sites[i].placement)
	&& sites[i].placement != ESC_PLACE_BUDGETED)
      {
	uint64_t bytes = frame_cost (&sites[i], lim)
			 + (frame == 0 ? lim->canary : 0);
	bool over_frame = bytes > lim->max_frame_size
			  || frame > lim->max_frame_size - bytes;
	bool over_chain = bytes > lim->stack_room
			  || frame > lim->stack_room - bytes;
	if ((over_frame || over_chain) && budget_usable (&sites[i], lim))
	  budget (&sites[i]);
	else if (over_frame)
	  keep (&sites[i], ESC_KEEP_FRAME_BUDGET);
	else if (over_chain)
	  keep (&sites[i], ESC_KEEP_STACK_BUDGET);
	else
	  {
	    frame += bytes;
	    continue;
	  }
	changed = true;
      }
  return changed;
}

uint64_t
esc_frame_bytes (const struct esc_site *sites, int nsites,
		 const struct esc_limits *lim)
{
  uint64_t frame = 0;
  for (int i = 0; i < nsites; i++)
    if (converted (sites[i].placement))
      frame += frame_cost (&sites[i], lim);
  return frame ? frame + lim->canary : 0;
}

void
esc_place_sites (const esc_graph *g, struct esc_site *sites, int nsites,
		 const struct esc_limits *lim)
{
  int *index = index_sites (g, sites, nsites);
  for (int i = 0; i < nsites; i++)
    {
      sites[i].size_query = NULL;
      sites[i].access_type = NULL;
      sites[i].access_bytes = 0;
    }
  apply_size_queries (g, sites, nsites, index, lim);
  for (int i = 0; i < nsites; i++)
    {
      sites[i].verdict = esc_verdict_of (g, sites[i].obj);
      sites[i].loop_depth = esc_in_graph (g, sites[i].obj)
			    ? esc_loc_depth (g, sites[i].obj) : 0;
    }
  /* Before any is placed: a loop's pops hold for what ends up budgeted
     in it, a subset of what does not escape.  */
  for (int i = 0; i < nsites; i++)
    {
      const struct esc_site *s = &sites[i];
      sites[i].loop_pops = s->loop_depth >= 1 && s->loops
			   && loop_may_pop (sites, nsites,
					    s->loops[s->loop_depth - 1],
					    s->loop_depth, lim, false);
    }
  for (int i = 0; i < nsites; i++)
    place_one (&sites[i], lim);
  while (enforce_frees (g, sites, index, lim))
    ;
  /* The budget last: only what survived every other rule spends it.
     Dropping a site for the budget can break a free that saw only
     converted objects, so the frees are checked again, and so on.  */
  do
    enforce_budget (sites, nsites, lim);
  while (enforce_frees (g, sites, index, lim));
  free (index);
}

void
esc_free_actions (const esc_graph *g, const struct esc_site *sites,
		  int nsites, enum esc_free_action *actions)
{
  int *index = index_sites (g, sites, nsites);
  for (int f = 0; f < esc_free_site_count (g); f++)
    {
      const struct esc_free_site *fs = esc_free_site_at (g, f);
      size_t npts = esc_points_to_count (g, fs->ptr);
      bool any_fixed = false, any_guarded = false, any_other = false;
      for (size_t i = 0; i < npts; i++)
	{
	  int s = index[esc_points_to_at (g, fs->ptr, i)];
	  enum esc_placement p = s >= 0 ? sites[s].placement
				 : ESC_PLACE_HEAP;
	  any_fixed |= p == ESC_PLACE_STACK;
	  any_guarded |= p == ESC_PLACE_GUARDED || p == ESC_PLACE_BUDGETED;
	  any_other |= !converted (p);
	}
      /* Only a free of fixed slots is deleted: anything else it may see
	 still needs the free, when the pointer is not a slot.  */
      actions[f] = any_guarded || (any_fixed && any_other) ? ESC_FREE_GUARD
		   : any_fixed ? ESC_FREE_REMOVE : ESC_FREE_KEEP;
    }
  free (index);
}

int
esc_size_query_count (const esc_graph *g)
{
  return (int) g->nqueries;
}

int
esc_bounds_to_pin (const esc_graph *g, const struct esc_site *sites,
		   int nsites, const void **calls)
{
  int *index = index_sites (g, sites, nsites);
  int n = 0;
  for (uint32_t q = 0; q < g->nqueries; q++)
    {
      const struct esc_query *query = &g->queries[q];
      if (query->kind != ESC_QUERY_READ_LIMIT || query->bytes >= 0)
	continue;
      for (size_t i = 0; i < esc_points_to_count (g, query->ptr); i++)
	{
	  int s = index[esc_points_to_at (g, query->ptr, i)];
	  if (s >= 0 && (sites[s].placement == ESC_PLACE_STACK
			 || sites[s].placement == ESC_PLACE_GUARDED))
	    {
	      calls[n++] = query->origin;
	      break;
	    }
	}
    }
  free (index);
  return n;
}

bool
esc_free_sees_callers (const esc_graph *g, int f)
{
  const struct esc_free_site *fs = esc_free_site_at (g, f);
  if (fs->by_callee || fs->resizes)
    return false;
  for (size_t i = 0; i < esc_points_to_count (g, fs->ptr); i++)
    {
      int k, level;
      if (esc_param_level (g, esc_points_to_at (g, fs->ptr, i), &k, &level))
	return true;
    }
  return false;
}
