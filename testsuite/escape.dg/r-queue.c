/* r-queue.c -- channel-like queues: a pointer put into a ring, queue or
   list escapes exactly when the container does, or when it outlives the
   loop iteration that allocated it.  Handing a pointer to another thread
   (pthread_create's argument) is Go's `go' statement: it escapes; so
   does a thread-specific value, which the library keeps.  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing" } */
#include <stdlib.h>
#include <unistd.h>
#include <pthread.h>

struct ring { void *slot[8]; };

/* send and recv index by value, so their summaries speak only of the
   pointers.  */
static __attribute__ ((noinline)) void
send (struct ring *r, unsigned i, void *p)	/* { dg-message "r does not escape" } */
/* { dg-message "leaking param: p into \\*r" "" { target *-*-* } 16 } */
{
  r->slot[i % 8] = p;
}

static __attribute__ ((noinline)) void *
recv (struct ring *r, unsigned i)	/* { dg-message "leaking param: r to result ~r0 level=1" } */
{
  return r->slot[i % 8];
}

/* Through a ring that never leaves this function.  */
int
ring_local (void)
{
  struct ring r;
  char *p = malloc (16);		/* { dg-message "moved to stack \\(16 bytes\\)" } */
  send (&r, 0, p);
  char *q = recv (&r, 0);
  int n = read (0, q, 16);
  write (1, p, n);
  free (p);
  return n;
}

struct ring *global_ring;

void
ring_global (void)
{
  send (global_ring, 0, malloc (16));	/* { dg-message "escapes: passed to 'send' \\(parameter 3 leaks\\)" } */
}

/* The ring itself is returned, so what was sent into it goes too.  */
struct ring *
ring_returned (void)
{
  struct ring *r = calloc (1, sizeof *r);	/* { dg-message "escapes: returned from 'ring_returned'" } */
  send (r, 0, malloc (16));			/* { dg-message "escapes: stored in the allocation at line 54, which escapes" } */
  return r;
}

/* A local ring outside the loop, filled inside it: each buffer is still
   in the ring after its iteration, so they cannot share one slot.  */
int
ring_filled_in_loop (void)
{
  struct ring r;
  for (unsigned i = 0; i < 8; i++)
    {
      char *b = malloc (8);		/* { dg-message "escapes: outlives its loop iteration" } */
      read (0, b, 8);
      send (&r, i, b);
    }
  int k = 0;
  for (unsigned i = 0; i < 8; i++)
    {
      char *b = recv (&r, i);
      k += write (1, b, 8);
      free (b);
    }
  return k;
}

/* A list built in a loop links each node from the next one.  */
struct item { struct item *next; int v; };

int
list_in_for_loop (int n)
{
  struct item *head = 0;
  for (int i = 0; i < n; i++)
    {
      struct item *it = malloc (sizeof *it);	/* { dg-message "escapes: outlives its loop iteration" } */
      it->v = i;
      it->next = head;
      head = it;
    }
  int k = 0;
  for (struct item *it = head; it; it = it->next)
    k += it->v;
  return k;
}

static void *last_work;

static void *
worker (void *arg)			/* { dg-message "leaking param: arg" } */
{
  last_work = arg;
  return 0;
}

/* Read too: GCC deletes the stores to a static nobody reads.  */
void *
last_worked_on (void)
{
  return last_work;
}

void
spawn (void)
{
  pthread_t t;
  pthread_create (&t, 0, worker, malloc (16));	/* { dg-message "escapes: handed to another thread by 'pthread_create'" } */
  pthread_join (t, 0);
}

pthread_key_t key;

void
thread_specific (void)
{
  pthread_setspecific (key, malloc (16));	/* { dg-message "escapes: kept by 'pthread_setspecific'" } */
}

