/* r-fortify-wrapper-own.h -- a system header of another C library for
   r-fortify-wrapper-own.c: an inline `read' with the attributes of
   glibc's wrappers, whose buffer's size chooses which call it makes.  */
#pragma GCC system_header
#include <unistd.h>

extern ssize_t __own_read (int, void *, size_t) __asm__ ("read");

extern __inline
__attribute__ ((__gnu_inline__, __always_inline__, __artificial__)) ssize_t
read (int fd, void *buf, size_t n)
{
  if (__builtin_dynamic_object_size (buf, 0) < 64)
    return __own_read (fd, buf, n);
  return pread (fd, buf, n, 0);
}
