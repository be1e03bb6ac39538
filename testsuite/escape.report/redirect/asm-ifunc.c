/* asm-ifunc.c -- asm in foo's body makes foo an indirect function: its
   C body is the resolver, which the loader runs, and the program's calls
   of foo run keeper (hunt 39-b F2).  As C, foo keeps nothing.  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
volatile int count;
char *mine;
void keeper (char *p) { mine = p; }
__attribute__ ((noinline)) void *
foo (char *p)
{
  __asm__ (".type foo, @gnu_indirect_function");
  if (count == 12345)
    count += p[0];
  return (void *) keeper;
}
__attribute__ ((noinline)) static void
work (void)
{
  char *p = malloc (16);
  strcpy (p, "secret");
  foo (p);
  if (p[2] == 'x')
    abort ();
  count++;
}
__attribute__ ((noinline)) static void
clobber (void)
{
  volatile char b[4096];
  for (int i = 0; i < 4096; i++)
    b[i] = 'Z';
}
int
main (void)
{
  work ();
  clobber ();
  puts (!mine ? "none" : memcmp (mine, "secret", 6) == 0 ? "secret" : "clobbered");
  return 0;
}
