/* r-int-asm.c -- a pointer converted to an integer is still the object's
   address: stored to a global integer or passed to unknown code as one,
   or hidden by arithmetic and converted back, the object escapes.  Inline
   asm is opaque: an input operand escapes, and an output operand may be
   any input.  */
/* { dg-options "-fplugin-arg-escape-report" } */
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

extern void use (void *);
extern void use_int (uintptr_t);

uintptr_t global_int;

void
int_to_global (void)
{
  char *p = malloc (16);		/* { dg-message "escapes: stored to global 'global_int'" } */
  global_int = (uintptr_t) p;
}

void
int_to_external (void)
{
  char *p = malloc (16);		/* { dg-message "escapes: passed to unknown function 'use_int'" } */
  use_int ((uintptr_t) p + 1);
}

/* XOR twice gives the address back; the flow goes through integer ops.  */
void
int_scrambled_and_back (uintptr_t key)
{
  char *p = malloc (16);		/* { dg-message "escapes: passed to unknown function 'use'" } */
  uintptr_t i = (uintptr_t) p ^ key;
  use ((void *) (i ^ key));
}

void
asm_input (void)
{
  char *p = malloc (16);		/* { dg-message "escapes: passed to inline asm" } */
  __asm__ volatile ("" : : "r" (p) : "memory");
}

/* The asm makes no stores, but it is not analysed.  */
int
asm_input_pure (void)
{
  char *p = malloc (16);		/* { dg-message "escapes: passed to inline asm" } */
  int n = read (0, p, 16);
  long x;
  __asm__ ("mov %1, %0" : "=r" (x) : "r" (p));
  free (p);
  return n + (int) x;
}

