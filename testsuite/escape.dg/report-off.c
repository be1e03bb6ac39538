/* report-off.c -- without report, the plugin says nothing.  */
/* { dg-options "" } */

#include <stdlib.h>

extern void use (void *);

void
f (size_t n)
{
  use (malloc (n));	/* { dg-bogus "allocation" } */
}
