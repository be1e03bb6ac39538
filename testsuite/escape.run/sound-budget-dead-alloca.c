/* sound-budget-dead-alloca.c -- a budgeted function that calls alloca
   itself, in code later passes delete (behind a static nothing writes):
   once the program's alloca is gone, GCC makes the call back a sibling
   call, and the check after its tail-call pass must see that function
   too (hunt 41-c F2: it left out every function that takes stack space
   itself).  The recursion runs 10^7 levels deep in constant stack.  */
/* { dg-do run } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "70000007(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long k;			/* never written */
static int debug;		/* never written */
static long relay (long, long);

__attribute__ ((noinline)) static long
ping (long n, long acc)
{
  if (debug)
    {
      char *b = alloca (64);
      memset (b, 'x', 63);
      b[63] = 0;
      puts (b);
    }
  char *p = malloc (32);
  if (!p)
    abort ();
  memset (p, 7, 32);
  acc += ((volatile char *) p)[n & 31];
  free (p);
  if (n == 0)
    return acc;
  long r = relay (n - 1, acc);
  return r + k;
}

__attribute__ ((noinline)) static long
relay (long n, long acc)
{
  return ping (n, acc);
}

static volatile long depth = 10000000;

int
main (void)
{
  printf ("%ld\n", ping (depth, 0));
  return 0;
}
