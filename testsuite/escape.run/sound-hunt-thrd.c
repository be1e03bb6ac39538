/* sound-hunt-thrd.c -- C11 thrd_create after pthread_setattr_default_np set
   a small stack: no slots.
   Found by an adversarial hunt (a program written outside the tests);
   it failed with the plugin before this round.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-output "child: 4538979(\n|\r\n|\r)main done(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>
#include "hunt-stages.h"
static int child(void *a) { (void)a; printf("child: %ld\n", stage1()); fflush(stdout); return 0; }
int main(void) {
  pthread_attr_t at; pthread_attr_init(&at); pthread_attr_setstacksize(&at, 32 * 1024);
  pthread_setattr_default_np(&at);
  thrd_t t; thrd_create(&t, child, NULL); thrd_join(t, NULL);
  puts("main done"); return 0;
}
