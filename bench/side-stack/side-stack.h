/* side-stack.h -- a model, in C, of the side stack issue 15 asks for:
   what the plugin would emit for an object that does not escape its call
   but gets no slot (its function may recurse, it outlives its loop
   iteration, a callee frees it).  bench/side-stack/shapes.c measures it
   against malloc, the alloca budget and hand-written stack code, and
   checks.c tries to break it; nothing in the plugin uses this file yet.

   Each thread has a region of SS_REGION bytes, taken with malloc on the
   first push and given back at thread exit.  Objects are bumped off it.
   A function's objects form one segment: the first object a frame takes
   writes a header (the thread's previous top token and header) and makes
   the frame's token the top; later objects of the same frame just bump;
   on the way out, a frame whose token is the top pops its segment.

   The token is the frame's canonical frame address (__builtin_dwarf_cfa:
   the stack pointer before the call, which needs no frame pointer and no
   word of the frame).  Live frames of one stack have distinct tokens, a
   deeper frame a lower one.  The rules:
   - push: a frame whose token is the top bumps its segment; a frame
     whose token is below the top (deeper; or the region is empty, top 0,
     which wraps to the highest) starts a segment of its own over it; any
     other takes the heap;
   - pop: only by the frame whose token is the top, to its header.
   So a segment holds the objects of one frame, and is popped only by
   that frame (or by a later frame at the same token, when longjmp left
   the first one: a frame at the same place of the same stack), and only
   once every segment pushed after it has been popped: nothing live is
   ever given back, whatever coroutines, signal handlers or longjmp do.
   The push rule is for reuse, not safety (checks.c passes without it): a
   frame above the top is on another stack (a coroutine whose segment
   lies under the top's), or the top's frame is dead, left by longjmp;
   pushing over such a segment would strand it for good, while the heap
   now lets the next frame at its token pop it.  What longjmp and
   coroutines leave behind otherwise stays for the thread's life, and the
   heap takes over as the region fills.  Memory the region does not hold
   is told apart by its address: a free skips pointers into the region.

   A signal handler that runs between two steps of a push or a pop sees a
   consistent state or pushes and pops its own segment over it; the
   compiler fences keep the object's reads and writes inside the window
   where it is pushed.  */

#ifndef SIDE_STACK_H
#define SIDE_STACK_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#ifndef SS_REGION
#define SS_REGION 65536
#endif

struct ss_header
{
  uintptr_t prev_top;
  struct ss_header *prev_hdr;
};

struct ss_state
{
  char *cur, *end, *base;
  uintptr_t top;
  struct ss_header *hdr;
  uintptr_t busy;	/* a push, pop or rewind is under way */
};

extern __thread struct ss_state ss_thread;
void *ss_first_push (size_t bytes, uintptr_t token);

#define SS_TOKEN ((uintptr_t) __builtin_dwarf_cfa ())
#define SS_ALIGN 16

/* The state is read and written only while BUSY says so: a signal
   handler that runs then leaves it alone (its pushes take the heap, its
   pops do nothing), and one that leaves the interrupted frame by
   longjmp leaves it busy, which turns the side stack off for the thread
   rather than leave it half written.  */
static inline __attribute__ ((always_inline)) int
ss_enter (struct ss_state *s)
{
  /* The test and the set in one instruction, which a signal cannot
     split: with two, a handler that ran between them and whose own
     window was cut left BUSY set, and the interrupted code, which had
     tested it clear, cleared it again over a half-written state.  Not
     locked: only the thread's own signal handlers share the word.  */
  int was_busy;
  __asm__ volatile ("btsq $0, %0" : "+m" (s->busy), "=@ccc" (was_busy));
  if (was_busy)
    return 0;
  __atomic_signal_fence (__ATOMIC_SEQ_CST);
  return 1;
}

static inline __attribute__ ((always_inline)) void
ss_leave (struct ss_state *s)
{
  __atomic_signal_fence (__ATOMIC_SEQ_CST);
  s->busy = 0;
}

static inline __attribute__ ((always_inline)) void *
ss_push (size_t n, uintptr_t token)
{
  size_t bytes = (n + SS_ALIGN - 1) & ~(size_t) (SS_ALIGN - 1);
  struct ss_state *s = &ss_thread;
  void *p = NULL;
  if (bytes == 0 || !ss_enter (s))
    return malloc (n);
  if (s->top == token)
    {
      char *c = s->cur;
      if ((size_t) (s->end - c) >= bytes)
	{
	  s->cur = c + bytes;
	  p = c;
	}
    }
  else if (s->top - 1 >= token)
    p = ss_first_push (bytes, token);
  ss_leave (s);
  return p ? p : malloc (n);
}

/* Gives back the top segment, whose header is H.  */
static inline __attribute__ ((always_inline)) void
ss_pop_segment (struct ss_state *s, struct ss_header *h)
{
  s->cur = (char *) h;
  s->top = h->prev_top;
  s->hdr = h->prev_hdr;
}

static inline __attribute__ ((always_inline)) void
ss_pop (uintptr_t token)
{
  __atomic_signal_fence (__ATOMIC_SEQ_CST);
  struct ss_state *s = &ss_thread;
  if (!ss_enter (s))
    return;
  if (s->top == token)
    ss_pop_segment (s, s->hdr);
  ss_leave (s);
}

/* A loop's iteration: ss_mark at its top, ss_rewind at its end gives
   back what the frame pushed in it, when the frame's segment is the
   top: the whole segment if its header is at or above the mark (the
   iteration opened it), else its end back to the mark (its objects
   from before the iteration lie below).  */
static inline __attribute__ ((always_inline)) uintptr_t
ss_mark (void)
{
  return (uintptr_t) ss_thread.cur;
}

static inline __attribute__ ((always_inline)) void
ss_rewind (uintptr_t token, uintptr_t mark)
{
  __atomic_signal_fence (__ATOMIC_SEQ_CST);
  struct ss_state *s = &ss_thread;
  if (!ss_enter (s))
    return;
  if (s->top == token)
    {
      struct ss_header *h = s->hdr;
      if (mark > (uintptr_t) h)
	s->cur = (char *) mark;
      else
	ss_pop_segment (s, h);
    }
  ss_leave (s);
}

static inline __attribute__ ((always_inline)) void
ss_free (void *p)
{
  struct ss_state *s = &ss_thread;
  if ((uintptr_t) p - (uintptr_t) s->base >= SS_REGION)
    free (p);
}

#endif
