/* sound-thread-stack-chain.c -- part of sound-thread-stack.c: a chain of
   four functions, each with three 4096-byte buffers it keeps across the
   call to the next.  The functions call nothing unknown, so none may
   recurse, and the plugin moves every buffer to the stack here.  */

#include <stdlib.h>

#define LINK(name, next)						\
  __attribute__ ((noinline)) unsigned long				\
  name (unsigned k)							\
  {									\
    unsigned char *a = malloc (4096), *b = malloc (4096),		\
		  *c = malloc (4096);					\
    if (!a || !b || !c)							\
      abort ();								\
    for (unsigned i = 0; i < 4096; i++)					\
      {									\
	a[i] = (unsigned char) (i * 7 + k);				\
	b[i] = (unsigned char) (i * 13 + k);				\
	c[i] = (unsigned char) (i * 31 + k);				\
      }									\
    unsigned long acc = next;						\
    acc = acc * 31 + a[(acc ^ k) % 4096] + b[k % 4096] + c[acc % 4096];	\
    free (a);								\
    free (b);								\
    free (c);								\
    return acc;								\
  }

unsigned long chain0 (unsigned k);
unsigned long chain1 (unsigned k);
unsigned long chain2 (unsigned k);
unsigned long chain3 (unsigned k);

LINK (chain3, k)
LINK (chain2, chain3 (k + 1))
LINK (chain1, chain2 (k + 1))
LINK (chain0, chain1 (k + 1))
