/* r-free.c -- free and realloc.  Freeing is not an escape, but an object
   freed by another function cannot be moved to this function's stack: it
   is reported as "freed by".  realloc's new memory stays on the heap;
   its argument keeps a slot (r-realloc-slot.c).  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing" } */
#include <stdlib.h>
#include <unistd.h>

static __attribute__ ((noinline)) void
consume (char *p)			/* { dg-message "frees param: p" } */
/* write sends p's bytes out: pointers among them would leave.  */
/* { dg-message "leaking param content: p" "" { target *-*-* } 10 } */
{
  write (1, p, 4);
  free (p);
}

int
freed_by_callee (void)
{
  char *p = malloc (16);		/* { dg-message "escapes: freed by 'consume'" } */
  int n = read (0, p, 16);
  consume (p);
  return n;
}

/* Freed here, after the call: local.  */
int
freed_here (void)
{
  char *p = malloc (16);		/* { dg-message "moved to stack \\(16 bytes\\)" } */
  int n = read (0, p, 16);
  write (1, p, n);
  free (p);
  return n;
}

int
resized (void)
{
  char *p = malloc (16);		/* { dg-message "moved to stack \\(16 bytes\\)" } */
  int n = read (0, p, 16);
  char *q = realloc (p, 64);		/* { dg-message "does not escape, stays on heap: allocated by 'realloc'" } */
  if (!q)
    {
      free (p);
      return -1;
    }
  n += read (0, q, 64);
  free (q);
  return n;
}


/* A list built in a loop (each node outlives its iteration) and freed by
   a callee: the note names the callee, not the loop.  */
struct link { struct link *next; int v; };

static __attribute__ ((noinline)) void
free_links (struct link *l)		/* { dg-message "frees param: l" } */
/* { dg-message "frees param content: l" "" { target *-*-* } 60 } */
{
  while (l)
    {
      struct link *next = l->next;
      free (l);
      l = next;
    }
}

int
list_freed_by_callee (int n)
{
  struct link *head = 0;
  for (int i = 0; i < n; i++)
    {
      struct link *l = malloc (sizeof *l);	/* { dg-message "escapes: freed by 'free_links'" } */
      l->v = i;
      l->next = head;
      head = l;
    }
  int sum = 0;
  for (struct link *l = head; l; l = l->next)
    sum += l->v;
  free_links (head);
  return sum;
}
