/* odd-bitfield-ptr.c -- pointers kept whole in bit-fields, as code that
   tags pointers does: `uintptr_t ptr : 48' holds any user-space address
   on x86-64.

   The plugin tracked only integers as wide as a pointer, so the 48-bit
   field's value carried nothing: remember ()'s node went to the stack
   while the global still held its address, and main read a dead frame.
   Bit-fields wider than half a pointer now carry pointers; narrow ones
   (the tag, the length) still do not, so counts () keeps its buffer on
   the stack.  */
/* { dg-do run } */
/* { dg-output "tagged hello tag 5 copied world tag 6 counts 21(\n|\r\n|\r)" } */
/* escape-heap-allocs: 2 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tagged
{
  uintptr_t ptr : 48;
  uintptr_t tag : 16;
};

struct tagged head, copy;

__attribute__ ((noinline)) void
remember (const char *s, int tag)
{
  char *p = malloc (16);	/* { dg-message "escapes: stored to global 'head'" } */
  strcpy (p, s);
  head.ptr = (uintptr_t) p;
  head.tag = tag;
}

/* Through a local struct copied whole to the global.  */
__attribute__ ((noinline)) void
remember_copy (const char *s, int tag)
{
  struct tagged t;
  char *p = malloc (16);	/* { dg-message "escapes: stored to global 'copy'" } */
  strcpy (p, s);
  t.ptr = (uintptr_t) p;
  t.tag = tag;
  copy = t;
}

struct counts
{
  unsigned kind : 3;
  unsigned long len : 29;
};

__attribute__ ((noinline)) unsigned long
counts (int n)
{
  struct counts *c = malloc (8 * sizeof *c);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  for (int i = 0; i < 8; i++)
    {
      c[i].kind = i;
      c[i].len = i * n;
    }
  unsigned long s = c[7].kind + c[2].len;
  free (c);
  return s;
}

/* Overwrites the stack where the frames above were.  */
__attribute__ ((noinline)) void
clobber (void)
{
  char buf[256];
  memset (buf, 'Z', sizeof buf);
  __asm__ volatile ("" : : "r" (buf) : "memory");
}

int
main (void)
{
  remember ("hello", 5);
  clobber ();
  printf ("tagged %s tag %d ", (char *) (uintptr_t) head.ptr, (int) head.tag);
  remember_copy ("world", 6);
  clobber ();
  printf ("copied %s tag %d ", (char *) (uintptr_t) copy.ptr, (int) copy.tag);
  printf ("counts %lu\n", counts (7));
  free ((void *) (uintptr_t) head.ptr);
  free ((void *) (uintptr_t) copy.ptr);
  return 0;
}
