/* core.h -- the analysis core's internal data structures.

   The core's files form a one-way chain; each uses only those before it:
     util.c     growable arrays, a pool for a graph's small ones, a hash
                map, checked ids (ESC_ASSERT)
     leaks.c    summaries (what a function does with its parameters) and
                the program's table of them
     graph.c    locations, the constraint store and its adders, flows
     call.c     calls: summaries applied, unknown code, trampolines
     libc.c     the library table (libc-models.def) and what its letters do
     solve.c    propagation to a fixed point, lifetimes, verdicts
     summary.c  a solved graph's own summary
     callgraph.c  which functions may be on the stack twice
     policy.c   which local objects take a stack slot, and why not
     explain.c  flow paths for the report, and the dump
     words.c    the report's vocabulary: every note's words and rule id
   The bridge never includes this header; escape.h is its API.

   Representation.  Locations live in one array, indexed by esc_loc.  A
   location's points-to set is a sorted array of `members': each member is
   an object id plus its provenance, the constraint that first put it there
   (a flow edge, an address record, or a rule of the solver).  Provenance is
   what explanations and reasons are made of.

   Constraints, indexed by the location that triggers them:
   - edges src -> dst: pts(dst) includes pts(src);
   - loads ptr -> dst: for each object O in pts(ptr), an edge O -> dst;
   - stores ptr <- src: for each object O in pts(ptr), an edge src -> O;
   - calls through ptr: for each target in pts(ptr), its summary or the
     unknown-call rule.  */

#ifndef ESCAPE_CORE_H
#define ESCAPE_CORE_H

#include "escape.h"

/* ---- util.c ---- */

void *esc_xrealloc (void *, size_t);
#define ESC_GROW(arr, n, cap)						\
  do {									\
    if ((n) >= (cap))							\
      {									\
	(cap) = (cap) ? 2 * (cap) : 8;					\
	(arr) = esc_xrealloc ((arr), (size_t) (cap) * sizeof *(arr));	\
      }									\
  } while (0)

/* A pool of small arrays, for the many growable arrays one graph owns
   (each location's set, deltas and constraint lists): blocks of 2^k
   bytes, 16 B to 4 KiB, are carved from large chunks and go back to a
   free list by size, so growing an array costs a copy and two pointer
   moves instead of malloc's bookkeeping; every chunk is freed at once
   with the graph.  Bigger arrays use realloc.  An array's size in bytes
   must be given as it was allocated.  */
#define ESC_POOL_CLASSES 9
struct esc_pool
{
  void *free_list[ESC_POOL_CLASSES];
  char *next, *end;		/* what is left of the newest chunk */
  void *chunks;			/* chunks, linked through their first word */
};
void *esc_pool_resize (struct esc_pool *, void *, size_t old_size,
		       size_t new_size);
void esc_pool_put (struct esc_pool *, void *, size_t size);
void esc_pool_release (struct esc_pool *);
#define ESC_POOL_GROW(pool, arr, n, cap)				\
  do {									\
    if ((n) >= (cap))							\
      {									\
	uint32_t grown_ = (cap) ? 2 * (cap) : 8;			\
	(arr) = esc_pool_resize ((pool), (arr),				\
				 (size_t) (cap) * sizeof *(arr),	\
				 (size_t) grown_ * sizeof *(arr));	\
	(cap) = grown_;							\
      }									\
  } while (0)

/* An invariant of the core.  Under checking (esc_set_checking) a broken
   one aborts with its text; otherwise ESC_ASSERT returns false and the
   caller fails closed: whatever the bad input touches escapes.  */
bool esc_assert_fail (const char *expr, const char *file, int line);
#define ESC_ASSERT(cond)						\
  ((cond) ? true : esc_assert_fail (#cond, __FILE__, __LINE__))

/* A growable array of 32-bit ids.  */
struct esc_ids
{
  int32_t *v;
  uint32_t n, cap;
};

void esc_ids_push (struct esc_ids *, int32_t);
void esc_ids_release (struct esc_ids *);
/* The same, for arrays of ids kept in POOL.  */
void esc_pool_ids_push (struct esc_pool *, struct esc_ids *, int32_t);
void esc_pool_ids_release (struct esc_pool *, struct esc_ids *);

/* Open-addressing map of 64-bit keys to int32 (edge dedup, functions).  */
struct esc_pairmap
{
  uint64_t *keys;
  int32_t *vals;
  uint32_t cap, n;
};

bool esc_pairmap_get (const struct esc_pairmap *, uint64_t key, int32_t *val);
void esc_pairmap_put (struct esc_pairmap *, uint64_t key, int32_t val);
void esc_pairmap_release (struct esc_pairmap *);

/* ---- leaks.c ---- */

struct esc_program
{
  esc_summary **by_id;
  uint32_t cap;
};

esc_summary *esc_summary_new (int nparams, bool has_chain);

/* ---- graph.c ---- */

/* Provenance of a member: >= 0 is a flow edge id; <= ESC_VIA_ADDR0 is an
   address record (ESC_VIA_ADDR0 - id); ESC_VIA_RULE is a solver rule.  */
#define ESC_VIA_RULE (-1)
#define ESC_VIA_ADDR0 (-2)
#define ESC_VIA_IS_EDGE(v) ((v) >= 0)
#define ESC_VIA_IS_ADDR(v) ((v) <= ESC_VIA_ADDR0)
#define ESC_VIA_ADDR_ID(v) (ESC_VIA_ADDR0 - (v))

struct esc_member
{
  esc_loc obj;
  int32_t via;
};

struct esc_location
{
  enum esc_loc_kind kind;
  int32_t depth;
  const void *origin;
  int32_t index;		/* param index or function id; else -1 */
  esc_loc scalar;		/* frame objects: the scalar part's location */
  esc_loc owner;		/* scalar parts: their object */
  bool trampoline;
  bool queued;

  /* Points-to set, sorted by obj; members not yet propagated.  Sets
     that grow past a few members also get a bitmap by obj
     (nmember_words words): most additions find the member there
     already.  */
  struct esc_member *pts;
  uint32_t npts, cappts;
  uint64_t *member_bits;
  uint32_t nmember_words;
  struct esc_ids delta;

  /* Constraints triggered by this location (ids into the graph's arrays). */
  struct esc_ids out_edges;
  struct esc_ids loads;
  struct esc_ids stores;
  struct esc_ids calls;

  /* Solution of the lifetime walk.  */
  int32_t life;			/* shallowest depth of any holder */
  esc_loc life_holder;		/* the holder that set it */
  int32_t freed_by;		/* a callee's free site that may free it */
};

/* Whether a solved location is held by something that outlives it: memory
   that outlives the call (life < 0), or a holder shallower than its own
   loop depth (it survives into a later iteration).  */
static inline bool
esc_outlives (const struct esc_location *l)
{
  return l->life < 0 || l->life < l->depth;
}

struct esc_edge
{
  esc_loc src, dst;
  struct esc_why why;
  bool rule;			/* made by a solver rule, not by a flow */
};

/* Address records: dst holds &obj.  Loads and stores: see above.  */
struct esc_addr
{
  esc_loc dst, obj;
  struct esc_why why;
};
struct esc_deref
{
  esc_loc ptr, other;		/* load: other = dst; store: other = src */
  enum esc_content content;
  struct esc_why why;
};

struct esc_callrec
{
  struct esc_call call;		/* args points into args_store */
  esc_loc *args_store;
  bool unknown_applied;		/* the unknown-call rule was applied */
  bool chain_from_target;	/* made for a trampoline: the static chain is
				   the trampoline's content, and non-functions
				   among the targets are the chain itself */
  struct esc_ids applied;	/* functions whose summaries were applied */
};

/* What the function does with an object's size (escape.h's
   esc_size_query, esc_access_bound, esc_access_type).  */
enum esc_query_kind
{
  ESC_QUERY_SIZE,		/* asks for it */
  ESC_QUERY_CHECKED_SIZE,	/* asks for it only to bound a check */
  ESC_QUERY_READ_LIMIT,		/* reads up to BYTES (-1: not a constant
				   yet), in call ORIGIN */
  ESC_QUERY_ACCESS_TYPE,		/* accesses it as a type of BYTES */
  ESC_QUERY_ALLOCATED_SIZE	/* GCC asks the allocation call for it */
};

struct esc_query
{
  esc_loc ptr;
  enum esc_query_kind kind;
  const char *name;		/* the builtin, the function, the type */
  int64_t bytes;
  const void *origin;		/* READ_LIMIT: the bridge's call */
};

struct esc_graph
{
  const esc_program *prog;
  int nparams;
  bool has_chain;

  struct esc_location *locs;
  uint32_t nlocs, caplocs;

  struct esc_edge *edges;
  uint32_t nedges, capedges;
  struct esc_pairmap edge_index;

  struct esc_addr *addrs;
  uint32_t naddrs, capaddrs;

  struct esc_deref *derefs;	/* loads and stores share the array */
  uint32_t nderefs, capderefs;

  struct esc_callrec *calls;
  uint32_t ncalls, capcalls;

  struct esc_free_site *frees;
  uint32_t nfrees, capfrees;

  struct esc_query *queries;
  uint32_t nqueries, capqueries;

  struct esc_ids worklist;
  struct esc_pairmap func_locs;	/* function id -> its FUNC location */
  struct esc_pairmap reachable_of;	/* value -> esc_reachable's location */
  struct esc_pool pool;		/* the locations' and calls' own arrays */

  esc_loc heap, result, heap_value;
  esc_loc untracked;		/* esc_untracked's sink, or ESC_NO_LOC */
  esc_loc param0;		/* PARAM k is param0 + PARAM_STRIDE * k, then
				   OBJ, DEEP, SCALAR and their scalar
				   parts */
  bool solved;
  bool broken;			/* an invariant failed: everything escapes */
};

/* The why of flows a solver rule makes.  */
extern const struct esc_why esc_rule_why;

/* Whether L is an id of G's (ESC_NO_LOC is not).  */
bool esc_in_graph (const esc_graph *, esc_loc l);
/* Where OBJ is, or would go, in L's sorted points-to set.  */
uint32_t esc_member_slot (const struct esc_location *, esc_loc obj);
const struct esc_member *esc_find_member (const struct esc_location *,
					  esc_loc obj);
bool esc_is_object_kind (enum esc_loc_kind);
#define ESC_PARAM_STRIDE 7
esc_loc esc_param_obj (const esc_graph *, int k);
esc_loc esc_param_deep (const esc_graph *, int k);
esc_loc esc_param_scalar (const esc_graph *, int k);
/* If L (or the object L is the scalar part of) is the caller's memory
   behind parameter *K, true, with the level it stands for in *LEVEL: 0
   for the caller's object, 1 for anything deeper (what the caller's
   integers point to counts as deeper).  */
bool esc_param_level (const esc_graph *, esc_loc l, int *k, int *level);
/* Whether L is the result, a caller's object or a scalar part of one:
   memory the caller owns.  */
bool esc_callers_memory (const esc_graph *, esc_loc l);

/* Constraint adders, usable while solving.  */

/* Puts OBJ in HOLDER's set, first put there by VIA; false if it was
   there already, which is what most calls find: that answer is inline
   when the set has its bitmap.  */
bool esc_insert_member (esc_graph *, esc_loc holder, esc_loc obj,
			int32_t via);
static inline bool
esc_add_member (esc_graph *g, esc_loc holder, esc_loc obj, int32_t via)
{
  const struct esc_location *h = &g->locs[holder];
  uint32_t w = (uint32_t) obj / 64;
  if (w < h->nmember_words && (h->member_bits[w] >> (obj % 64)) & 1)
    return false;
  return esc_insert_member (g, holder, obj, via);
}
void esc_add_edge (esc_graph *, esc_loc src, esc_loc dst,
		   const struct esc_why *);
void esc_add_rule_edge (esc_graph *, esc_loc src, esc_loc dst);
void esc_add_load (esc_graph *, esc_loc ptr, esc_loc dst,
		   enum esc_content, const struct esc_why *);
void esc_add_store (esc_graph *, esc_loc ptr, esc_loc src,
		    enum esc_content, const struct esc_why *);
void esc_add_address (esc_graph *, esc_loc dst, esc_loc obj,
		      const struct esc_why *);
void esc_add_free (esc_graph *, esc_loc ptr, const struct esc_why *,
		   bool by_callee, bool resizes, bool copies);
/* Load or store D through OBJ, a member of its pointer.  */
void esc_apply_deref (esc_graph *, const struct esc_deref *d, bool load,
		      esc_loc obj);

/* ---- call.c ---- */

/* Call CALL_ID may call TARGET, a member of its function pointer.  */
void esc_resolve_call (esc_graph *, int32_t call_id, esc_loc target);

/* ---- solve.c ---- */

/* The holder a reason should name for OBJ (see esc_verdict).  */
esc_loc esc_reason_holder (const esc_graph *, esc_loc obj);

#endif /* ESCAPE_CORE_H */
