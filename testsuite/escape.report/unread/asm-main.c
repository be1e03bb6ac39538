/* asm-main.c -- starts task on asm-runner.c's stack.  */
#include <stdio.h>
#include <stddef.h>
void run_on_stack (void (*fn) (void), size_t size);
void task (void);
extern int result;
int main (void)
{
  run_on_stack (task, 8192);
  printf ("%d\n", result);
  return 0;
}
