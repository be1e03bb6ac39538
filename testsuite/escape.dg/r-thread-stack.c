/* r-thread-stack.c -- a thread stack size the program sets grows by
   max-stack-size, the most slots a thread's stack holds at once: code of
   other files, compiled on its own, may move its objects to the frames
   the thread runs.  A size near SIZE_MAX stays as it is rather than
   wrapping to a small one; with transform=no nothing changes (that is
   r-thread-stack-off.c), and a project's own function of the same name is
   not the C library's (r-thread-stack-own.c).  */
/* { dg-options "-fplugin-arg-escape-report -fplugin-arg-escape-max-stack-size=40000" } */

#include <pthread.h>

int
set_small (pthread_attr_t *a)	/* { dg-message "leaking param: a" } */
{
  return pthread_attr_setstacksize (a, 32768); /* { dg-message "thread stack size raised by 40000 bytes \\(max-stack-size \\+ alloca-budget\\), for slots of other files" } */
}

int
set_given (pthread_attr_t *a, size_t n)	/* { dg-message "leaking param: a" } */
{
  return pthread_attr_setstacksize (a, n); /* { dg-message "thread stack size raised by 40000 bytes" } */
}
