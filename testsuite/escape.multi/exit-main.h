/* exit-main.h -- the main file of the sound-exit-* tests: a worker
   thread with a small stack (raised by the plugin, by max-stack-size)
   runs the pipeline of exit-stages.h, whose last stage exits.  */

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

void *worker (void *);

int
main (void)
{
  pthread_attr_t a;
  pthread_t t;
  if (pthread_attr_init (&a) != 0
      || pthread_attr_setstacksize (&a, PTHREAD_STACK_MIN) != 0
      || pthread_create (&t, &a, worker, "bad!") != 0)
    abort ();
  pthread_join (t, NULL);
  puts ("not reached");
  return 1;
}
