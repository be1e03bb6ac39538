/* list-sum.c -- a program that allocates, with the plugin loaded and its
   report on: it must still compute the same result.  The list's nodes
   escape from push; the copy of the string moves (strdup becomes a slot
   and a copy).  */
/* { dg-do run } */
/* { dg-output "sum 4950 copy hello" } */
/* escape-heap-allocs: 100 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node { int value; struct node *next; };

/* noinline: at -O3 the early inliner would copy push into main's loop,
   where the node's note says it outlives its iteration instead.  */
__attribute__ ((noinline)) static struct node *
push (struct node *list, int value)	/* { dg-message "leaking param: list" } */
{
  struct node *n = malloc (sizeof *n);	/* { dg-message "escapes: returned from 'push'" } */
  if (!n)
    abort ();
  n->value = value;
  n->next = list;
  return n;
}

int
main (void)
{
  struct node *list = NULL;
  for (int i = 0; i < 100; i++)
    list = push (list, i);
  int sum = 0;
  while (list)
    {
      struct node *next = list->next;
      sum += list->value;
      free (list);
      list = next;
    }
  char *copy = strdup ("hello");	/* { dg-message "moved to stack \\(6 bytes\\)" } */
  printf ("sum %d copy %s\n", sum, copy);
  free (copy);
  return 0;
}
