/* list.c -- example project of report.exp: lists built, kept and
   freed.  */
#include "util.h"

static struct list *all_lists;

/* The node is returned: it escapes.  */
struct list *
list_push (struct list *head, int value)
{
  struct list *n = malloc (sizeof *n);
  n->next = head;
  n->value = value;
  return n;
}

int
list_sum (const struct list *head)
{
  int s = 0;
  for (; head; head = head->next)
    s += head->value;
  return s;
}

void
list_free (struct list *head)
{
  while (head)
    {
      struct list *next = head->next;
      free (head);
      head = next;
    }
}

/* A local list: every node stays in the loop, but outlives its
   iteration.  */
int
local_list (int n)
{
  struct list *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct list *node = malloc (sizeof *node);
      node->next = head;
      node->value = i;
      head = node;
    }
  int s = list_sum (head);
  list_free (head);
  return s;
}

/* Kept in a static variable.  */
void
remember (int v)
{
  struct list *n = malloc (sizeof *n);
  n->value = v;
  n->next = all_lists;
  all_lists = n;
}
