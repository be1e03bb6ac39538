/* sound-callback-cycle.c -- functions that take each other's addresses
   are one component of the summaries' order; their summaries start
   empty and grow until none changes.  record's object is kept by keep,
   called through a table: the call must see keep's last summary, not
   the empty one it started from, or the object would move and main
   would read a dead frame.  */
/* { dg-do run } */
/* escape-levels: -O0 -O1 -O2 -O3 -Os */
/* { dg-output "kept record 7 7 / 3(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *kept;
static int dropped;
static long (*again) (int);
static void keep (char *, int);
static void drop (char *, int);

__attribute__ ((noinline)) long
record (int which)
{
  void (*ops[2]) (char *, int) = { drop, keep };
  char *p = malloc (32);
  if (!p)
    return 0;
  snprintf (p, 32, "kept record %d", which);
  long first = p[0];
  ops[which & 1] (p, which);
  return first;
}

static void
keep (char *p, int n)
{
  again = record;
  free (kept);
  kept = p;
  p[31] = (char) n;
}

static void
drop (char *p, int n)
{
  again = record;
  dropped += n;
  free (p);
}

/* Fills the stack where record's frame was.  */
__attribute__ ((noinline)) static int
scribble (int n)
{
  volatile char pad[256];
  for (int i = 0; i < 256; i++)
    pad[i] = (char) (n + i);
  return pad[n & 255];
}

int
main (void)
{
  record (7);
  record (2);
  scribble (1);
  if (again)
    again (1 + 0 * scribble (3));
  record (7);
  scribble (2);
  printf ("%s %d / %d\n", kept, kept[31], dropped + 1);
  free (kept);
  return 0;
}
