/* sound-sibling-chain-stages.c -- part of sound-sibling-chain.c: thirty
   stages, each a call of the next in tail position.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long stage0 (long x);

/* Stage N: a 4 KiB array, a 16-byte buffer freed before the tail call
   of NEXT (the last stage returns its value).  */
#define STAGE(N, NEXT)							\
  __attribute__ ((noinline)) long stage##N (long x)			\
  {									\
    volatile char scratch[4096];					\
    for (int k = 0; k < 4096; k += 64)					\
      scratch[k] = (char) (k + x);					\
    char *b = malloc (16);						\
    if (!b)								\
      abort ();								\
    memset (b, 0, 16);							\
    snprintf (b, 16, "%ld", x);						\
    x = (x * 7 + b[0] + scratch[(x & 63) * 64]) & 0xffffff;		\
    free (b);								\
    return NEXT (x);							\
  }

static long
done (long x)
{
  return x;
}

#define DECLARE(N) long stage##N (long);
DECLARE (1) DECLARE (2) DECLARE (3) DECLARE (4) DECLARE (5) DECLARE (6)
DECLARE (7) DECLARE (8) DECLARE (9) DECLARE (10) DECLARE (11) DECLARE (12)
DECLARE (13) DECLARE (14) DECLARE (15) DECLARE (16) DECLARE (17)
DECLARE (18) DECLARE (19) DECLARE (20) DECLARE (21) DECLARE (22)
DECLARE (23) DECLARE (24) DECLARE (25) DECLARE (26) DECLARE (27)
DECLARE (28) DECLARE (29)

STAGE (0, stage1) STAGE (1, stage2) STAGE (2, stage3) STAGE (3, stage4)
STAGE (4, stage5) STAGE (5, stage6) STAGE (6, stage7) STAGE (7, stage8)
STAGE (8, stage9) STAGE (9, stage10) STAGE (10, stage11)
STAGE (11, stage12) STAGE (12, stage13) STAGE (13, stage14)
STAGE (14, stage15) STAGE (15, stage16) STAGE (16, stage17)
STAGE (17, stage18) STAGE (18, stage19) STAGE (19, stage20)
STAGE (20, stage21) STAGE (21, stage22) STAGE (22, stage23)
STAGE (23, stage24) STAGE (24, stage25) STAGE (25, stage26)
STAGE (26, stage27) STAGE (27, stage28) STAGE (28, stage29)
STAGE (29, done)
