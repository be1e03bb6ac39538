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

   Usage: LD_PRELOAD=/path/to/malloc-count.so ./program  */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

#define EXPORT __attribute__ ((visibility ("default"), noinline))

/* ---- The real allocator ------------------------------------------------ */

static void *(*real_malloc) (size_t);
static void *(*real_calloc) (size_t, size_t);
static void *(*real_realloc) (void *, size_t);
static void *(*real_reallocarray) (void *, size_t, size_t);
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
  GET (reallocarray);
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

static void
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
	  return;
	}
    }
  __atomic_fetch_add (&site_overflow, 1, __ATOMIC_RELAXED);
}

/* Count one allocation if CALLER is in the main executable.  */
static void
note (void *caller)
{
  if (!__atomic_load_n (&exe_known, __ATOMIC_ACQUIRE))
    find_executable ();
  uintptr_t a = (uintptr_t) caller;
  if (a >= exe_lo && a < exe_hi)
    {
      __atomic_fetch_add (&count, 1, __ATOMIC_RELAXED);
      if (sites_on)
	note_site (a);
    }
}

#define COUNT() note (__builtin_return_address (0))

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
  COUNT ();
  return real_malloc (n);
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
  COUNT ();
  return real_calloc (n, size);
}

EXPORT void
free (void *p)
{
  if (!p || in_bootstrap (p))
    return;
  resolve ();
  real_free (p);
}

EXPORT void *
realloc (void *p, size_t n)
{
  resolve ();
  COUNT ();
  if (in_bootstrap (p))
    {
      /* Rare: memory from the bootstrap buffer being resized.  Its size is
	 unknown; copy what can be copied.  */
      void *q = real_malloc (n);
      if (q)
	memcpy (q, p, n < (size_t) (bootstrap + sizeof bootstrap - (char *) p)
		      ? n : (size_t) (bootstrap + sizeof bootstrap - (char *) p));
      return q;
    }
  return real_realloc (p, n);
}

EXPORT void *
reallocarray (void *p, size_t n, size_t size)
{
  resolve ();
  COUNT ();
  if (!real_reallocarray || in_bootstrap (p))
    {
      if (size && n > SIZE_MAX / size)
	{
	  errno = ENOMEM;
	  return NULL;
	}
      return realloc (p, n * size);
    }
  return real_reallocarray (p, n, size);
}

EXPORT void *
aligned_alloc (size_t align, size_t n)
{
  resolve ();
  COUNT ();
  return real_aligned_alloc (align, n);
}

EXPORT int
posix_memalign (void **out, size_t align, size_t n)
{
  resolve ();
  COUNT ();
  return real_posix_memalign (out, align, n);
}

EXPORT void *
memalign (size_t align, size_t n)
{
  resolve ();
  COUNT ();
  return real_memalign (align, n);
}

EXPORT void *
valloc (size_t n)
{
  resolve ();
  COUNT ();
  return real_valloc (n);
}

EXPORT void *
pvalloc (size_t n)
{
  resolve ();
  COUNT ();
  return real_pvalloc (n);
}

/* strdup's own malloc comes from libc and is not counted again.  */
EXPORT char *
strdup (const char *s)
{
  resolve ();
  COUNT ();
  return real_strdup (s);
}

EXPORT char *
strndup (const char *s, size_t n)
{
  resolve ();
  COUNT ();
  return real_strndup (s, n);
}

/* ---- The result ------------------------------------------------------- */

__attribute__ ((constructor)) static void
start (void)
{
  resolve ();
  find_executable ();
  const char *sites = getenv ("ESCAPE_MALLOC_COUNT_SITES");
  sites_on = sites && *sites;
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

/* A destructor of a preloaded library runs after the program's own
   atexit handlers and destructors, so their allocations are counted.  No
   stdio here: its buffers may already be gone.  */
__attribute__ ((destructor)) static void
finish (void)
{
  if (sites_on)
    write_sites ();
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
