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
#include "hunt-stages.h"
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
