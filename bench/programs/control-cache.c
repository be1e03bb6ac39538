/* control-cache.c -- escape-heavy control: objects returned to callers
   and kept in global tables.

   A memoizing lookup service: intern() keeps one malloc'd copy of each
   distinct name in a global hash table and returns it; lookup() returns
   a malloc'd result record from a global LRU cache of fixed capacity,
   computing and inserting it on a miss and freeing the least recently
   used record on eviction; the caller keeps the last few results it was
   given in a global ring, freeing what falls out of it.  Objects are
   returned from the function that allocated them, stored in globals and
   freed much later by other code, so none of them may legally move to
   the stack.

   Output: one line, "control-cache <hits> <misses> <checksum>".  */
/* bench-kind: control */
/* bench-args: 3000000 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- interned names ---- */

#define INTERN_SIZE 4096	/* power of two, larger than the name count */

static char *interned[INTERN_SIZE];

static unsigned long
hash_str (const char *s)
{
  unsigned long h = 14695981039346656037UL;
  while (*s)
    h = (h ^ (unsigned char) *s++) * 1099511628211UL;
  return h;
}

static const char *
intern (const char *s)
{
  unsigned long i = hash_str (s) & (INTERN_SIZE - 1);
  while (interned[i] != NULL)
    {
      if (strcmp (interned[i], s) == 0)
	return interned[i];
      i = (i + 1) & (INTERN_SIZE - 1);
    }
  size_t n = strlen (s) + 1;
  char *copy = malloc (n);
  if (copy == NULL)
    return NULL;
  memcpy (copy, s, n);
  interned[i] = copy;
  return copy;
}

/* ---- the LRU cache of results ---- */

struct result
{
  const char *name;		/* interned */
  unsigned key;
  unsigned long value;
  unsigned refs;
  struct result *prev, *next;	/* LRU order, most recent first */
  struct result *chain;		/* hash bucket */
};

#define CACHE_CAP 1024
#define BUCKETS 2048

static struct result *bucket[BUCKETS];
static struct result *lru_head, *lru_tail;
static size_t cache_len;
static unsigned long hits, misses;

static void
lru_unlink (struct result *r)
{
  if (r->prev)
    r->prev->next = r->next;
  else
    lru_head = r->next;
  if (r->next)
    r->next->prev = r->prev;
  else
    lru_tail = r->prev;
}

static void
lru_push (struct result *r)
{
  r->prev = NULL;
  r->next = lru_head;
  if (lru_head)
    lru_head->prev = r;
  lru_head = r;
  if (lru_tail == NULL)
    lru_tail = r;
}

static void
release (struct result *r)
{
  if (--r->refs == 0)
    free (r);
}

static void
evict (void)
{
  struct result *r = lru_tail;
  lru_unlink (r);
  struct result **link = &bucket[r->key % BUCKETS];
  while (*link != r)
    link = &(*link)->chain;
  *link = r->chain;
  cache_len--;
  release (r);
}

static unsigned long
compute (unsigned key)
{
  unsigned long v = key;
  for (int i = 0; i < 24; i++)
    v = v * 6364136223846793005UL + 1442695040888963407UL;
  return v ^ (v >> 29);
}

/* The result for KEY; the cache keeps a reference, the caller gets
   another and must release it.  */
static struct result *
lookup (unsigned key, const char *name)
{
  for (struct result *r = bucket[key % BUCKETS]; r != NULL; r = r->chain)
    if (r->key == key)
      {
	hits++;
	lru_unlink (r);
	lru_push (r);
	r->refs++;
	return r;
      }

  misses++;
  struct result *r = malloc (sizeof *r);
  if (r == NULL)
    return NULL;
  r->name = name;
  r->key = key;
  r->value = compute (key);
  r->refs = 2;
  r->chain = bucket[key % BUCKETS];
  bucket[key % BUCKETS] = r;
  lru_push (r);
  if (++cache_len > CACHE_CAP)
    evict ();
  return r;
}

/* ---- the client ---- */

#define RING 64
static struct result *recent[RING];

int
main (int argc, char **argv)
{
  long n = argc > 1 ? atol (argv[1]) : 3000000;
  unsigned seed = 7;
  unsigned long check = 0;

  for (long i = 0; i < n; i++)
    {
      seed = seed * 1664525u + 1013904223u;
      /* a skewed key distribution: a hot set and a long tail */
      unsigned key = (seed >> 8) % 5 < 3 ? (seed >> 12) % 512
	: (seed >> 12) % 50000;
      char name[32];
      snprintf (name, sizeof name, "svc-%u.internal", key % 2000);
      const char *iname = intern (name);
      if (iname == NULL)
	return 1;
      struct result *r = lookup (key, iname);
      if (r == NULL)
	return 1;
      check += r->value ^ (unsigned long) strlen (r->name);
      if (recent[i % RING] != NULL)
	release (recent[i % RING]);
      recent[i % RING] = r;
    }

  for (int i = 0; i < RING; i++)
    if (recent[i] != NULL)
      release (recent[i]);
  while (cache_len > 0)
    evict ();
  for (int i = 0; i < INTERN_SIZE; i++)
    free (interned[i]);
  printf ("control-cache %lu %lu %016lx\n", hits, misses, check);
  return 0;
}
