/* region.c -- the out-of-line part of side-stack.h's model: a frame's
   first push (a segment's header), the region taken on a thread's first
   push and given back at its exit.  The plugin would emit this once per
   program (a hidden COMDAT function); here it is linked in.  */

#include "side-stack.h"

__thread struct ss_state ss_thread;

extern void *__dso_handle __attribute__ ((visibility ("hidden")));
extern int __cxa_thread_atexit_impl (void (*) (void *), void *, void *);

static void
ss_release (void *unused)
{
  (void) unused;
  struct ss_state *s = &ss_thread;
  /* Busy for good: a push after this (a later destructor) takes the
     heap, as in the plugin, where nothing would unmap a new region.  */
  s->busy = 1;
  __atomic_signal_fence (__ATOMIC_SEQ_CST);
  char *base = s->base;
  s->cur = s->end = s->base = NULL;
  s->top = 0;
  s->hdr = NULL;
  free (base);
}

void *
ss_first_push (size_t bytes, uintptr_t token)
{
  struct ss_state *s = &ss_thread;
  if (!s->base)
    {
      char *base = malloc (SS_REGION);
      if (!base)
	return NULL;
      s->cur = s->base = base;
      s->end = base + SS_REGION;
      __cxa_thread_atexit_impl (ss_release, NULL, &__dso_handle);
    }
  char *c = s->cur;
  if ((size_t) (s->end - c) < sizeof (struct ss_header) + bytes
      || bytes == 0)
    return NULL;
  struct ss_header *h = (struct ss_header *) c;
  h->prev_top = s->top;
  h->prev_hdr = s->hdr;
  s->cur = c + sizeof (struct ss_header) + bytes;
  s->hdr = h;
  s->top = token;
  return h + 1;
}
