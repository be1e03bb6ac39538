/* sound-hunt-lto-partitions.c -- a thread of set stack size in a program
   -flto splits into several partitions: the partitions learn at link time
   (WPA) which functions may run on it.
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
static void *worker(void *arg) { (void)arg; printf("child: %ld\n", stage1()); fflush(stdout); return NULL; }

/* Unrelated code that makes the program large enough to be split into LTRANS partitions. */
#define STEP a = a * (__COUNTER__ | 1) + (b >> (__COUNTER__ % 13)); b ^= a + __COUNTER__; c += (a & __COUNTER__) | (b % (__COUNTER__ + 7));
#define X4(s) s s s s
#define X64(s) X4(X4(X4(s)))
#define FILLER(k) __attribute__((noinline)) long filler##k(long x) { long a = x, b = x ^ k, c = x + k; X64(STEP) return a + b + c; }
#define F8(k) FILLER(k##0) FILLER(k##1) FILLER(k##2) FILLER(k##3) FILLER(k##4) FILLER(k##5) FILLER(k##6) FILLER(k##7)
F8(1) F8(2) F8(3) F8(4) F8(5)
#define C8(k) s += filler##k##0(x) + filler##k##1(x) + filler##k##2(x) + filler##k##3(x) + filler##k##4(x) + filler##k##5(x) + filler##k##6(x) + filler##k##7(x);
__attribute__((noinline)) long all_fillers(long x) { long s = 0; C8(1) C8(2) C8(3) C8(4) C8(5) return s; }

int main(int argc, char **argv) {
  (void)argv;
  if (argc > 99) printf("%ld\n", all_fillers(argc));
  pthread_attr_t at; pthread_attr_init(&at); pthread_attr_setstacksize(&at, 32 * 1024);
  pthread_t t; pthread_create(&t, &at, worker, NULL); pthread_join(t, NULL);
  puts("main done"); return 0;
}
