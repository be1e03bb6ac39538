/* lifetimes.c -- the program of lifetimes.exp: objects whose lifetimes
   are known, for tools/malloc-count.c's lifetime buckets.  Each function
   says where its objects end; lifetimes.exp expects these totals:

     level0            23  freed before the allocating function returns
     level1            10  ... before its caller returns
     level2             1  ... two levels up, after a longjmp
     level0-recursive   6  level 0 in a recursive activation
     further            1  ten levels up
     thread             1  freed by another thread
     exit               3  still live at exit, freed after main returned,
                           or by a thread's key destructor

   Built with -finstrument-functions and the flags of malloc-count.c's
   header, at -O2; use () keeps GCC from removing the pairs.  Hunt 45-c's
   shapes are here too: a void function's exit hook, which GCC calls as
   a tail call unless told not to; siblings abandoned by longjmp, which
   share their CFA with the next call; a free in an atexit handler; and
   hunt 45-d's: a free in a thread's key destructor, which runs after
   the counter's own.  */

#include <pthread.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

static void *keep;
static volatile long sink;

__attribute__ ((noinline)) static void
use (char *p, int i)
{
  p[0] = (char) i;
  sink += p[0];
}

/* level1: the wrapper's caller frees.  */
static void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

/* level0 */
static void
local_use (int i)
{
  char *b = malloc (16);
  use (b, i);
  free (b);
}

/* level1: a constructor's result.  */
static char *
make (int i)
{
  char *p = malloc (8);
  use (p, i);
  return p;
}

static void
use_made (int i)
{
  char *p = make (i);
  use (p, i);
  free (p);
}

static void
via_wrapper (int i)
{
  char *p = xmalloc (4);
  use (p, i);
  free (p);
}

/* level0: a callee frees, while the allocating function is live.  */
static void
free_it (void *p)
{
  free (p);
}

static void
callee_frees (int i)
{
  char *p = malloc (4);
  use (p, i);
  free_it (p);
}

/* rec (3): the outermost object is level0, the three below it
   level0-recursive.  */
static long
rec (int n)
{
  char *p = malloc (4);
  use (p, n);
  long r = n ? rec (n - 1) : 0;
  free (p);
  return r + n;
}

/* level2: deep and mid end by longjmp without their exit calls.  */
static jmp_buf jb;

static void
deep (char **out)
{
  *out = malloc (4);
  use (*out, 1);
  longjmp (jb, 1);
}

static void
mid (char **out)
{
  deep (out);
  use (*out, 2);
}

static void
jumper (void)
{
  char *p;
  if (!setjmp (jb))
    mid (&p);
  free (p);
}

/* further: ten levels up.  */
static void *
up (int k)
{
  return k ? up (k - 1) : malloc (4);
}

static void
far (void)
{
  char *p = up (9);
  use (p, 3);
  free (p);
}

/* vrec (3): as rec, but void.  */
static void
vrec (int n)
{
  char *p = malloc (4);
  use (p, n);
  if (n)
    vrec (n - 1);
  free (p);
}

/* An error-recovery loop: parse is called from one place again and
   again, and every other call ends by longjmp.  Its objects are level0
   (not recursive), and make's after the loop level1.  */
static jmp_buf retry;

static int
parse (int i)
{
  char *b = malloc (4);
  use (b, i);
  free (b);
  if (i & 1)
    longjmp (retry, 1);
  return i;
}

static void
recover_loop (void)
{
  for (volatile int i = 0; i < 6; i++)
    if (!setjmp (retry))
      parse (i);
  char *p = make (9);
  use (p, 9);
  free (p);
}

/* exit: freed by an atexit handler, after main returned.  */
static char *late;

static void
free_late (void)
{
  free (late);
}

static void
keep_late (void)
{
  late = malloc (4);
  use (late, 10);
  atexit (free_late);
}

/* level0, once: realloc continues the object.  */
static void
grow (void)
{
  char *b = malloc (4);
  use (b, 4);
  b = realloc (b, 1000);
  use (b, 5);
  free (b);
}

/* level0: strdup counts as an allocation of its caller's.  */
static void
dup (void)
{
  char *s = strdup ("x");
  use (s, 6);
  free (s);
}

/* thread */
static void *
thread_frees (void *p)
{
  free (p);
  return NULL;
}

/* exit: freed by the key's destructor when the thread has ended.  */
static pthread_key_t key;

static void *
keeps_specific (void *unused)
{
  (void) unused;
  char *p = malloc (4);
  use (p, 11);
  pthread_setspecific (key, p);
  return NULL;
}

static void
specific (void)
{
  pthread_t t;
  if (pthread_key_create (&key, free) != 0
      || pthread_create (&t, NULL, keeps_specific, NULL) != 0)
    abort ();
  pthread_join (t, NULL);
}

static void
handoff (void)
{
  pthread_t t;
  char *p = malloc (4);
  use (p, 7);
  if (pthread_create (&t, NULL, thread_frees, p) != 0)
    abort ();
  pthread_join (t, NULL);
}

int
main (void)
{
  for (int i = 0; i < 10; i++)
    local_use (i);
  for (int i = 0; i < 5; i++)
    use_made (i);
  for (int i = 0; i < 4; i++)
    via_wrapper (i);
  for (int i = 0; i < 3; i++)
    callee_frees (i);
  rec (3);
  vrec (3);
  jumper ();
  recover_loop ();
  keep_late ();
  far ();
  grow ();
  dup ();
  handoff ();
  specific ();
  /* exit */
  keep = malloc (4);
  use (keep, 8);
  return 0;
}
