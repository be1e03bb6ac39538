/* r-nested.c -- GNU C nested functions reading the parent's pointer.  The
   pointer lives in the parent's frame object, which the nested function
   reads through its static chain: when the trampoline's address goes to
   unknown code, the frame and everything in it escape; when the nested
   function is only called here, the buffer stays local.  */
/* { dg-options "-fplugin-arg-escape-report" } */
#include <stdlib.h>
#include <unistd.h>

extern void run_later (void (*) (void));

void
trampoline_escapes (void)
{
  char *p = malloc (16);		/* { dg-message "escapes: " } */
  void inner (void) { read (0, p, 16); }
  run_later (inner);
}

/* atexit keeps the function pointer (libc table): same as above.  */
void
trampoline_atexit (void)
{
  char *p = malloc (16);		/* { dg-message "escapes: " } */
  void at_end (void) { write (1, p, 16); }
  atexit (at_end);
}

int
called_locally (void)
{
  char *p = malloc (16);		/* { dg-message "moved to stack \\(16 bytes\\)" } */
  int inner (int k) { return read (0, p, k); }
  int r = inner (16);
  write (1, p, r);
  free (p);
  return r;
}

