/* sound-budget-setstackaddr.c -- a thread started on a stack the program
   gives with the old pthread_attr_setstackaddr is on a small stack.

   Its recursion would put 48 KiB of budgeted objects on a 32 KiB stack,
   over the guard array below it (26 KB overwritten, found by a hunt).
   The setter is among those that give stacks: the objects stay on the
   heap.  */
/* { dg-do run } */
/* { dg-options "-pthread -Wno-deprecated-declarations" } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* { dg-output "sink=-377 bad=0(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile int sink;

__attribute__ ((noinline)) static int
rec (int n)
{
  char *p = malloc (4000);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  if (!p)
    return 0;
  for (int i = 0; i < 4000; i++)
    p[i] = (char) (n + i);
  int r = 0;
  for (int i = 0; i < 4000; i += 97)
    r += p[(i * 7 + n) % 4000];
  if (n > 0)
    r += rec (n - 1);
  free (p);
  return r;
}

static void *
body (void *arg)
{
  (void) arg;
  sink = rec (12);
  return NULL;
}

static struct
{
  char guard[65536];
  char stack[32768];
} m __attribute__ ((aligned (4096)));

int
main (void)
{
  memset (m.guard, 'G', sizeof m.guard);
  pthread_attr_t attr;
  pthread_attr_init (&attr);
  pthread_attr_setstackaddr (&attr, m.stack + sizeof m.stack);
  pthread_t t;
  int e = pthread_create (&t, &attr, body, NULL);
  if (e)
    {
      printf ("create %d\n", e);
      return 1;
    }
  pthread_join (t, NULL);
  int bad = 0;
  for (size_t i = 0; i < sizeof m.guard; i++)
    bad += m.guard[i] != 'G';
  printf ("sink=%d bad=%d\n", sink, bad);
  return 0;
}
