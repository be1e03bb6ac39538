/* sound-libc-redirect.c -- calls of C library names that the unit binds
   to the program's own functions, as a unit test binds them to test
   doubles: `#pragma redefine_extname read mock_read' here, an asm label
   on a declaration of read in sound-libc-redirect-label.c.

   probe mallocs a buffer, reads into it and leaves it to whoever holds
   it: mock_read (sound-libc-redirect-mock.c) keeps it in last_buf, and
   main frees it.  Taken for libc's read, which keeps nothing, the buffer
   moved to probe's frame and main freed a dead frame's address (found
   by an adversarial hunt, every level per unit).  And the program's
   logged_setstacksize, bound to pthread_attr_setstacksize's name, was
   taken for the C library's setter and called a second time with a
   raised size.  */
/* { dg-output "libc-redirect: 9 key=value, 9 key=value, stack size 65536, ok(\n|\r\n|\r)" } */
/* escape-sources: sound-libc-redirect-label.c sound-libc-redirect-mock.c */
/* escape-heap-allocs: same */

#pragma redefine_extname read mock_read
#pragma redefine_extname pthread_attr_setstacksize logged_setstacksize

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char *last_buf;
int probe_label (int fd);

/* Reads into a buffer it leaves to whoever holds it.  */
__attribute__ ((noinline)) static int
probe (int fd)
{
  char *buf = malloc (64);
  if (!buf)
    abort ();
  memset (buf, 0, 64);
  return read (fd, buf, 63) > 0 ? (int) strlen (buf) : -1;
}

static void *
work (void *arg)
{
  return arg;
}

int
main (void)
{
  int n = probe (0);
  char *a = last_buf;
  int m = probe_label (0);
  char *b = last_buf;
  printf ("libc-redirect: %d %s, %d %s, ", n, a, m, b);
  free (a);
  free (b);

  pthread_attr_t attr;
  pthread_t t;
  if (pthread_attr_init (&attr) != 0
      || pthread_attr_setstacksize (&attr, 65536) != 0
      || pthread_create (&t, &attr, work, NULL) != 0
      || pthread_join (t, NULL) != 0)
    abort ();
  pthread_attr_destroy (&attr);
  printf ("ok\n");
  return 0;
}
