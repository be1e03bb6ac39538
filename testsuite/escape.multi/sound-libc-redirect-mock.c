/* sound-libc-redirect-mock.c -- part of sound-libc-redirect.c: the test
   doubles the other files bind read and pthread_attr_setstacksize to.
   mock_read keeps the buffer it fills; logged_setstacksize prints the
   size it sets.  */

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

char *last_buf;

ssize_t
mock_read (int fd, void *buf, size_t n)
{
  (void) fd;
  const char text[] = "key=value";
  if (n < sizeof text)
    return -1;
  memcpy (buf, text, sizeof text);
  last_buf = buf;
  return (ssize_t) (sizeof text - 1);
}

int
logged_setstacksize (pthread_attr_t *attr, size_t size)
{
  printf ("stack size %zu, ", size);
  return pthread_attr_setstacksize (attr, size);
}
