/* sound-side-stack-nostartfiles.c -- a shared library built -nostartfiles
   pushes on the side stack, in the main thread and in another one (hunt
   48-a).  A thread's first push registers the region's release with
   __cxa_thread_atexit_impl, which names the object that registers by an
   address in it: the library's __dso_handle was declared weak so that
   such a library links, and its null crashed glibc 2.36 in a thread's
   first registration.  The release function's own address names the
   library now.  */
/* escape-shared: sound-side-stack-nostartfiles-lib.c */
/* escape-shared-options: -nostartfiles */
/* escape-plugin-args: -fplugin-arg-escape-side-stack=65536 */
/* { dg-output "sum 55 55(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <pthread.h>
#include <stdio.h>

long lib_sum (int n);

static void *
worker (void *arg)
{
  *(long *) arg = lib_sum (10);
  return NULL;
}

int
main (void)
{
  long here = lib_sum (10), there = 0;
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &there) != 0
      || pthread_join (t, NULL) != 0)
    return 1;
  printf ("sum %ld %ld\n", here, there);
  return 0;
}
