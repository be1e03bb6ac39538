/* recursion.c -- a 512-byte buffer in a function that recurses 10^5 deep.

   The buffer is local to each call, but a slot in a recursive function is
   multiplied by the depth: 10^5 * 512 bytes is 51 MB.  The recursion runs
   on a thread with a 16 MiB stack, room for the frames themselves but not
   for the buffers, so converting them crashes.  Direct recursion and a
   cycle of two functions; both must keep every buffer on the heap.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-output "recursion 12696992 5650064(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define DEPTH 100000

static volatile int depth = DEPTH;

/* Not a tail call: the buffer is used after the recursive call returns.  */
static unsigned long
down (int n)
{
  if (n == 0)
    return 0;
  unsigned char *buf = malloc (512);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!buf)
    abort ();
  for (int k = 0; k < 512; k++)
    buf[k] = (unsigned char) (n + k);
  unsigned long r = down (n - 1);
  r += buf[n % 512];
  free (buf);
  return r;
}

static unsigned long pong (int n);

static unsigned long
ping (int n)
{
  if (n == 0)
    return 0;
  unsigned char *buf = malloc (512);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!buf)
    abort ();
  for (int k = 0; k < 512; k++)
    buf[k] = (unsigned char) (n ^ k);
  unsigned long r = pong (n - 1);
  r += buf[(n * 7) % 512];
  free (buf);
  return r;
}

static unsigned long
pong (int n)
{
  return n == 0 ? 0 : 1 + ping (n - 1);
}

static void *
thread (void *out)
{
  unsigned long *result = out;
  result[0] = down (depth);
  result[1] = ping (depth);
  return NULL;
}

int
main (void)
{
  pthread_attr_t attr;
  pthread_t t;
  unsigned long result[2] = { 0, 0 };
  if (pthread_attr_init (&attr)
      || pthread_attr_setstacksize (&attr, 16 * 1024 * 1024)
      || pthread_create (&t, &attr, thread, result)
      || pthread_join (t, NULL))
    {
      puts ("recursion: cannot run the thread");
      return 1;
    }
  printf ("recursion %lu %lu\n", result[0], result[1]);
  return 0;
}
