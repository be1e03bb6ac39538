/* sound-hunt-timer.c -- a timer_create SIGEV_THREAD notification on a
   thread of set stack size: what it runs gets no slots.
   Found by an adversarial hunt (a program written outside the tests);
   it failed with the plugin before this round.  */
/* { dg-do run } */
/* { dg-options "-pthread -lrt" } */
/* { dg-output "child: 4538979(\n|\r\n|\r)main done(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
/* Each stage keeps three 4000-byte scratch buffers on the heap across a call. */
static volatile int seed = 3;
#define STAGE(name, next)                                                  \
  __attribute__((noinline)) static long name(void) {                        \
    unsigned char *x = malloc(4000), *y = malloc(4000), *z = malloc(4000);  \
    for (int i = 0; i < 4000; i++) { x[i] = i ^ seed; y[i] = x[i] + 1; z[i] = y[i] * x[i]; } \
    long s = next();                                                        \
    for (int i = 0; i < 4000; i++) s += x[i] + y[i] + z[i];                 \
    free(x); free(y); free(z);                                              \
    return s;                                                               \
  }
__attribute__((noinline)) static long stage4(void) { return seed; }
STAGE(stage3, stage4)
STAGE(stage2, stage3)
STAGE(stage1, stage2)
static void notify(union sigval v) { (void)v; printf("child: %ld\n", stage1()); fflush(stdout); }
int main(void) {
  pthread_attr_t at; pthread_attr_init(&at); pthread_attr_setstacksize(&at, 32 * 1024);
  struct sigevent se; memset(&se, 0, sizeof se);
  se.sigev_notify = SIGEV_THREAD; se.sigev_notify_function = notify; se.sigev_notify_attributes = &at;
  timer_t t; timer_create(CLOCK_MONOTONIC, &se, &t);
  struct itimerspec its = {{0, 0}, {0, 1000000}}; timer_settime(t, 0, &its, NULL);
  sleep(1); puts("main done"); return 0;
}
