/* sound-int-words-loop.c -- objects made in a loop whose addresses are
   kept as integers in memory that outlives the iteration: a uintptr_t
   array, an integer field of a struct array, a calloc'd array of words,
   tagged words (p | 1, an interpreter's value stack), words stored by a
   helper, and leaked objects recorded as integers and compared.  Every
   object made in one iteration must survive into the next, so none may
   share a slot.  Found by an adversarial hunt: the lifetime walk passed
   an object's depth on to what its pointer part held but not its scalar
   part, so one slot served every iteration (wrong output at -O1
   -fstrict-aliasing, -O2, -O3, -Os and -flto).  */
/* { dg-do run } */
/* { dg-output "ab / cd / ef / gh / ij / distinct 4(\n|\r\n|\r)" } */
/* escape-heap-allocs: 14 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static volatile int two = 2, four = 4;

/* Inlined: the objects are read and freed in the function that made
   them, as local as can be.  */
static inline void __attribute__ ((always_inline))
print_pair (uintptr_t a, uintptr_t b, uintptr_t untag)
{
  char *p = (char *) (a & ~untag), *q = (char *) (b & ~untag);
  printf ("%c%c / ", p[0], q[0]);
  free (p);
  free (q);
}

static void __attribute__ ((noinline))
in_array (void)
{
  uintptr_t d[2];
  for (int i = 0; i < two; i++)
    {
      char *p = malloc (16);
      if (!p)
	abort ();
      p[0] = 'a' + i;
      d[i] = (uintptr_t) p;
    }
  print_pair (d[0], d[1], 0);
}

struct slot_word
{
  long word;
  int v;
};

static void __attribute__ ((noinline))
in_struct_field (void)
{
  struct slot_word d[2];
  for (int i = 0; i < two; i++)
    {
      char *p = malloc (16);
      if (!p)
	abort ();
      p[0] = 'c' + i;
      d[i].word = (long) p;
      d[i].v = i;
    }
  print_pair ((uintptr_t) d[0].word, (uintptr_t) d[1].word, 0);
}

static void __attribute__ ((noinline))
in_calloced_array (void)
{
  uintptr_t *d = calloc (2, sizeof *d);
  if (!d)
    abort ();
  for (int i = 0; i < two; i++)
    {
      char *p = malloc (16);
      if (!p)
	abort ();
      p[0] = 'e' + i;
      d[i] = (uintptr_t) p;
    }
  print_pair (d[0], d[1], 0);
  free (d);
}

static void __attribute__ ((noinline))
tagged (void)
{
  uintptr_t stack[2];
  for (int i = 0; i < two; i++)
    {
      char *p = malloc (16);
      if (!p)
	abort ();
      p[0] = 'g' + i;
      stack[i] = (uintptr_t) p | 1;
    }
  print_pair (stack[0], stack[1], 1);
}

static void __attribute__ ((noinline))
keep_word (uintptr_t *d, int i, char *p)
{
  d[i] = (uintptr_t) p;
}

static void __attribute__ ((noinline))
through_helper (void)
{
  uintptr_t d[2];
  for (int i = 0; i < two; i++)
    {
      char *p = malloc (16);
      if (!p)
	abort ();
      p[0] = 'i' + i;
      keep_word (d, i, p);
    }
  print_pair (d[0], d[1], 0);
}

/* Live objects have distinct addresses, even when only integers keep
   them until they are freed.  */
static void __attribute__ ((noinline))
identities (void)
{
  uintptr_t seen[4];
  int n = four;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (16);
      if (!p)
	abort ();
      p[0] = (char) i;
      seen[i] = (uintptr_t) p;
    }
  int distinct = 0;
  for (int i = 0; i < n; i++)
    {
      int same = 0;
      for (int j = 0; j < i; j++)
	same |= seen[i] == seen[j];
      distinct += !same;
    }
  printf ("distinct %d\n", distinct);
  for (int i = 0; i < n; i++)
    free ((void *) seen[i]);
}

int
main (void)
{
  in_array ();
  in_struct_field ();
  in_calloced_array ();
  tagged ();
  through_helper ();
  identities ();
  return 0;
}
