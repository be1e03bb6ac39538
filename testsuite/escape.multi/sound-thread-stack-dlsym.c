/* sound-thread-stack-dlsym.c -- a thread with a small stack, whose size
   is set through the setter dlsym finds (as code that does not link
   libpthread directly does), runs a chain of calls defined in another
   file (sound-thread-stack-chain.c, whose buffers move per unit: see
   sound-thread-stack.c).  The unit takes no setter's address and never
   calls it by name, so the call through dlsym's pointer was not raised
   and the chain overflowed the 32 KiB stack (found by an adversarial
   hunt, every level per unit).  A unit that looks the setter up by name
   raises calls through a pointer equal to its address.  */
/* { dg-output "thread-stack-dlsym chain: 4586 ok(\n|\r\n|\r)" } */
/* { dg-options "-ldl" } */
/* escape-sources: sound-thread-stack-chain.c */
/* escape-heap-allocs: any */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

unsigned long chain0 (unsigned k);

static unsigned long result;

static void *
run (void *arg)
{
  result = chain0 (*(unsigned *) arg);
  return NULL;
}

int
main (void)
{
  int (*set) (pthread_attr_t *, size_t)
    = (int (*) (pthread_attr_t *, size_t)) dlsym (RTLD_DEFAULT,
						  "pthread_attr_setstacksize");
  pthread_attr_t a;
  pthread_t t;
  unsigned k = 7;
  if (!set || pthread_attr_init (&a) != 0 || set (&a, 32 * 1024) != 0
      || pthread_create (&t, &a, run, &k) != 0 || pthread_join (t, NULL) != 0)
    abort ();
  pthread_attr_destroy (&a);
  printf ("thread-stack-dlsym chain: %lu %s\n", result % 10000,
	  result ? "ok" : "zero");
  return 0;
}
