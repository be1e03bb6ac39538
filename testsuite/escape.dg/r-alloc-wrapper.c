/* r-alloc-wrapper.c -- a call of the program's allocation wrapper (a
   function whose body is a malloc or calloc, tests of its result and a
   way out that never returns) is an allocation site: a local result
   takes a slot and the call goes; so does a call of a wrapper of one,
   and of one whose size is another integer type, converted.  A call of
   a function that only frees its parameter counts as a free.  What else a body does
   keeps it an ordinary function (escape.run/alloc-wrapper.c and
   sound-alloc-wrapper.c run these).  */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) void *
xmalloc (size_t n)
{
  void *p = malloc (n);		/* { dg-message "escapes: returned from 'xmalloc'" } */
  if (__builtin_expect (!p, 0))
    {
      perror ("xmalloc");
      exit (1);
    }
  return p;
}

__attribute__ ((noinline)) void *
xcalloc (size_t n, size_t size)
{
  void *p = calloc (n, size);	/* { dg-message "escapes: returned from 'xcalloc'" } */
  if (p == NULL)
    abort ();
  return p;
}

/* The name of the caller is for the message only.  */
__attribute__ ((noinline)) void *
emalloc (size_t n, const char *where)	/* { dg-message "leaking param content: where" } */
{
  void *p = malloc (n);		/* { dg-message "escapes: returned from 'emalloc'" } */
  if (!p)
    {
      fprintf (stderr, "%s: out of memory\n", where);
      exit (2);
    }
  return p;
}

__attribute__ ((noinline)) void
xfree (void *p)			/* { dg-message "frees param: p" } */
{
  if (p)
    free (p);
}

__attribute__ ((noinline)) int
fill (char *p, int n)		/* { dg-message "p does not escape" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      p[i] = (char) i;
      s += p[i];
    }
  return s;
}

int
fixed (void)
{
  char *p = xmalloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  int r = fill (p, 32);
  free (p);
  return r;
}

int
zeroed (void)
{
  int *a = xcalloc (8, sizeof *a);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  int r = a[3];
  a[3] = 7;
  r += a[3];
  xfree (a);
  return r;
}

int
named (void)
{
  char *p = emalloc (24, __func__);	/* { dg-message "moved to stack \\(24 bytes\\)" } */
  int r = fill (p, 24);
  xfree (p);
  return r;
}

/* A run-time size: a guarded slot, the heap's way through the wrapper.  */
int
sized (size_t n)
{
  char *p = xmalloc (n);	/* { dg-message "moved to stack when size <= 256" } */
  int r = fill (p, (int) n);
  xfree (p);
  return r;
}

/* Returned: the wrapper's call is a site like malloc's.  */
char *
made (void)
{
  char *p = xmalloc (16);	/* { dg-message "escapes: returned from 'made'" } */
  fill (p, 16);
  return p;
}

/* GCC does not know the size of the wrapper's result, as of strdup's.  */
size_t
asked (void)
{
  char *p = xmalloc (16);	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_object_size'" } */
  size_t n = __builtin_object_size (p, 0);
  fill (p, 16);
  free (p);
  return n;
}

/* Not wrappers: each does something besides.  */
int calls;
void *last;
static char spare[64];

__attribute__ ((noinline)) void *
counted (size_t n)
{
  calls++;
  return malloc (n);		/* { dg-message "escapes: returned from 'counted'" } */
}

__attribute__ ((noinline)) void *
bounded (size_t n)
{
  if (n > 1000)
    abort ();
  void *p = malloc (n);		/* { dg-message "escapes: returned from 'bounded'" } */
  if (!p)
    abort ();
  return p;
}

__attribute__ ((noinline)) void *
remembered (size_t n)
{
  void *p = malloc (n);		/* { dg-message "escapes: stored to global 'last'" } */
  if (!p)
    abort ();
  last = p;
  return p;
}

__attribute__ ((noinline)) void *
cleared (size_t n)
{
  void *p = malloc (n);		/* { dg-message "escapes: returned from 'cleared'" } */
  if (!p)
    abort ();
  memset (p, 0, n);
  return p;
}

__attribute__ ((noinline)) void *
spared (size_t n)
{
  void *p = malloc (n);		/* { dg-message "escapes: returned from 'spared'" } */
  return p ? p : spare;
}

__attribute__ ((noinline)) void *
retried (size_t n)
{
  void *p;
  while (!(p = malloc (n)))	/* { dg-message "escapes: returned from 'retried'" } */
    calls++;
  return p;
}

__attribute__ ((weak, noinline)) void *
replaceable (size_t n)
{
  void *p = malloc (n);		/* { dg-message "escapes: returned from 'replaceable'" } */
  if (!p)
    abort ();
  return p;
}

__attribute__ ((noinline)) void
counted_free (void *p)		/* { dg-message "frees param: p" } */
{
  calls--;
  free (p);
}

struct box
{
  char *data;
};

__attribute__ ((noinline)) void
box_free (struct box *b)	/* { dg-message "frees param: b" } */
/* { dg-message "frees param content: b" "" { target *-*-* } 208 } */
{
  free (b->data);
  free (b);
}

int
others (void)
{
  int r = 0;
  char *p = counted (16);
  r += fill (p, 16);
  free (p);
  p = bounded (16);
  r += fill (p, 16);
  free (p);
  p = remembered (16);
  r += fill (p, 16);
  free (p);
  p = cleared (16);
  r += fill (p, 16);
  free (p);
  p = spared (16);
  r += fill (p, 16);
  p = retried (16);
  r += fill (p, 16);
  free (p);
  p = replaceable (16);
  r += fill (p, 16);
  free (p);
  p = malloc (16);		/* { dg-message "escapes: freed by 'counted_free'" } */
  if (!p)
    return r;
  r += fill (p, 16);
  counted_free (p);
  struct box *b = malloc (sizeof *b);	/* { dg-message "escapes: freed by 'box_free'" } */
  if (!b)
    return r;
  b->data = NULL;
  box_free (b);
  return r;
}

/* libiberty's xmalloc: a size of 0 made 1 first (GCC makes it a
   MAX_EXPR at -O2, a PHI at -O0).  A slot of the size asked for holds
   either, as malloc (0) takes one byte.  */
__attribute__ ((noinline)) void *
at_least_one (size_t size)
{
  void *p;
  if (size == 0)
    size = 1;
  p = malloc (size);		/* { dg-message "escapes: returned from 'at_least_one'" } */
  if (!p)
    abort ();
  return p;
}

/* Not calloc's two sizes: made 1 each, apart, they could ask for more
   than the slot.  */
__attribute__ ((noinline)) void *
both_at_least_one (size_t n, size_t size)
{
  if (n == 0 || size == 0)
    n = size = 1;
  void *p = calloc (n, size);	/* { dg-message "escapes: returned from 'both_at_least_one'" } */
  if (!p)
    abort ();
  return p;
}

/* Not a size made at least 1: one of 64 for 0 (hunt 50-a).  */
__attribute__ ((noinline)) void *
at_least_64 (size_t n)
{
  size_t m = 64;
  if (n)
    m = n;
  void *p = malloc (m);		/* { dg-message "escapes: returned from 'at_least_64'" } */
  if (!p)
    abort ();
  return p;
}

int
adjusted (size_t n)
{
  char *p = at_least_one (0);	/* { dg-message "moved to stack \\(1 byte\\)" } */
  p[0] = 1;
  int r = p[0];
  free (p);
  p = at_least_one (n);		/* { dg-message "moved to stack when size <= 256" } */
  r += fill (p, (int) n);
  free (p);
  p = both_at_least_one (4, 4);
  r += fill (p, 16);
  free (p);
  p = at_least_64 (0);
  r += fill (p, 64);
  free (p);
  return r;
}

/* A size of another integer type, converted to size_t: the call's
   argument converted the same way is the size (a negative int one too
   large for a slot).  */
__attribute__ ((noinline)) void *
narrow (int n)
{
  void *p = malloc (n);		/* { dg-message "escapes: returned from 'narrow'" } */
  if (!p)
    abort ();
  return p;
}

/* Wrappers of a wrapper: gnulib's xzalloc and ximalloc, and one that
   tests the inner one's result again.  */
__attribute__ ((noinline)) void *
xzalloc (size_t n)
{
  return xcalloc (n, 1);	/* { dg-message "escapes: returned from 'xzalloc'" } */
}

__attribute__ ((noinline)) void *
ximalloc (long n)
{
  return xmalloc (n);		/* { dg-message "escapes: returned from 'ximalloc'" } */
}

__attribute__ ((noinline)) void *
narrow_again (int n)
{
  void *p = narrow (n);		/* { dg-message "escapes: returned from 'narrow_again'" } */
  if (!p)
    abort ();
  return p;
}

/* Not wrappers: a size converted twice ((size_t) (int) n is not
   (size_t) n), and one computed.  */
__attribute__ ((noinline)) void *
truncated (long n)
{
  return narrow ((int) n);	/* { dg-message "escapes: returned from 'truncated'" } */
}

__attribute__ ((noinline)) void *
doubled (size_t n)
{
  return xmalloc (2 * n);	/* { dg-message "escapes: returned from 'doubled'" } */
}

int
composed (int k)
{
  char *p = narrow (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  int r = fill (p, 16);
  free (p);
  p = narrow (k);		/* { dg-message "moved to stack when size <= 256" } */
  r += fill (p, k);
  free (p);
  p = narrow (-1);		/* { dg-message "does not escape, stays on heap: too large" } */
  free (p);
  p = xzalloc (12);		/* { dg-message "moved to stack \\(12 bytes\\)" } */
  r += p[5];
  xfree (p);
  p = ximalloc (20);		/* { dg-message "moved to stack \\(20 bytes\\)" } */
  r += fill (p, 20);
  free (p);
  p = narrow_again (k);		/* { dg-message "moved to stack when size <= 256" } */
  r += fill (p, k);
  free (p);
  p = truncated (16);
  r += fill (p, 16);
  free (p);
  p = doubled (8);
  r += fill (p, 16);
  free (p);
  return r;
}
