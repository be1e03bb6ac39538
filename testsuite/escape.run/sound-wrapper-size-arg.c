/* sound-wrapper-size-arg.c -- an allocation wrapper's size argument may
   carry a caller's object out of it as well as its other arguments: the
   code the wrapper runs where malloc failed keeps the size (made from an
   address here, its top bit set so that malloc fails) and jumps away,
   and main reads the object after another call has used the stack
   (hunt 46-a).  Taken for a size only, the object was moved to the
   caller's frame, dead by then.  */
/* { dg-do run } */
/* { dg-options "-Wall -Wextra -Werror" } */
/* { dg-output "context 42(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SANITIZE_ADDRESS__
/* ASan's malloc aborts where the C library's returns NULL.  */
const char *
__asan_default_options (void)
{
  return "allocator_may_return_null=1";
}
#endif

jmp_buf out_of_memory;
void *context;
/* The top bit, unknown to GCC, which would warn about the size.  */
volatile size_t top_bit = (size_t) 1 << 63;

__attribute__ ((noinline)) void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    {
      context = (void *) n;
      longjmp (out_of_memory, 1);
    }
  return p;
}

__attribute__ ((noinline)) static int
use (int tag)
{
  char *ctx = malloc (16);
  if (!ctx)
    abort ();
  memset (ctx, tag, 16);
  char *p = xmalloc ((size_t) (uintptr_t) ctx | top_bit);
  p[0] = 1;
  int r = p[0];
  free (p);
  free (ctx);
  return r;
}

/* Something else runs between the jump and the read.  */
__attribute__ ((noinline)) static int
busy (int n)
{
  volatile char scratch[512];
  for (int i = 0; i < 512; i++)
    scratch[i] = (char) (i * n);
  return scratch[n % 512];
}

int
main (void)
{
  if (!setjmp (out_of_memory))
    use (42);
  busy (5);
  char *c = (char *) ((uintptr_t) context & ~(uintptr_t) top_bit);
  printf ("context %d\n", c[0]);
  free (c);
  return 0;
}
