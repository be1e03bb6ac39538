/* r-store.c -- stored where it outlives the call: globals, file statics,
   function statics, thread-locals, memory reachable from a global, and
   memory reachable from a parameter, from an escaping local or from an
   escaping allocation.  A store into memory that is itself local (a
   local struct, a local allocation) is not a heap store (unlike Go,
   golang/go#76488).  */
/* { dg-options "-fplugin-arg-escape-report" } */
#include <stdlib.h>
#include <unistd.h>

extern void use (void *);

struct node { struct node *next; char *data; };

char *g;
static char *file_static;
__thread char *tls;
struct node gnode;
struct node *groot;

void
to_global (void)
{
  g = malloc (8);			/* { dg-message "escapes: stored to global 'g'" } */
}

/* A file-scope static has internal linkage but static storage: any later
   call of any function here can see it.  */
void
to_file_static (void)
{
  file_static = malloc (8);		/* { dg-message "escapes: stored to global 'file_static'" } */
}

char *
get_file_static (void)
{
  return file_static;
}

void
to_function_static (void)
{
  static char *keep;
  /* Read too: GCC deletes the stores to a static nobody reads.  */
  if (!keep)
    keep = malloc (8);			/* { dg-message "escapes: stored to static 'keep'" } */
  write (1, keep, 8);
}

void
to_thread_local (void)
{
  tls = malloc (8);			/* { dg-message "escapes: stored to thread-local 'tls'" } */
}

/* A field of a global struct is the global.  */
void
to_global_field (void)
{
  gnode.data = malloc (8);		/* { dg-message "escapes: stored to global 'gnode'" } */
}

/* Two loads away from a global: memory the global reaches.  */
void
to_global_reach (void)
{
  groot->next->data = malloc (8);	/* { dg-message "escapes: stored to memory that escapes" } */
}

void
to_param (struct node *n)		/* { dg-message "n does not escape" } */
{
  n->data = malloc (8);			/* { dg-message "escapes: stored through parameter 'n'" } */
}

/* n->next is the caller's memory too, one level further down.  */
void
to_param_reach (struct node *n)		/* { dg-message "n does not escape" } */
{
  n->next->data = malloc (8);		/* { dg-message "escapes: stored into memory reachable from parameter 'n'" } */
}

/* The outer allocation is returned; what it holds goes with it.  */
struct node *
in_escaping_alloc (void)
{
  struct node *n = malloc (sizeof *n);	/* { dg-message "escapes: returned from 'in_escaping_alloc'" } */
  n->data = malloc (8);			/* { dg-message "escapes: stored in the allocation at line 88, which escapes" } */
  n->next = 0;
  return n;
}

/* A local struct whose address goes to unknown code.  */
void
in_escaping_local (void)
{
  struct node n;
  n.data = malloc (8);			/* { dg-message "escapes: stored in 'n', which escapes" } */
  n.next = 0;
  use (&n);
}

/* Stores through a pointer to a local struct stay local.  */
int
in_local_struct (void)
{
  struct node n, *pn = &n;
  pn->data = malloc (8);		/* { dg-message "moved to stack \\(8 bytes\\)" } */
  pn->next = 0;
  int r = read (0, pn->data, 8);
  write (1, n.data, r);
  free (pn->data);
  return r;
}

/* A local allocation holding another local allocation: both stay.  */
int
in_local_alloc (void)
{
  struct node *n = malloc (sizeof *n);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  n->data = malloc (8);			/* { dg-message "escapes: sent out by 'write'" } */
  n->next = 0;
  int r = read (0, n->data, 8);
  write (1, n, sizeof *n);
  free (n->data);
  free (n);
  return r;
}

/* The parameter itself escapes, so does what is stored into it.  */
struct node *published;

void
to_escaping_param (struct node *q)	/* { dg-message "leaking param: q" } */
{
  published = q;
  q->data = malloc (8);			/* { dg-message "escapes: stored through parameter 'q'" } */
}

