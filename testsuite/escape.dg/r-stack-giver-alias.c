/* r-stack-giver-alias.c -- a function that gives a stack, declared under
   another name (an assembler name), still makes the unit one that gives
   stacks: the functions whose address is taken, which a thread or a
   signal handler may start, get no slots.  (A hunt found a thread with a
   64 KiB stack, set through such an alias, overflowed.)  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

extern int set_size (pthread_attr_t *, size_t)
  __asm__ ("pthread_attr_setstacksize");

static void *
body (void *arg)
{
  char *p = malloc (4000);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  memset (p, (int) (long) arg, 4000);
  long s = ((volatile char *) p)[17];
  free (p);
  return (void *) s;
}

long
start (void)
{
  pthread_attr_t attr;
  pthread_t t;
  void *r;
  pthread_attr_init (&attr);
  set_size (&attr, 65536);
  pthread_create (&t, &attr, body, (void *) 3);
  pthread_join (t, &r);
  return (long) r;
}

/* { dg-message "leaking param: arg" "" { target *-*-* } 17 } */
