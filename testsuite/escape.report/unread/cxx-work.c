/* cxx-work.c -- compiled with the plugin: work raises SIGUSR1, whose
   handler, in C++ (cxx-install.cc), calls work again; its objects must
   stay on the heap.  */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
int depth, seed = 3;
long total;
int work (int d)
{
  char *a = malloc (4096), *b = malloc (4096), *c = malloc (4096);
  for (int i = 0; i < 4096; i++) { a[i] = i * seed + d; b[i] = a[(i * 7) & 4095] + 1; c[i] = b[(i * 13) & 4095] ^ a[i]; }
  if (++depth < 2000)
    raise (SIGUSR1);		/* the handler calls work () again, inside raise */
  int s = 0;
  for (int i = 0; i < 4096; i++) s += a[(i * 5) & 4095] + b[(i * 3) & 4095] + c[(i * 11) & 4095];
  total += s;
  free (a); free (b); free (c);
  return s;
}
