/* alloc-calls.c -- every allocation call the plugin recognizes gets one
   note at the call, and calls that do not allocate get none.  Results go
   to use() so that -O2 cannot delete the calls before the pass; use() is
   unknown code, so every object escapes.  */

#include <stdlib.h>
#include <string.h>

extern void use (void *);

__attribute__ ((malloc)) void *my_alloc (size_t);
void *not_an_allocator (size_t);

void
calls (const char *s, size_t n, void *old)
/* memcpy copies what s points to into p's object, which use() gets; the
   realloc'd copy of old gets there too, and old is freed.  */
/* { dg-message "leaking param content: s" "" { target *-*-* } 15 } */
/* { dg-message "leaking param content: old" "" { target *-*-* } 15 } */
/* { dg-message "frees param: old" "" { target *-*-* } 15 } */
{
  void *p;
  use (malloc (n));			/* { dg-message "escapes: passed to unknown function 'use'" } */
  use (calloc (n, 4));			/* { dg-message "escapes: passed to unknown function 'use'" } */
  use (realloc (old, n));		/* { dg-message "escapes: passed to unknown function 'use'" } */
  use (aligned_alloc (64, n));		/* { dg-message "escapes: passed to unknown function 'use'" } */
  if (posix_memalign (&p, 32, n) == 0)	/* { dg-message "escapes: passed to unknown function 'use'" } */
    use (p);
  use (strdup (s));			/* { dg-message "escapes: passed to unknown function 'use'" } */
  use (strndup (s, n));			/* { dg-message "escapes: passed to unknown function 'use'" } */
  use (my_alloc (n));			/* { dg-message "escapes: passed to unknown function 'use'" } */
  use (not_an_allocator (n));		/* { dg-bogus "allocation" } */
  free (old);				/* { dg-bogus "allocation" } */
  use (memcpy (p, s, n));		/* { dg-bogus "allocation" } */
}
