/* lost.h -- work mallocs a buffer and passes it to foo, whose own body
   keeps nothing; the link or asm makes a foo that keeps it run instead
   (keeps.c), and main reads it after work returned.  Each program prints
   "secret" built plainly; a buffer moved to work's frame prints what
   clobber left there.  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int count;
char *mine;
void foo (char *p);
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
static int
report (void)
{
  work ();
  clobber ();
  puts (!mine ? "none" : memcmp (mine, "secret", 6) == 0 ? "secret" : "clobbered");
  return 0;
}
