/* r-fortify-wrapper-own.c -- inline `read' and `recv' of a system
   header with glibc's wrappers' names and attributes, whose buffer's
   size chooses what the call does, not only how it is checked: read
   calls pread for a big buffer, recv reads half the count when it does
   not fit, pread reads nothing then.  The buffers keep the heap.  Found by adversarial hunts (34-c
   F2, 34-d): they moved, a 10-byte buffer was read through pread, and
   a 50-byte buffer got the whole count.  */
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

long
first_received (int fd, size_t size)
{
  char *b = malloc (size);	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_dynamic_object_size'" } */
  if (!b)
    return -1;
  long r = recv (fd, b, 2 * size, 0) > 0 ? b[0] : -1;
  free (b);
  return r;
}

long
byte_at (int fd, size_t size)
{
  char *b = malloc (size);	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_dynamic_object_size'" } */
  if (!b)
    return -1;
  b[0] = 0;
  long r = pread (fd, b, 2 * size, 0) > 0 ? b[0] : -1;
  free (b);
  return r;
}
