/* sound-budget-outgoing-args.c -- with alloca-budget, where the target
   keeps an area for outgoing arguments (-maccumulate-outgoing-args, as
   some -mtune choices and other targets do), alloca's space starts above
   the new stack pointer by that area, so a thread's first budgeted
   object could lie above the mark; a callee's free, which skips only
   what lies below the mark, then gave free () a stack address
   (munmap_chunk(): invalid pointer).  Found by a review.  The mark now
   rises to the end of every budgeted object.  */
/* { dg-do run } */
/* { dg-options "-maccumulate-outgoing-args" } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* { dg-output "kept 3 sum 102(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdio.h>
#include <stdlib.h>

struct node
{
  struct node *next;
  long v;
};

/* Twelve arguments: six go on the stack, in the outgoing area.  */
static long __attribute__ ((noinline, noclone))
many (long a, long b, long c, long d, long e, long f, long g, long h, long i,
      long j, long k, long l)
{
  __asm__ volatile ("" : "+r" (a), "+r" (b), "+r" (c), "+r" (d), "+r" (e),
		    "+r" (f), "+r" (g), "+r" (h), "+r" (i), "+r" (j),
		    "+r" (k), "+r" (l));
  return a + b + c + d + e + f + g + h + i + j + k + l;
}

static void __attribute__ ((noinline))
free_list (struct node *n)
{
  while (n)
    {
      struct node *next = n->next;
      free (n);
      n = next;
    }
}

static long sum;

long __attribute__ ((noinline))
work (long k)
{
  struct node *n = malloc (sizeof *n);
  if (!n)
    abort ();
  n->next = NULL;
  n->v = k;
  sum = many (k, k + 1, k + 2, k + 3, k + 4, k + 5, k + 6, k + 7, k + 8,
	      k + 9, k + 10, k + 11);
  long v = n->v;
  free_list (n);
  return v;
}

int
main (void)
{
  long v = work (3);
  printf ("kept %ld sum %ld\n", v, sum);
  return 0;
}
