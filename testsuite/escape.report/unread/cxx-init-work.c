/* cxx-init-work.c -- compiled with the plugin: work raises SIGUSR1,
   whose handler (set by cxx-init.cc's initializers) calls work again;
   its objects must stay on the heap.  */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
int depth, seed = 3;
long total;
int work (int d);
void handler (int sig) { (void) sig; work (depth); }
int work (int d)
{
  char *a = malloc (4096), *b = malloc (4096), *c = malloc (4096);
  for (int i = 0; i < 4096; i++) { a[i] = i * seed + d; b[i] = a[(i * 7) & 4095] + 1; c[i] = b[(i * 13) & 4095] ^ a[i]; }
  if (++depth < 2000)
    raise (SIGUSR1);
  int s = 0;
  for (int i = 0; i < 4096; i++) s += a[(i * 5) & 4095] + b[(i * 3) & 4095] + c[(i * 11) & 4095];
  total += s;
  free (a); free (b); free (c);
  return s;
}
int main (void) { work (0); printf ("%ld\n", total); return 0; }
