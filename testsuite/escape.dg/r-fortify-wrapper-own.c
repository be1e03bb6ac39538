/* r-fortify-wrapper-own.c -- an inline `read' of a system header with
   glibc's wrapper's name and attributes, which chooses read or pread by
   its buffer's size: the size chooses what the call does, not only how
   it is checked, so the buffer keeps the heap.  Found by an adversarial
   hunt (34-c F2): it moved, and a 10-byte buffer read through pread.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include "r-fortify-wrapper-own.h"

long
first_byte (int fd, size_t size)
{
  char *b = malloc (size);	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_dynamic_object_size'" } */
  if (!b)
    return -1;
  long r = read (fd, b, 8) > 0 ? b[0] : -1;
  free (b);
  return r;
}
