/* sound-budget-never-read-tested.c -- an object never read whose
   pointer is tested against null keeps what the test decides.  With the
   budget, a function with a budgeted object never read has its budget
   undone and its objects never read deleted (sibcall.cc); a test of one
   against null stays while it decides something, and so does the object
   (hunt 42-b: the first version took every such test for "not null", as
   for an allocation deleted, and a pointer that is an allocation or
   null on the way to it lost its null branch, and an allocation whose
   size is too big lost its failure).  Also two shapes whose deletion
   crashed the compiler (hunt 42-c): a pointer that walks the object,
   bound to a variable the debug information (-g) describes, and the
   result of memcpy freed where a null test keeps the object.  And a
   free under the object's null test (hunt 42-d), which GCC keeps, with
   the allocation, which may fail.  Shallow
   recursions: only the output matters.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "10 with=6 without=6; 10 created=4 stores=12; 21 1 0 1 0 1 0; 10010; 10 got=0 null=4; 10 ok=0 failed=4 enomem=4; 10; 10 fails=0; 10 enomem=4(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long with, without, created, stores, got, nulls, ok, failed, enomem;
static int nonnull[8];
static long glob;
static int debug;		/* nothing writes it */
static volatile size_t huge = (size_t) 1 << 62;
static char text[64] = "abcdefghijklmnopqrstuvwxyz0123456789";

/* An allocation or null (a PHI), tested in a loop.  */
__attribute__ ((noinline)) static long
either (long n, int k)
{
  if (n == 0)
    return 0;
  long s = either (n - 1, k);
  char *q = (n & 1) ? malloc (16) : NULL;
  for (int i = 0; i < k; i++)
    if (q)
      {
	q[i & 15] = 1;
	with++;
      }
    else
      without++;
  free (q);
  return s + n;
}

/* Allocated on first need.  */
__attribute__ ((noinline)) static long
lazy (long n, int k)
{
  if (n == 0)
    return 0;
  long s = lazy (n - 1, k);
  char *buf = NULL;
  for (int i = 0; i < k; i++)
    {
      if (!buf)
	{
	  buf = malloc (16);
	  created++;
	}
      buf[i & 15] = (char) i;
      stores++;
    }
  free (buf);
  return s + n;
}

/* The test's result stored (a COND_EXPR at -Os).  */
__attribute__ ((noinline)) static long
flagged (long n)
{
  if (n == 0)
    return 0;
  long s = flagged (n - 1);
  char *m = malloc (16);
  char *q = (n & 1) ? m : NULL;
  nonnull[n] = q != NULL;
  if (q)
    q[0] = 1;
  free (m);
  return s + n;
}

/* The test's result counted and returned.  */
__attribute__ ((noinline)) static long
counted (long n)
{
  if (n == 0)
    return 0;
  long s = counted (n - 1);
  char *q = NULL;
  if (n % 3 == 0)
    q = malloc (16);
  long had = 0;
  for (long i = 0; i < n; i++)
    {
      if (q)
	q[i & 15] = 1;
      had += q != NULL;
    }
  free (q);
  return s * 10 + (had != 0);
}

/* An allocation too big to succeed, beside one never read.  */
__attribute__ ((noinline)) static long
too_big (long n)
{
  if (n == 0)
    return 0;
  long s = too_big (n - 1);
  char *p = malloc (16);
  char *h = malloc (huge);
  if (h)
    {
      h[0] = 1;
      got++;
    }
  else
    nulls++;
  if (p)
    p[0] = 1;
  free (h);
  free (p);
  return s + n;
}

/* calloc whose count times size overflows: null, and errno ENOMEM.  */
__attribute__ ((noinline)) static long
overflow (long n)
{
  if (n == 0)
    return 0;
  long s = overflow (n - 1);
  char *scratch = malloc (32);
  memcpy (scratch, text + (n & 7), 32);
  if (debug)
    glob = scratch[n & 31];
  free (scratch);
  errno = 0;
  int *v = calloc (huge, sizeof (int));
  if (v == NULL)
    {
      failed++;
      if (errno == ENOMEM)
	enomem++;
    }
  else
    {
      v[0] = 1;
      ok++;
    }
  free (v);
  return s + n;
}

/* A pointer that walks the object, appending.  */
__attribute__ ((noinline)) static long
append (long n, int len)
{
  if (n == 0)
    return 0;
  long r = append (n - 1, len);
  char *buf = malloc (64);
  char *out = buf;
  for (int i = 0; i < (len & 63); i++)
    if (i % 3)
      *out++ = (char) i;
  if (debug)
    puts (buf);
  free (buf);
  return r + n;
}

/* What memcpy returns, freed; the null test counts.  */
static long fails;
__attribute__ ((noinline)) static long
copied (long n, int len)
{
  if (n == 0)
    return 0;
  long s = copied (n - 1, len);
  char *p = malloc (32);
  if (p == NULL)
    fails++;
  else
    {
      char *q = memcpy (p, text, len & 31);
      if (debug)
	puts (q);
      free (q);
    }
  return s + n;
}

/* Freed only where the test says it is there.  */
static long guarded_enomem;
__attribute__ ((noinline)) static long
guarded_free (long n)
{
  if (n == 0)
    return 0;
  long r = guarded_free (n - 1);
  char *s = malloc (16);
  memset (s, (int) r, 16);
  if (debug)
    puts (s);
  free (s);
  errno = 0;
  int *v = calloc (huge, sizeof (int));
  if (v)
    free (v);
  if (errno == ENOMEM)
    guarded_enomem++;
  return r + n;
}

int
main (void)
{
  long a = either (4, 3);
  printf ("%ld with=%ld without=%ld; ", a, with, without);
  long b = lazy (4, 3);
  printf ("%ld created=%ld stores=%ld; ", b, created, stores);
  long c = flagged (6);
  printf ("%ld", c);
  for (int i = 1; i <= 6; i++)
    printf (" %d", nonnull[i]);
  printf ("; %ld; ", counted (7));
  long d = too_big (4);
  printf ("%ld got=%ld null=%ld; ", d, got, nulls);
  long e = overflow (4);
  printf ("%ld ok=%ld failed=%ld enomem=%ld; ", e, ok, failed, enomem);
  printf ("%ld; ", append (4, 20));
  long f = copied (4, 9);
  printf ("%ld fails=%ld; ", f, fails);
  long g = guarded_free (4);
  printf ("%ld enomem=%ld\n", g, guarded_enomem);
  return 0;
}
