/* r-flow-steps.c -- report=2's flow steps: a variable is named by its
   kind, as the verdict names it (a thread-local was "global" in its
   flow), and a step from one compiler temporary to another, which says
   nothing, is left out (IPA-SRA passes a piece of the structure).
   Found by an adversarial hunt.  */
/* { dg-options "-O2 -fplugin-arg-escape-report=2" } */

#include <stdlib.h>

__thread int *g_tls;

void
set_tls (void)
{
  g_tls = malloc (8);		/* { dg-message "escapes: stored to thread-local 'g_tls'" } */
  /* { dg-message "  flow: a temporary = &the allocation at line 15" "" { target *-*-* } 15 } */
  /* { dg-message "  flow: thread-local 'g_tls' = a temporary" "" { target *-*-* } 15 } */
}

static int *gp;

struct big
{
  int a, b, c;
  int *p;
};

__attribute__ ((noinline)) static int
take (struct big s, int *q)
{
  gp = s.p;
  return s.a + *q;
}

int *
get_gp (void)
{
  return gp;
}

int
user (int i)
{
  int *p = malloc (16);		/* { dg-message "escapes: passed to 'take' \\(parameter 1 leaks\\)" } */
  /* { dg-message "  flow: 'p' = &the allocation at line 44" "" { target *-*-* } 44 } */
  /* { dg-message "  flow: a temporary = 's'" "" { target *-*-* } 42 } */
  p[0] = i;
  struct big s = { 1, 2, 3, p };	/* { dg-message "  flow: 's' = 'p'" } */
  int x = 5;
  return take (s, &x);		/* { dg-message "  flow: the heap = a temporary \\(passed to 'take' \\(parameter 1 leaks\\)\\)" } */
}
