/* sound-hunt-robust-mutex.c -- a robust mutex is kept by the C library.

   Locking a mutex of type PTHREAD_MUTEX_ROBUST puts it on the calling
   thread's robust list, where it stays while it is held.  A job context
   holding such a mutex is leaked, locked, on an error path: valid C.  The
   library table said pthread_mutex_lock keeps no pointer, so the context
   moved to the stack, and the thread's next robust lock wrote list links
   into the dead frame, another function's live locals (found by an
   adversarial hunt).  pthread_mutex_lock now keeps its argument.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-output "rejected 1, sum 12096(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct job { pthread_mutex_t lock; int state; };
static pthread_mutexattr_t robust;

__attribute__((noinline)) static int process(int input)
{
    struct job *j = malloc(sizeof *j);
    if (!j)
        return -1;
    pthread_mutex_init(&j->lock, &robust);
    pthread_mutex_lock(&j->lock);
    if (input < 0)
        return -1;              /* error path: leaks j, lock still held */
    j->state = input;
    pthread_mutex_unlock(&j->lock);
    pthread_mutex_destroy(&j->lock);
    free(j);
    return 0;
}

__attribute__((noinline)) static long work(int n)
{
    volatile long acc[64];
    for (int i = 0; i < 64; i++)
        acc[i] = i * n;
    pthread_mutex_t m;
    pthread_mutex_init(&m, &robust);
    pthread_mutex_lock(&m);
    long s = 0;
    for (int i = 0; i < 64; i++)
        s += acc[i];
    pthread_mutex_unlock(&m);
    return s;
}

int main(void)
{
    pthread_mutexattr_init(&robust);
    pthread_mutexattr_setrobust(&robust, PTHREAD_MUTEX_ROBUST);
    int rejected = process(-1) != 0;
    long s = 0;
    for (int k = 1; k < 4; k++)
        s += work(k);
    printf("rejected %d, sum %ld\n", rejected, s);
    return 0;
}
