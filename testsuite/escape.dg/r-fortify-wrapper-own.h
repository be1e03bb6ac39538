/* r-fortify-wrapper-own.h -- a system header of another C library for
   r-fortify-wrapper-own.c: inline `read' and `recv' with the attributes
   of glibc's wrappers, whose buffer's size chooses what the call does:
   read calls pread for a big buffer, recv reads half the count when the
   count does not fit, pread reads nothing then.  */
#pragma GCC system_header
#include <sys/socket.h>
#include <unistd.h>

extern ssize_t __own_read (int, void *, size_t) __asm__ ("read");
extern ssize_t __own_recv (int, void *, size_t, int) __asm__ ("recv");
extern ssize_t __own_pread (int, void *, size_t, off_t) __asm__ ("pread");

extern __inline
__attribute__ ((__gnu_inline__, __always_inline__, __artificial__)) ssize_t
read (int fd, void *buf, size_t n)
{
  if (__builtin_dynamic_object_size (buf, 0) < 64)
    return __own_read (fd, buf, n);
  return pread (fd, buf, n, 0);
}

extern __inline
__attribute__ ((__gnu_inline__, __always_inline__, __artificial__)) ssize_t
recv (int fd, void *buf, size_t n, int flags)
{
  if (n <= __builtin_dynamic_object_size (buf, 0))
    return __own_recv (fd, buf, n, flags);
  return __own_recv (fd, buf, n / 2, flags);
}

extern __inline
__attribute__ ((__gnu_inline__, __always_inline__, __artificial__)) ssize_t
pread (int fd, void *buf, size_t n, off_t at)
{
  if (n <= __builtin_dynamic_object_size (buf, 0))
    __own_pread (fd, buf, n, at);
  return n;
}
