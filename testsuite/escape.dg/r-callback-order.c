/* r-callback-order.c -- a function called through a pointer its caller
   takes (a comparator given to qsort, a local table of handlers) is
   summarised before the caller, wherever it is defined, so the call
   applies its summary: the object given to it is the caller's own.
   Summarised after, it was unknown code (hunt 39-a: libtasn1's SET OF
   sort under -flto, its comparator defined above the sort).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>

struct item
{
  const char *key;
  int n;
};

static int by_key (const void *, const void *);

int
first_sorted (const char **keys, int n)	/* { dg-message "keys does not escape" } */
{
  struct item *v = malloc (n * sizeof *v);	/* { dg-message "moved to stack when size <= 256" } */
  if (!v)
    return -1;
  for (int i = 0; i < n; i++)
    {
      v[i].key = keys[i];
      v[i].n = i;
    }
  qsort (v, n, sizeof *v, by_key);
  int r = v[0].n;
  free (v);
  return r;
}

static int
by_key (const void *a, const void *b)
/* { dg-message "leaking param: a to result ~r0 level=1" "" { target *-*-* } 39 }
   { dg-message "leaking param: b to result ~r0 level=1" "" { target *-*-* } 39 } */
{
  return strcmp (((const struct item *) a)->key,
		 ((const struct item *) b)->key);
}

static long sum (long *, int);
static long most (long *, int);

long
apply (int which, int n)
{
  long (*ops[2]) (long *, int) = { sum, most };
  long *v = malloc (64 * sizeof *v);	/* { dg-message "moved to stack" } */
  if (!v)
    return 0;
  for (int i = 0; i < 64; i++)
    v[i] = i * n;
  long r = ops[which & 1] (v, n < 64 ? n : 64);
  free (v);
  return r;
}

static long
sum (long *v, int n)		/* { dg-message "v does not escape" } */
{
  long s = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s;
}

static long
most (long *v, int n)		/* { dg-message "v does not escape" } */
{
  long m = 0;
  for (int i = 0; i < n; i++)
    m = v[i] > m ? v[i] : m;
  return m;
}

/* keep takes kept_by's address as kept_by takes keep's: one component,
   whose summaries start empty and grow to a fixed point.  keep's
   summary, once known, says its argument leaks.  */
static char *kept;
static long (*again) (int);
static void keep (char *, int);
static void drop (char *, int);

long
kept_by (int which)
{
  void (*ops[2]) (char *, int) = { drop, keep };
  char *p = malloc (32);	/* { dg-message "escapes" } */
  if (!p)
    return 0;
  strcpy (p, "kept");
  ops[which & 1] (p, which);
  return p[0];
}

static void
keep (char *p, int n)		/* { dg-message "leaking param: p" } */
{
  again = kept_by;
  kept = p;
  p[1] = (char) n;
}

static void
drop (char *p, int n)		/* { dg-message "p does not escape" } */
{
  again = kept_by;
  p[2] = (char) n;
}

char *
last_kept (void)
{
  return kept;
}

long
kept_again (int which)
{
  return again ? again (which) : 0;
}
