/* sound-thread-stack.c -- a thread with a small stack, set in this file,
   runs a chain of calls defined in another file.

   Compiled per unit, sound-thread-stack-chain.c cannot see the 32 KiB
   stack its functions run on: each of them moves its three 4096-byte
   buffers to its frame, 48 KiB along the chain, within max-stack-size.
   This file cannot see those slots.  Without the plugin the chain needs
   a few hundred bytes of stack; with it, the thread's stack must have
   room for max-stack-size more, which the plugin gives where the size is
   set, whether the program calls pthread_attr_setstacksize directly or
   through a pointer from a table (found by an adversarial hunt: only
   direct calls were raised).  Under -flto the program is whole: the
   chain may run on a small stack and keeps its buffers on the heap.  */
/* { dg-output "thread-stack chain: 4586 ok(\n|\r\n|\r)thread-stack chain: 4586 ok(\n|\r\n|\r)" } */
/* escape-sources: sound-thread-stack-chain.c */
/* escape-heap-allocs: any */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

unsigned long chain0 (unsigned k);

static unsigned long result;

static void *
run (void *arg)
{
  result = chain0 (*(unsigned *) arg);
  return NULL;
}

/* Attribute setters by name, as a configuration file names them.  */
static const struct
{
  const char *name;
  int (*set) (pthread_attr_t *, size_t);
} setters[] = {
  { "guardsize", pthread_attr_setguardsize },
  { "stacksize", pthread_attr_setstacksize },
};

/* Runs the chain on a thread with attributes A, and prints its result.  */
static void
run_chain (pthread_attr_t *a)
{
  pthread_t t;
  unsigned k = 7;
  if (pthread_create (&t, a, run, &k) != 0 || pthread_join (t, NULL) != 0)
    abort ();
  pthread_attr_destroy (a);
  printf ("thread-stack chain: %lu %s\n", result % 10000,
	  result ? "ok" : "zero");
}

int
main (void)
{
  /* The setting the configuration asks for, unknown to the compiler.  */
  const char *volatile wanted = "stacksize";
  /* Through the table first: glibc reuses a finished thread's stack for
     a new thread that asks for no more.  */
  pthread_attr_t a;
  for (size_t i = 0; i < sizeof setters / sizeof setters[0]; i++)
    if (!strcmp (setters[i].name, wanted))
      {
	if (pthread_attr_init (&a) != 0 || setters[i].set (&a, 32 * 1024) != 0)
	  abort ();
	run_chain (&a);
      }
  if (pthread_attr_init (&a) != 0
      || pthread_attr_setstacksize (&a, 32 * 1024) != 0)
    abort ();
  run_chain (&a);
  return 0;
}
