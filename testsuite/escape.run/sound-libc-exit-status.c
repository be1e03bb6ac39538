/* sound-libc-exit-status.c -- exit's status reaches the parent through
   waitpid: one child per byte of a pointer, each exiting with that
   byte, lets the parent rebuild the pointer.  Found by hunt 44-b:
   exit's row said its argument goes nowhere, so with the alloca budget
   (fork and waitpid, unknown code, keep it from a slot) the object took
   stack space and the rebuilt pointer read a dead frame.  */
/* { dg-do run } */
/* { dg-output "live \\\[live\\\](\n|\r\n|\r)" } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-heap-allocs: same */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

char *volatile kept;

__attribute__ ((noinline)) void
scribble (int d)
{
  volatile char x[512];
  for (int i = 0; i < 512; i++)
    x[i] = 'Z';
  if (d)
    scribble (d - 1);
}

static __attribute__ ((noinline)) void
rebuild (void)
{
  char *p = malloc (16);
  if (!p)
    abort ();
  strcpy (p, "live");
  unsigned char *bp = (unsigned char *) &p;
  uintptr_t r = 0;
  for (int i = 0; i < (int) sizeof p; i++)
    {
      pid_t pid = fork ();
      if (pid < 0)
	abort ();
      if (pid == 0)
	exit (bp[i]);
      int status;
      if (waitpid (pid, &status, 0) != pid || !WIFEXITED (status))
	abort ();
      r |= (uintptr_t) WEXITSTATUS (status) << (8 * i);
    }
  kept = (char *) r;
}

int
main (void)
{
  fflush (stdout);
  rebuild ();
  scribble (8);
  printf ("live [%.10s]\n", kept);
  return 0;
}
