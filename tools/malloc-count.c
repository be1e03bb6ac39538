/* malloc-count.c -- an LD_PRELOAD library that counts the heap allocations
   a program's own code makes.

   The run tests (testsuite/escape.run) use it to check that the plugin
   converted what it should have: a "local" test must make no allocation
   at all with the plugin, an escaping one as many as without it.

   Counted: malloc, calloc, realloc, reallocarray, aligned_alloc,
   posix_memalign, memalign, valloc, pvalloc, strdup and strndup, each
   call once, but only when it comes from the main executable.  libc and
   the dynamic loader allocate for themselves (stdio buffers, thread
   stacks' TLS, dlerror state, strdup's own malloc); those calls are the
   library's business, not the program's, and would make the numbers
   depend on the C library's version.

   At exit the total is written as "heap-allocs: N\n" to the file named by
   $ESCAPE_MALLOC_COUNT_FILE, or to standard error when it is unset.

   When $ESCAPE_MALLOC_COUNT_SITES names a file, the counted calls are
   also tallied per call site: the return address, as an offset into the
   executable's file (what addr2line -e EXE takes), and written there at
   exit as "0xOFFSET COUNT\n" lines.  bench/real/run maps them to source
   lines to list the hottest allocation sites.  Only the first SITES
   distinct addresses get a line of their own; later ones are summed under
   "overflow".

   When $ESCAPE_MALLOC_COUNT_LIFETIMES names a file and the program was
   built to call the hooks below (-finstrument-functions), each object's
   lifetime is measured too: how many frames up the call stack it lived
   (section "Lifetimes").  bench/real/run's lifetimes build links this
   library for the hooks.

   Usage: LD_PRELOAD=/path/to/malloc-count.so ./program  */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <link.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <unistd.h>

#define EXPORT __attribute__ ((visibility ("default"), noinline))

/* ---- The real allocator ------------------------------------------------ */

static void *(*real_malloc) (size_t);
static void *(*real_calloc) (size_t, size_t);
static void *(*real_realloc) (void *, size_t);
static void (*real_free) (void *);
static void *(*real_aligned_alloc) (size_t, size_t);
static int (*real_posix_memalign) (void **, size_t, size_t);
static void *(*real_memalign) (size_t, size_t);
static void *(*real_valloc) (size_t);
static void *(*real_pvalloc) (size_t);
static char *(*real_strdup) (const char *);
static char *(*real_strndup) (const char *, size_t);

/* dlsym may itself allocate (glibc's dlerror state uses calloc), which
   would land back here before real_calloc is known.  While resolving,
   allocations come from this buffer; free ignores them.  Resolution
   happens on the first allocation or in the constructor, both before the
   program can start a thread.  */
static _Alignas (max_align_t) char bootstrap[4096];
static size_t bootstrap_used;
static int resolving;

static void *
bootstrap_alloc (size_t n)
{
  size_t align = _Alignof (max_align_t);
  size_t start = (bootstrap_used + align - 1) & ~(align - 1);
  if (n > sizeof bootstrap - start)
    return NULL;
  bootstrap_used = start + n;
  return bootstrap + start;
}

static int
in_bootstrap (const void *p)
{
  return (const char *) p >= bootstrap
	 && (const char *) p < bootstrap + sizeof bootstrap;
}

static void
resolve (void)
{
  if (real_malloc || resolving)
    return;
  resolving = 1;
#define GET(name) *(void **) &real_##name = dlsym (RTLD_NEXT, #name)
  GET (calloc);
  GET (realloc);
  GET (free);
  GET (aligned_alloc);
  GET (posix_memalign);
  GET (memalign);
  GET (valloc);
  GET (pvalloc);
  GET (strdup);
  GET (strndup);
  GET (malloc);		/* Last: it is the "resolved" flag.  */
#undef GET
  resolving = 0;
  if (!real_malloc || !real_calloc || !real_realloc || !real_free)
    {
      static const char msg[] = "malloc-count: cannot find the real allocator\n";
      ssize_t ignored = write (2, msg, sizeof msg - 1);
      (void) ignored;
      _exit (127);
    }
}

/* ---- Who is calling --------------------------------------------------- */

/* The main executable's address range: the lowest and highest address of
   its PT_LOAD segments.  Read from the auxiliary vector, which needs no
   allocation and no lock.  */
static uintptr_t exe_lo, exe_hi, exe_bias;
static int exe_known;

static void
find_executable (void)
{
  const ElfW (Phdr) *phdr = (const ElfW (Phdr) *) getauxval (AT_PHDR);
  size_t phnum = getauxval (AT_PHNUM);
  uintptr_t bias = 0, lo = UINTPTR_MAX, hi = 0;
  if (!phdr)
    return;
  /* A PIE is loaded at a bias: AT_PHDR is where PT_PHDR's p_vaddr went.  */
  for (size_t i = 0; i < phnum; i++)
    if (phdr[i].p_type == PT_PHDR)
      bias = (uintptr_t) phdr - phdr[i].p_vaddr;
  for (size_t i = 0; i < phnum; i++)
    if (phdr[i].p_type == PT_LOAD)
      {
	uintptr_t start = bias + phdr[i].p_vaddr;
	if (start < lo)
	  lo = start;
	if (start + phdr[i].p_memsz > hi)
	  hi = start + phdr[i].p_memsz;
      }
  exe_lo = lo;
  exe_hi = hi;
  exe_bias = bias;
  __atomic_store_n (&exe_known, 1, __ATOMIC_RELEASE);
}

static unsigned long count;

/* Per-site tallies, on only when $ESCAPE_MALLOC_COUNT_SITES is set (read
   once in the constructor).  A fixed open-addressing table: no allocation
   here, since this runs inside malloc.  Slots are claimed with a
   compare-and-swap so a threaded program does not lose sites.  */
#define SITES 4096
static int sites_on;
static uintptr_t site_addr[SITES];
static unsigned long site_count[SITES];
static unsigned long site_overflow;

/* Tally one call at return address A; the site's slot, or -1 when the
   table is full.  */
static int
note_site (uintptr_t a)
{
  uintptr_t off = a - exe_bias;
  size_t h = (size_t) ((off * 0x9e3779b97f4a7c15ull) >> 52) % SITES;
  for (size_t i = 0; i < SITES; i++, h = (h + 1) % SITES)
    {
      uintptr_t cur = __atomic_load_n (&site_addr[h], __ATOMIC_ACQUIRE);
      if (cur == 0)
	{
	  uintptr_t expected = 0;
	  if (__atomic_compare_exchange_n (&site_addr[h], &expected, off, 0,
					   __ATOMIC_ACQ_REL,
					   __ATOMIC_ACQUIRE))
	    cur = off;
	  else
	    cur = expected;
	}
      if (cur == off)
	{
	  __atomic_fetch_add (&site_count[h], 1, __ATOMIC_RELAXED);
	  return (int) h;
	}
    }
  __atomic_fetch_add (&site_overflow, 1, __ATOMIC_RELAXED);
  return -1;
}

/* Count one allocation if CALLER is in the main executable.  Returns
   NOT_COUNTED for a call from elsewhere, else the site's slot (-1 when
   sites are off or their table is full).  */
#define NOT_COUNTED (-2)
static int
note (void *caller)
{
  if (!__atomic_load_n (&exe_known, __ATOMIC_ACQUIRE))
    find_executable ();
  uintptr_t a = (uintptr_t) caller;
  if (a < exe_lo || a >= exe_hi)
    return NOT_COUNTED;
  __atomic_fetch_add (&count, 1, __ATOMIC_RELAXED);
  return sites_on ? note_site (a) : -1;
}

#define COUNT() note (__builtin_return_address (0))

/* ---- Lifetimes ---------------------------------------------------------- */

/* On when $ESCAPE_MALLOC_COUNT_LIFETIMES names a file and the program was
   built with -finstrument-functions (flags below): for each counted
   allocation, how far up the call stack its object lived.  It answers
   "how much could any escape analysis move?" from a run, not from the
   code: an object freed before the function that allocated it returns
   could have lived in that function's frame (level 0); one freed before
   that function's caller returns, in the caller's frame had the callee
   been inlined or the allocation been made by the caller (level 1: an
   xmalloc-style wrapper's objects, a constructor's result); and so on.
   An object that outlived every frame of the program's code that was
   active when it was allocated ("exit": still live at exit, freed after
   main returned, in an atexit handler, a destructor, or by a later
   callback of library code) could live in no frame of it.  Level 0 is split by whether the allocating function had
   another activation below it on the stack (a recursion, where the
   frame's size multiplies).

   The program must be built with
     -finstrument-functions -finstrument-functions-exclude-file-list=/usr/include
     -fno-inline -fno-partial-inlining -fno-optimize-sibling-calls
     -fno-omit-frame-pointer
   GCC then calls __cyg_profile_func_enter/exit at each source function's
   entry and exit (below), and each function has a frame of its own whose
   canonical frame address (CFA: its frame pointer + 16 on x86-64)
   identifies it on the stack.  (Without -fno-optimize-sibling-calls GCC
   jumps to the exit hook after the frame is gone, and the hook would see
   the caller's.)  A shadow stack per thread holds the active functions
   with a serial number each; an allocation records the serial numbers of
   its function and LEVELS - 1 callers; a free finds the lowest of them
   still on the shadow stack.

   longjmp skips exit calls.  Entries whose CFA lies below the caller's
   (deeper frames) are dropped at each enter, exit, allocation and free;
   at an enter, an entry of the same CFA is dropped too (a sibling that
   ended by longjmp), unless it is another function called from the same
   place, which is how GCC instruments an always_inline body nested in
   its host.  This undoes a longjmp but in three shapes, where later
   objects may count one level too deep or as recursive: through library
   code (an allocation inside a libc call after a longjmp); out of a
   function called through a pointer when the next call from that place
   reaches another function (a sibling of that CFA and call site looks
   like an always_inline host); out of an always_inline body.  Not
   followed: frames on another stack (sigaltstack, swapcontext),
   pthread_exit's unwinding, C++ operator new (its malloc is
   libstdc++'s).  Not async-signal-safe (a lock guards the table): for
   measuring runs, not for the run tests.  A program that execs itself
   writes the files again.  */

#define LEVELS 8

/* The CFA of the instrumented function calling a hook: its frame pointer,
   which the hook (built with one) saved at its own frame's base, + 16.  */
#define CALLER_CFA() (*(uintptr_t *) __builtin_frame_address (0) + 16)

/* Bucket numbers of the per-site and total counts.  */
enum
{
  B_LEVEL0 = 0,			/* levels 0 .. LEVELS-1 follow */
  B_LEVEL0_RECURSIVE = LEVELS,	/* level 0, the function recursing */
  B_FURTHER,			/* freed, but beyond LEVELS levels */
  B_THREAD,			/* freed by another thread */
  B_EXIT,			/* outlived every frame of its thread */
  B_UNTRACKED,			/* allocated outside any instrumented function */
  NBUCKETS
};
static const char *const bucket_name[NBUCKETS] = {
  "level0", "level1", "level2", "level3", "level4", "level5", "level6",
  "level7", "level0-recursive", "further", "thread", "exit", "untracked"
};

static int lifetimes_on;
static pid_t lifetimes_pid;	/* the process whose lifetimes are written */
static unsigned long bucket_total[NBUCKETS];
static unsigned long site_bucket[SITES][NBUCKETS];

/* The shadow stack of one thread, mapped on its first call (address
   space only: pages are touched as the stack deepens) and unmapped when
   the thread ends.  Past DEPTH entries, calls are only counted.  */
#define DEPTH (1u << 18)
struct frame
{
  uintptr_t cfa;
  void *fn;
  void *call_site;
  uint64_t serial;
};
struct shadow
{
  uint64_t thread;		/* a serial number: threads' identities */
  unsigned depth;
  unsigned ending;		/* rounds of key destructors seen */
  struct frame frames[DEPTH];
};
static __thread struct shadow *shadow_of_thread
  __attribute__ ((tls_model ("initial-exec")));
static uint64_t next_serial = 1;
static pthread_key_t shadow_key;

/* The thread ends.  Its key's destructor comes before the program's
   own (this library's key was made first), whose frees must still find
   the thread's identity; so it puts the shadow back and waits for the
   last of glibc's rounds of destructors.  */
static void
shadow_gone (void *p)
{
  struct shadow *s = p;
  if (++s->ending < PTHREAD_DESTRUCTOR_ITERATIONS)
    {
      pthread_setspecific (shadow_key, s);
      return;
    }
  shadow_of_thread = NULL;
  munmap (s, sizeof *s);
}

/* Out of memory here: say so, since the program's own output is not
   where a failed run of the counter would be looked for.  */
static void
no_memory (const char *what)
{
  static const char msg[] = "malloc-count: cannot map memory for ";
  ssize_t ignored = write (2, msg, sizeof msg - 1);
  ignored = write (2, what, strlen (what));
  ignored = write (2, "\n", 1);
  (void) ignored;
  _exit (127);
}

static struct shadow *
shadow (void)
{
  struct shadow *s = shadow_of_thread;
  if (!s)
    {
      s = mmap (NULL, sizeof *s, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
      if (s == MAP_FAILED)
	no_memory ("a thread's shadow stack");
      s->thread = __atomic_fetch_add (&next_serial, 1, __ATOMIC_RELAXED);
      shadow_of_thread = s;
      pthread_setspecific (shadow_key, s);
    }
  return s;
}

/* Drop the entries of frames deeper than CFA, and of CFA itself when
   OR_EQUAL.  Past DEPTH, the unstored entries go with the last stored
   one.  */
static void
drop_deeper (struct shadow *s, uintptr_t cfa, int or_equal)
{
  while (s->depth)
    {
      unsigned d = s->depth <= DEPTH ? s->depth : DEPTH;
      uintptr_t top = s->frames[d - 1].cfa;
      if (top > cfa || (top == cfa && !or_equal))
	return;
      s->depth = d - 1;
    }
}

__attribute__ ((no_instrument_function)) EXPORT void
__cyg_profile_func_enter (void *fn, void *call_site)
{
  if (!lifetimes_on)
    return;
  uintptr_t cfa = CALLER_CFA ();
  struct shadow *s = shadow ();
  drop_deeper (s, cfa, 0);
  /* An entry of this CFA: a sibling abandoned by longjmp, or the host of
     an always_inline body (another function, the same call site).  */
  while (s->depth && s->depth <= DEPTH)
    {
      struct frame *f = &s->frames[s->depth - 1];
      if (f->cfa != cfa || (f->fn != fn && f->call_site == call_site))
	break;
      s->depth--;
    }
  if (s->depth < DEPTH)
    s->frames[s->depth] = (struct frame) {
      cfa, fn, call_site,
      __atomic_fetch_add (&next_serial, 1, __ATOMIC_RELAXED) };
  s->depth++;
}

__attribute__ ((no_instrument_function)) EXPORT void
__cyg_profile_func_exit (void *fn, void *call_site)
{
  (void) call_site;
  if (!lifetimes_on)
    return;
  uintptr_t cfa = CALLER_CFA ();
  struct shadow *s = shadow ();
  drop_deeper (s, cfa, 0);
  if (s->depth > DEPTH)
    {
      s->depth--;
      return;
    }
  /* Among entries of this CFA, this function's and those nested in it.  */
  for (unsigned d = s->depth; d > 0 && s->frames[d - 1].cfa == cfa; d--)
    if (s->frames[d - 1].fn == fn)
      {
	s->depth = d - 1;
	return;
      }
}

/* Live objects: an open-addressing table keyed by address, in memory
   mapped here (this runs inside malloc), doubled when half full.  */
struct object
{
  uintptr_t addr;		/* 0: empty; 1: deleted */
  uint64_t thread;
  int site;			/* slot in site_addr, or -1 */
  unsigned depth;		/* shadow depth at the allocation */
  int recursive;
  uint64_t serial[LEVELS];	/* the allocating function's, then callers' */
};
static struct object *objects;
static size_t objects_cap, objects_used;
static int objects_lock;

static void
lock (void)
{
  while (__atomic_exchange_n (&objects_lock, 1, __ATOMIC_ACQUIRE))
    ;
}

static void
unlock (void)
{
  __atomic_store_n (&objects_lock, 0, __ATOMIC_RELEASE);
}

/* fork copies the lock as it is: held, if another thread was inside
   born or died, and the child's first allocation would spin forever.  */
static void
fork_child (void)
{
  __atomic_store_n (&objects_lock, 0, __ATOMIC_RELEASE);
}

static size_t
slot_of (uintptr_t addr, size_t cap)
{
  return (size_t) ((addr * 0x9e3779b97f4a7c15ull) >> 20) & (cap - 1);
}

static void
insert (const struct object *o)
{
  if (2 * (objects_used + 1) > objects_cap)
    {
      size_t cap = objects_cap ? 2 * objects_cap : 1u << 16;
      struct object *t = mmap (NULL, cap * sizeof *t, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (t == MAP_FAILED)
	no_memory ("the table of live objects");
      objects_used = 0;
      for (size_t i = 0; i < objects_cap; i++)
	if (objects[i].addr > 1)
	  {
	    size_t h = slot_of (objects[i].addr, cap);
	    while (t[h].addr)
	      h = (h + 1) & (cap - 1);
	    t[h] = objects[i];
	    objects_used++;
	  }
      if (objects)
	munmap (objects, objects_cap * sizeof *objects);
      objects = t;
      objects_cap = cap;
    }
  size_t h = slot_of (o->addr, objects_cap);
  while (objects[h].addr > 1)
    h = (h + 1) & (objects_cap - 1);
  if (objects[h].addr == 0)
    objects_used++;
  objects[h] = *o;
}

static struct object *
find (uintptr_t addr)
{
  if (!objects)
    return NULL;
  for (size_t h = slot_of (addr, objects_cap);; h = (h + 1) & (objects_cap - 1))
    if (objects[h].addr == addr)
      return &objects[h];
    else if (objects[h].addr == 0)
      return NULL;
}

/* Take P's record out of the table into *O; false if it has none.  */
static int
take (void *p, struct object *o)
{
  lock ();
  struct object *found = find ((uintptr_t) p);
  if (found)
    {
      *o = *found;
      found->addr = 1;
    }
  unlock ();
  return found != NULL;
}

static void
tally (int site, int bucket)
{
  bucket_total[bucket]++;
  if (site >= 0)
    site_bucket[site][bucket]++;
}

/* A counted allocation at SITE returned P.  SP is a stack address of
   the allocator's caller.  */
static void
born (void *p, int site, uintptr_t sp)
{
  if (!lifetimes_on || !p || site == NOT_COUNTED)
    return;
  struct shadow *s = shadow ();
  drop_deeper (s, sp, 1);
  struct object o = { (uintptr_t) p, s->thread, site, s->depth, 0, { 0 } };
  lock ();
  if (s->depth == 0 || s->depth > DEPTH)
    {
      tally (site, B_UNTRACKED);
      unlock ();
      return;
    }
  for (unsigned j = 0; j < LEVELS && j < s->depth; j++)
    o.serial[j] = s->frames[s->depth - 1 - j].serial;
  void *fn = s->frames[s->depth - 1].fn;
  for (unsigned d = s->depth - 1; d > 0 && !o.recursive; d--)
    o.recursive = s->frames[d - 1].fn == fn;
  insert (&o);
  unlock ();
}

/* The object O, taken out of the table, ends here.  */
static void
ended (const struct object *o, uintptr_t sp)
{
  struct shadow *s = shadow ();
  drop_deeper (s, sp, 1);
  int bucket = B_FURTHER;
  if (o->thread != s->thread)
    bucket = B_THREAD;
  else
    {
      unsigned j;
      for (j = 0; j < LEVELS && j < o->depth; j++)
	{
	  unsigned d = o->depth - 1 - j;
	  if (d < s->depth && d < DEPTH
	      && s->frames[d].serial == o->serial[j])
	    {
	      bucket = j == 0 && o->recursive ? B_LEVEL0_RECURSIVE
					     : B_LEVEL0 + (int) j;
	      break;
	    }
	}
      /* Every frame down to the thread's outermost was recorded, and
	 none is left: the object outlived them all.  */
      if (bucket == B_FURTHER && j == o->depth)
	bucket = B_EXIT;
    }
  lock ();
  tally (o->site, bucket);
  unlock ();
}

/* P, if a tracked object, ends here.  */
static void
died (void *p, uintptr_t sp)
{
  struct object o;
  if (lifetimes_on && p && take (p, &o))
    ended (&o, sp);
}

/* The caller's stack pointer at the call of the function using it (the
   interposed functions keep a frame pointer: see Makefile.am).  */
#define CALLER_SP() ((uintptr_t) __builtin_frame_address (0) + 16)

/* ---- The interposed functions ----------------------------------------- */

EXPORT void *
malloc (size_t n)
{
  if (!real_malloc)
    {
      if (resolving)
	return bootstrap_alloc (n);
      resolve ();
    }
  int site = COUNT ();
  void *p = real_malloc (n);
  born (p, site, CALLER_SP ());
  return p;
}

EXPORT void *
calloc (size_t n, size_t size)
{
  if (!real_malloc)
    {
      if (resolving)
	{
	  /* The buffer is static and never reused: already zero.  */
	  if (size && n > SIZE_MAX / size)
	    return NULL;
	  return bootstrap_alloc (n * size);
	}
      resolve ();
    }
  int site = COUNT ();
  void *p = real_calloc (n, size);
  born (p, site, CALLER_SP ());
  return p;
}

EXPORT void
free (void *p)
{
  if (!p || in_bootstrap (p))
    return;
  resolve ();
  died (p, CALLER_SP ());
  real_free (p);
}

/* realloc and reallocarray, counted at SITE by their caller, whose stack
   pointer is SP.  For the lifetimes, resizing a tracked object continues
   it; resizing anything else begins one.  */
static void *
resize (void *p, size_t n, int site, uintptr_t sp)
{
  if (in_bootstrap (p))
    {
      /* Rare: memory from the bootstrap buffer being resized.  Its size is
	 unknown; copy what can be copied.  */
      void *q = real_malloc (n);
      if (q)
	memcpy (q, p, n < (size_t) (bootstrap + sizeof bootstrap - (char *) p)
		      ? n : (size_t) (bootstrap + sizeof bootstrap - (char *) p));
      born (q, site, sp);
      return q;
    }
  /* The record is taken out before the call: once realloc has freed P,
     another thread may be given its address.  */
  struct object o;
  int tracked = lifetimes_on && p && take (p, &o);
  void *q = real_realloc (p, n);
  if (!tracked)
    born (q, site, sp);
  else if (q || n != 0)
    {
      /* Moved, or failed and P is as it was: the same object.  */
      o.addr = (uintptr_t) (q ? q : p);
      lock ();
      insert (&o);
      unlock ();
    }
  else
    ended (&o, sp);		/* glibc's realloc (p, 0) frees P */
  return q;
}

EXPORT void *
realloc (void *p, size_t n)
{
  resolve ();
  return resize (p, n, COUNT (), CALLER_SP ());
}

EXPORT void *
reallocarray (void *p, size_t n, size_t size)
{
  resolve ();
  int site = COUNT ();
  if (size && n > SIZE_MAX / size)
    {
      errno = ENOMEM;
      return NULL;
    }
  return resize (p, n * size, site, CALLER_SP ());
}

EXPORT void *
aligned_alloc (size_t align, size_t n)
{
  resolve ();
  int site = COUNT ();
  void *p = real_aligned_alloc (align, n);
  born (p, site, CALLER_SP ());
  return p;
}

EXPORT int
posix_memalign (void **out, size_t align, size_t n)
{
  resolve ();
  int site = COUNT ();
  int err = real_posix_memalign (out, align, n);
  if (err == 0)
    born (*out, site, CALLER_SP ());
  return err;
}

EXPORT void *
memalign (size_t align, size_t n)
{
  resolve ();
  int site = COUNT ();
  void *p = real_memalign (align, n);
  born (p, site, CALLER_SP ());
  return p;
}

EXPORT void *
valloc (size_t n)
{
  resolve ();
  int site = COUNT ();
  void *p = real_valloc (n);
  born (p, site, CALLER_SP ());
  return p;
}

EXPORT void *
pvalloc (size_t n)
{
  resolve ();
  int site = COUNT ();
  void *p = real_pvalloc (n);
  born (p, site, CALLER_SP ());
  return p;
}

/* strdup's own malloc comes from libc and is not counted again.  */
EXPORT char *
strdup (const char *s)
{
  resolve ();
  int site = COUNT ();
  char *p = real_strdup (s);
  born (p, site, CALLER_SP ());
  return p;
}

EXPORT char *
strndup (const char *s, size_t n)
{
  resolve ();
  int site = COUNT ();
  char *p = real_strndup (s, n);
  born (p, site, CALLER_SP ());
  return p;
}

/* ---- The result ------------------------------------------------------- */

__attribute__ ((constructor)) static void
start (void)
{
  resolve ();
  find_executable ();
  const char *sites = getenv ("ESCAPE_MALLOC_COUNT_SITES");
  const char *lifetimes = getenv ("ESCAPE_MALLOC_COUNT_LIFETIMES");
  if (lifetimes && *lifetimes)
    {
      lifetimes_pid = getpid ();
      if (pthread_key_create (&shadow_key, shadow_gone) == 0
	  && pthread_atfork (NULL, NULL, fork_child) == 0)
	lifetimes_on = 1;
    }
  /* The lifetimes are kept per site too.  */
  sites_on = (sites && *sites) || lifetimes_on;
}

/* Write the per-site tallies to $ESCAPE_MALLOC_COUNT_SITES.  */
static void
write_sites (void)
{
  const char *file = getenv ("ESCAPE_MALLOC_COUNT_SITES");
  int fd = open (file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0)
    return;
  char line[64];
  for (size_t i = 0; i < SITES; i++)
    if (site_addr[i])
      {
	int len = snprintf (line, sizeof line, "%#lx %lu\n",
			    (unsigned long) site_addr[i], site_count[i]);
	ssize_t ignored = write (fd, line, len);
	(void) ignored;
      }
  if (site_overflow)
    {
      int len = snprintf (line, sizeof line, "overflow %lu\n", site_overflow);
      ssize_t ignored = write (fd, line, len);
      (void) ignored;
    }
  close (fd);
}

static void
write_counts (int fd, const char *label, const unsigned long *c)
{
  char line[64];
  ssize_t ignored = write (fd, label, strlen (label));
  for (int b = 0; b < NBUCKETS; b++)
    {
      int len = snprintf (line, sizeof line, " %lu", c[b]);
      ignored = write (fd, line, len);
    }
  ignored = write (fd, "\n", 1);
  (void) ignored;
}

/* Write the lifetimes to $ESCAPE_MALLOC_COUNT_LIFETIMES: a line naming
   the buckets, the totals, then one line per site ("0xOFFSET" as in the
   sites file), each with a count per bucket.  Objects still live now
   count as outliving their thread's frames.  */
static void
write_lifetimes (void)
{
  lock ();
  for (size_t i = 0; i < objects_cap; i++)
    if (objects[i].addr > 1)
      {
	tally (objects[i].site, B_EXIT);
	objects[i].addr = 1;
      }
  unlock ();
  const char *file = getenv ("ESCAPE_MALLOC_COUNT_LIFETIMES");
  int fd = open (file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0)
    return;
  ssize_t ignored = write (fd, "buckets", 7);
  for (int b = 0; b < NBUCKETS; b++)
    {
      ignored = write (fd, " ", 1);
      ignored = write (fd, bucket_name[b], strlen (bucket_name[b]));
    }
  ignored = write (fd, "\n", 1);
  (void) ignored;
  write_counts (fd, "total", bucket_total);
  char label[32];
  for (size_t i = 0; i < SITES; i++)
    if (site_addr[i])
      {
	snprintf (label, sizeof label, "%#lx", (unsigned long) site_addr[i]);
	write_counts (fd, label, site_bucket[i]);
      }
  close (fd);
}

/* A destructor of a preloaded library runs after the program's own
   atexit handlers and destructors, so their allocations are counted.  No
   stdio here: its buffers may already be gone.  */
__attribute__ ((destructor)) static void
finish (void)
{
  const char *sites = getenv ("ESCAPE_MALLOC_COUNT_SITES");
  if (sites && *sites)
    write_sites ();
  /* A forked child's view is not the program's: the process that
     started writes the lifetimes.  */
  if (lifetimes_on && getpid () == lifetimes_pid)
    write_lifetimes ();
  char line[64];
  int len = snprintf (line, sizeof line, "heap-allocs: %lu\n",
		      __atomic_load_n (&count, __ATOMIC_RELAXED));
  const char *file = getenv ("ESCAPE_MALLOC_COUNT_FILE");
  int fd = 2;
  if (file && *file)
    {
      fd = open (file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
      if (fd < 0)
	return;
    }
  ssize_t ignored = write (fd, line, len);
  (void) ignored;
  if (fd != 2)
    close (fd);
}
