/* main.c -- example project of report.exp.  */
#include <stdio.h>
#include "util.h"

void
take (void *p)
{
  free (p);
}

int
main (int argc, char **argv)
{
  struct list *l = list_push (NULL, argc);
  char *name = dup_string (argv[0]);
  printf ("%d %d\n", list_sum (l), buf_count (name, '/'));
  free (name);
  list_free (l);
  return 0;
}
