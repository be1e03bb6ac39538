/* sound-side-stack-coroutines.c -- the side stack under coroutines it
   does not see: per unit this file's functions call another file's code
   (sound-side-stack-coroutines-switch.c switches stacks), so they may
   recurse, and their objects take the side stack.  Three coroutines run
   recursions that take an object per level and yield at random points;
   between switches the main context holds an object of its own.  One
   thread's contexts share its region: a pop that gave back a segment
   another context still uses would let a later push overwrite a live
   object, which each object's pattern check before its free catches.
   Under -flto the whole program is seen, and the coroutines' code keeps
   its objects on the heap (it may run on a small stack).  */
/* escape-sources: sound-side-stack-coroutines-switch.c */
/* escape-plugin-args: -fplugin-arg-escape-side-stack=65536 */
/* { dg-output "coroutines 379414 373048 374714 held 1482(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void co_start (int id, void (*body) (int));
int co_resume (int id);
void co_yield (void);

#define NCO 3
static unsigned seeds[NCO];
static unsigned long sums[NCO];

static unsigned
rnd (unsigned *s)
{
  *s = *s * 1103515245u + 12345u;
  return *s >> 16;
}

static unsigned long
work (int id, int level, unsigned *seed)
{
  size_t n = 8 + rnd (seed) % 200;
  unsigned char *a = malloc (n);
  if (!a)
    abort ();
  memset (a, id * 16 + level, n);
  if (rnd (seed) % 3 == 0)
    co_yield ();
  unsigned long r = level > 0 ? work (id, level - 1, seed) : 0;
  if (rnd (seed) % 3 == 0)
    co_yield ();
  for (size_t i = 0; i < n; i++)
    if (a[i] != (unsigned char) (id * 16 + level))
      {
	printf ("coroutine %d: object overwritten\n", id);
	exit (1);
      }
  r += n * (unsigned long) (level + 1);
  free (a);
  return r;
}

static void
body (int id)
{
  seeds[id] = 77 + (unsigned) id;
  for (int i = 0; i < 100; i++)
    sums[id] += work (id, 3 + (int) (rnd (&seeds[id]) % 8), &seeds[id]);
}

/* The main context's object, held across a switch.  */
static int
hold (int id, int *held)
{
  long *mine = malloc (5 * sizeof *mine);
  if (!mine)
    abort ();
  for (int k = 0; k < 5; k++)
    mine[k] = id * 100 + k;
  int done = co_resume (id);
  for (int k = 0; k < 5; k++)
    if (mine[k] != id * 100 + k)
      {
	printf ("main context: object overwritten\n");
	exit (1);
      }
  free (mine);
  ++*held;
  return done;
}

int
main (void)
{
  int done[NCO] = { 0 }, left = NCO, held = 0;
  for (int i = 0; i < NCO; i++)
    co_start (i, body);
  unsigned s = 5;
  while (left)
    {
      int i = (int) (rnd (&s) % NCO);
      if (!done[i] && (done[i] = hold (i, &held)))
	left--;
    }
  printf ("coroutines %lu %lu %lu held %d\n", sums[0], sums[1], sums[2],
	  held);
  return 0;
}
