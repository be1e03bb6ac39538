/* to-main.c -- -Wl,--defsym=foo=main: main is referenced from outside
   the LTO code in every link, so that reference says nothing (hunt 39-b
   F1).  As foo, main keeps its second argument.  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int count;
char *mine;
__attribute__ ((noinline)) void foo (int n, char **p) { count += n + ((char *) p)[0]; }
__attribute__ ((noinline)) static void
work (void)
{
  char *p = malloc (16);
  strcpy (p, "secret");
  foo (-1, (char **) p);
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
main (int argc, char **argv)
{
  if (argc < 0)
    {
      mine = (char *) argv;
      return 0;
    }
  work ();
  clobber ();
  puts (!mine ? "none" : memcmp (mine, "secret", 6) == 0 ? "secret" : "clobbered");
  return 0;
}
