/* sound-budget-tail-helper.c -- with the budget, a recursive function
   whose last act is a call that cannot lead back to it, given its
   budgeted object: GCC's tail-call pass, which sees no alloca there
   (sibcall.cc hides the budget's from it), marks the call; since the
   call cannot lead back, the check after the pass keeps the budget and
   takes the mark away, so the object's space stays below the caller's
   frame while the helper reads it.  A sibling call would pop that frame
   and the helper's own array would overwrite the object.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "sum 2615(\n|\r\n|\r)" } */
/* escape-heap-allocs: 0 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads P after filling an array of its own, which a sibling call would
   place where P's object was.  */
__attribute__ ((noinline)) static long
sum_after_scribble (const char *p)
{
  volatile char scribble[512];
  for (int i = 0; i < 512; i++)
    scribble[i] = (char) 0x55;
  long s = scribble[7];
  for (int i = 0; i < 32; i++)
    s += p[i];
  return s;
}

__attribute__ ((noinline)) static long
walk (long n)
{
  char *buf = malloc (32);
  if (!buf)
    abort ();
  memset (buf, (int) (n + 1), 32);
  if (n > 0)
    buf[0] += (char) (walk (n - 1) & 1);
  return sum_after_scribble (buf);
}

int
main (void)
{
  long s = 0;
  for (long n = 0; n < 10; n++)
    s += walk (n);
  printf ("sum %ld\n", s);
  return 0;
}
