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
#include "hunt-stages.h"
static void notify(union sigval v) { (void)v; printf("child: %ld\n", stage1()); fflush(stdout); }
int main(void) {
  pthread_attr_t at; pthread_attr_init(&at); pthread_attr_setstacksize(&at, 32 * 1024);
  struct sigevent se; memset(&se, 0, sizeof se);
  se.sigev_notify = SIGEV_THREAD; se.sigev_notify_function = notify; se.sigev_notify_attributes = &at;
  timer_t t; timer_create(CLOCK_MONOTONIC, &se, &t);
  struct itimerspec its = {{0, 0}, {0, 1000000}}; timer_settime(t, 0, &its, NULL);
  sleep(1); puts("main done"); return 0;
}
