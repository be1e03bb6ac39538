/* hunt-stages.h -- the call chain of the small-stack hunt tests
   (sound-hunt-*.c): stage1 calls stage2 calls stage3, each keeping three
   4000-byte scratch buffers on the heap across the call.  As slots they
   would take 36 KB of stack along the chain, more than the tests' 32 KB
   stacks hold.  */
#include <stdlib.h>

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
