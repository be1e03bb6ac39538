/* sound-hunt-clone.c -- clone(2) running a function on a stack the program
   maps itself: what it runs gets no slots.
   Found by an adversarial hunt (a program written outside the tests);
   it failed with the plugin before this round.  */
/* { dg-do run } */
/* { dg-output "child: 4538979(\n|\r\n|\r)child exited 0(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
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
static int child(void *arg) { (void)arg; printf("child: %ld\n", stage1()); fflush(stdout); return 0; }
int main(void) {
  size_t sz = 32 * 1024;
  char *map = mmap(NULL, sz + 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
  mprotect(map, 4096, PROT_NONE);               /* guard page below the stack */
  pid_t pid = clone(child, map + 4096 + sz, SIGCHLD, NULL);
  int st; waitpid(pid, &st, 0);
  if (WIFSIGNALED(st)) printf("child killed by signal %d\n", WTERMSIG(st));
  else printf("child exited %d\n", WEXITSTATUS(st));
  munmap(map, sz + 4096);
  return 0;
}
