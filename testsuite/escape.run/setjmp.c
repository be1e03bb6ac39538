/* setjmp.c -- setjmp and longjmp around converted and unconverted objects.

   main calls setjmp, so nothing in main may move: control comes back into
   it by longjmp, which the rewrite does not model.  Its log buffer stays
   on the heap and is still intact after each longjmp.  work () does not
   call setjmp: its buffer is moved to the stack, and every seventh call
   leaves by longjmp before its free, which abandons the slot (on the heap
   it would be a leak).  With the plugin, only main's malloc remains.  */
/* { dg-do run } */
/* { dg-output "setjmp 1292 jumps 143 log 143(\n|\r\n|\r)" } */
/* escape-heap-allocs: 1 */

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

static jmp_buf env;

__attribute__ ((noinline)) static void
bail (int code)
{
  longjmp (env, code);
}

__attribute__ ((noinline)) static long
work (int n)
{
  long *tmp = malloc (16 * sizeof *tmp);	/* { dg-message "moved to stack \\(128 bytes\\)" } */
  if (!tmp)
    abort ();
  for (int k = 0; k < 16; k++)
    tmp[k] = (long) n * k;
  long s = tmp[n % 16];
  if (n % 7 == 0)
    bail (n + 1);
  free (tmp);
  return s % 5;
}

int
main (void)
{
  unsigned char *log = malloc (64);	/* { dg-message "does not escape, stays on heap: function calls setjmp" } */
  if (!log)
    abort ();
  for (int k = 0; k < 64; k++)
    log[k] = 0;
  volatile long total = 0;
  volatile int jumps = 0;
  for (volatile int i = 0; i < 1000; i++)
    {
      int code = setjmp (env);
      if (code == 0)
	total += work (i);
      else
	{
	  jumps++;
	  log[code % 64]++;
	}
    }
  int logged = 0;
  for (int k = 0; k < 64; k++)
    logged += log[k];
  printf ("setjmp %ld jumps %d log %d\n", total, jumps, logged);
  free (log);
  return 0;
}
