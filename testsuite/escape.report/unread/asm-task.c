/* asm-task.c -- compiled with the plugin: task runs on asm-runner.c's
   small stack, so its 4 KiB objects must stay on the heap in every
   -flto partition.  */
#include <stdlib.h>
#include <string.h>
int result;
int seed = 3;
void task (void)
{
  char *a = malloc (4096), *b = malloc (4096), *c = malloc (4096);
  for (int i = 0; i < 4096; i++) { a[i] = i * seed; b[i] = a[(i * 7) & 4095] + 1; c[i] = b[(i * 13) & 4095] ^ a[i]; }
  int s = 0;
  for (int i = 0; i < 4096; i++) s += a[(i * 5) & 4095] + b[(i * 3) & 4095] + c[(i * 11) & 4095];
  result = s;
  free (a); free (b); free (c);
}
