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
static int child(void *a) { (void)a; printf("child: %ld\n", stage1()); fflush(stdout); return 0; }
int main(void) {
  pthread_attr_t at; pthread_attr_init(&at); pthread_attr_setstacksize(&at, 32 * 1024);
  pthread_setattr_default_np(&at);
  thrd_t t; thrd_create(&t, child, NULL); thrd_join(t, NULL);
  puts("main done"); return 0;
}
