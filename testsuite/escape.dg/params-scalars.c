/* params-scalars.c -- integers read through a parameter are not the
   pointers beside them: a function that sums a list's values does not
   leak the list, so the caller's nodes stay local.  An integer that held
   a pointer and is turned back into one still counts.  With strict
   aliasing at every level: without it (GCC's -O0 and -O1), memory may be
   read back with any type, and an integer read may be a pointer.  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing" } */

#include <stdint.h>
#include <stdlib.h>

struct node { struct node *next; long value; };
struct handle { uintptr_t key; };
extern void *kept;

__attribute__ ((noinline)) long
total (struct node *l)			/* { dg-message "l does not escape" } */
{
  long s = 0;
  for (; l; l = l->next)
    s += l->value;
  return s;
}

long
build (int n)
{
  struct node *pool = malloc (4 * sizeof *pool);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  struct node *h = 0;
  for (int i = 0; i < 4; i++)
    {
      pool[i].next = h;
      pool[i].value = i * n;
      h = &pool[i];
    }
  long r = total (h);
  free (pool);
  return r;
}

__attribute__ ((noinline)) void
release (struct handle *h)		/* { dg-message "frees param content: h" } */
{
  free ((void *) h->key);
}

__attribute__ ((noinline)) void
keep (struct handle *h)			/* { dg-message "leaking param content: h" } */
{
  kept = (void *) h->key;
}

void
handles (void)
{
  struct handle a, b;
  a.key = (uintptr_t) malloc (16);	/* { dg-message "escapes: freed by 'release'" } */
  b.key = (uintptr_t) malloc (16);	/* { dg-message "escapes: passed to 'keep' \\(parameter 1 leaks\\)" } */
  release (&a);
  keep (&b);
}
