/* sound-sibling-chain.c -- a pipeline of thirty stages, each ending in a
   tail call of the next, runs on a thread of 32 KiB (twice
   PTHREAD_STACK_MIN).  Each stage has a 4 KiB array and a 16-byte
   buffer it mallocs and frees before passing on
   (sound-sibling-chain-stages.c).  Without the plugin every call of the
   next stage is a sibling call, and the thread needs one stage's frame.
   A slot, never dead once mentioned, with its address given to snprintf,
   kept GCC's tail-call pass from making them (found by an adversarial
   hunt): thirty frames, 124 KiB, overflowed the stack at -O2, -O3 and
   -Os, though the slots took 480 bytes.  A buffer after which such a
   call may come stays on the heap.  */
/* { dg-output "sibling-chain: 15280316(\n|\r\n|\r)" } */
/* escape-sources: sound-sibling-chain-stages.c */
/* escape-heap-allocs: any */
/* escape-levels: -O2 -O3 -Os */
/* (-O0 and -O1 make no sibling calls: the plain program overflows.)  */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

long stage0 (long x);

static long result;

static void *
run (void *arg)
{
  result = stage0 (*(long *) arg);
  return NULL;
}

int
main (void)
{
  pthread_attr_t a;
  pthread_t t;
  long k = 3;
  if (pthread_attr_init (&a) != 0
      || pthread_attr_setstacksize (&a, 32 * 1024) != 0
      || pthread_create (&t, &a, run, &k) != 0 || pthread_join (t, NULL) != 0)
    abort ();
  printf ("sibling-chain: %ld\n", result);
  return 0;
}
