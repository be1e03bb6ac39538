/* alloc-calls.c -- every allocation call the plugin recognizes gets one
   note at the call, and calls that do not allocate get none.  Results go
   to use() so that -O2 cannot delete the calls before the pass.  */

#include <stdlib.h>
#include <string.h>

extern void use (void *);

__attribute__ ((malloc)) void *my_alloc (size_t);
void *not_an_allocator (size_t);

void
calls (const char *s, size_t n, void *old)
{
  void *p;
  use (malloc (n));			/* { dg-message "allocation: malloc" } */
  use (calloc (n, 4));			/* { dg-message "allocation: calloc" } */
  use (realloc (old, n));		/* { dg-message "allocation: realloc" } */
  use (aligned_alloc (64, n));		/* { dg-message "allocation: aligned_alloc" } */
  if (posix_memalign (&p, 32, n) == 0)	/* { dg-message "allocation: posix_memalign" } */
    use (p);
  use (strdup (s));			/* { dg-message "allocation: strdup" } */
  use (strndup (s, n));			/* { dg-message "allocation: strndup" } */
  use (my_alloc (n));			/* { dg-message "allocation: my_alloc" } */
  use (not_an_allocator (n));		/* { dg-bogus "allocation" } */
  free (old);				/* { dg-bogus "allocation" } */
  use (memcpy (p, s, n));		/* { dg-bogus "allocation" } */
}
