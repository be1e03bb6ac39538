/* realloc-parts.c -- a string shared by the entries of an array of
   structs that grows with realloc, while a counter in each entry
   changes: the string moves (realloc keeps pointers apart from
   integers), the array starts in a slot and grows onto the heap.  A string stored in the same
   way and read back from the grown array, then kept, stays on the heap
   and is read after another call wrote over the stack; so is one whose
   address is kept as an integer.  Without strict aliasing (-O0, -O1)
   an integer access may read a pointer, and the string stays.  */
/* { dg-do run } */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "count 2580 kept hello saved world(\n|\r\n|\r)" } */
/* escape-heap-allocs: 24 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct word { char *text; int count; };

static __attribute__ ((noinline)) void
clobber (void)
{
  volatile unsigned char buf[16384];
  for (int i = 0; i < 16384; i++)
    buf[i] = 0xA5;
  __asm__ volatile ("" ::: "memory");
}

static __attribute__ ((noinline)) int
count (const char *a, int n)
{
  struct word *arr = malloc (4 * sizeof *arr);
  char *s = malloc (16);
  strcpy (s, a);
  for (int i = 0; i < 4; i++)
    {
      arr[i].text = s;
      arr[i].count = 0;
    }
  arr = realloc (arr, 8 * sizeof *arr);
  for (int i = 0; i < n; i++)
    arr[i & 3].count++;
  clobber ();
  int r = arr[1].count + (arr[2].text[0] == 'x');
  free (s);
  free (arr);
  return r;
}

static char *kept;

static __attribute__ ((noinline)) void
keep (const char *a)
{
  struct word *arr = malloc (2 * sizeof *arr);
  char *s = malloc (16);
  strcpy (s, a);
  arr[0].text = s;
  arr[0].count = 1;
  arr = realloc (arr, 4 * sizeof *arr);
  kept = arr[0].text;
  free (arr);
}

static uintptr_t saved;

static __attribute__ ((noinline)) void
save (const char *a)
{
  uintptr_t *arr = malloc (2 * sizeof *arr);
  char *s = malloc (16);
  strcpy (s, a);
  arr[0] = (uintptr_t) s;
  arr = realloc (arr, 4 * sizeof *arr);
  saved = arr[0];
  free (arr);
}

int
main (void)
{
  int total = 0;
  for (int i = 0; i < 20; i++)
    total += count ("xyz", 512);
  keep ("hello");
  save ("world");
  clobber ();
  printf ("count %d kept %s saved %s\n", total, kept,
	  (char *) saved);
  free (kept);
  free ((char *) saved);
  return 0;
}
