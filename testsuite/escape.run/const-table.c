/* const-table.c -- calls through read-only tables of functions: an
   object the table's functions only read moves (a dispatch table, a
   command table); one that a function of the table keeps stays on the
   heap, and so does one given through a read-only alias of a writable
   table, whose entry the program changes at run time (GCC folds loads
   from such an alias; the analysis must not).  Each kept object is read
   back after its function returned and another call wrote over the
   stack.  */
/* { dg-do run } */
/* { dg-output "sum 3120 kept hello keeper alias hello alias(\n|\r\n|\r)" } */
/* escape-heap-allocs: 2 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *kept;

static __attribute__ ((noinline)) void
clobber (void)
{
  volatile unsigned char buf[16384];
  for (int i = 0; i < 16384; i++)
    buf[i] = 0xA5;
  __asm__ volatile ("" ::: "memory");
}

static int
first (char *p)
{
  return p[0];
}

static int
second (char *p)
{
  return p[1];
}

static int
keeper (char *p)
{
  kept = p;
  return 0;
}

static int (*const ops[]) (char *) = { first, second };
static int (*const keeping[]) (char *) = { first, keeper };

int (*writable[]) (char *) = { first, second };
extern int (*const read_only_alias[2]) (char *)
  __attribute__ ((alias ("writable")));

static __attribute__ ((noinline)) int
sum (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (16);
      if (!p)
	abort ();
      strcpy (p, "abc");
      s += ops[i & 1] (p);
      free (p);
    }
  return s;
}

static __attribute__ ((noinline)) void
keep (int k, const char *text)
{
  char *p = malloc (32);
  if (!p)
    abort ();
  strcpy (p, text);
  keeping[k & 1] (p);
}

static __attribute__ ((noinline)) void
through_alias (int k, const char *text)
{
  char *p = malloc (32);
  if (!p)
    abort ();
  strcpy (p, text);
  read_only_alias[k & 1] (p);
}

int
main (int argc, char **argv)
{
  (void) argv;
  printf ("sum %d", sum (32 + argc - 1));
  keep (argc, "hello keeper");
  clobber ();
  printf (" kept %s", kept);
  free (kept);
  kept = NULL;
  writable[1] = keeper;
  through_alias (argc, "hello alias");
  clobber ();
  printf (" alias %s\n", kept);
  free (kept);
  return 0;
}
