/* sound-sscanf-ms.c -- sscanf's %ms (and %m[...], %mc) stores a pointer
   to a buffer it mallocs; the table took every destination for a copy
   of the string's bytes.  When the string held a moved object's
   address, OUT seemed to point only to that object, and free (out) was
   deleted: a leak every call.  Found by an adversarial hunt.  */
/* { dg-do run } */
/* { dg-output "201000 heap kept(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#define _GNU_SOURCE
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
work (void)
{
  char *x = malloc (16);
  strcpy (x, "abc");
  char **str = malloc (32);
  memset (str, 0, 32);
  str[2] = x;			/* a pointer among the string's bytes */
  strcpy ((char *) str, "hello");
  char *out = NULL;
  int r = 0;
  if (sscanf ((char *) str, "%ms", &out) == 1)
    {
      r = out[0] + x[0];
      free (out);
    }
  free (str);
  free (x);
  return r;
}

int
main (void)
{
  work ();			/* the C library's first allocations */
  size_t before = mallinfo2 ().uordblks;
  long s = 0;
  for (int i = 0; i < 1000; i++)
    s += work ();
  size_t grew = mallinfo2 ().uordblks - before;
  printf ("%ld heap %s\n", s, grew > 16000 ? "leaked" : "kept");
  return 0;
}
