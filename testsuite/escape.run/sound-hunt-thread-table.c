/* sound-hunt-thread-table.c -- pthread_create called through a table, on a
   thread of set stack size: no slots.
   Found by an adversarial hunt (a program written outside the tests);
   it failed with the plugin before this round.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-output "child: 4538979(\n|\r\n|\r)main done(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hunt-stages.h"
struct thread_api {
  int (*create)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
  int (*join)(pthread_t, void **);
};
static const struct thread_api posix_threads = { pthread_create, pthread_join };
const struct thread_api *thread_api = &posix_threads;   /* a test build may swap in a mock */
static void *worker(void *arg) { (void)arg; printf("child: %ld\n", stage1()); fflush(stdout); return NULL; }
int main(void) {
  const struct thread_api *api = thread_api;
  pthread_attr_t at; pthread_attr_init(&at); pthread_attr_setstacksize(&at, 32 * 1024);
  pthread_t t; api->create(&t, &at, worker, NULL); api->join(t, NULL);
  puts("main done"); return 0;
}
