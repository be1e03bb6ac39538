/* report-2.c -- report=2 reports at least what report=1 does, and other
   arguments given with it are accepted.  */
/* { dg-options "-fplugin-arg-escape-report=2 -fplugin-arg-escape-transform=no" } */

#include <stdlib.h>

extern void use (void *);

void *
g (size_t n)
{
  return malloc (n);	/* { dg-message "allocation: malloc" } */
}
