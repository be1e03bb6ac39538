/* sound-stack-given-size.c -- threads on stacks the program gives
   (pthread_attr_setstack, the old pthread_attr_setstackaddr) whose size
   it also sets with pthread_attr_setstacksize, before or after.  glibc
   keeps a given stack's top and takes the size from the attribute: the
   plugin raised that size (for slots of other files), so the thread's
   stack started below the memory given.  A thread that scans its own
   stack (a conservative collector, an overflow check) read the guard
   page; a pool that unmaps what pthread_attr_getstack says unmapped
   other data.  Such a unit raises no size.  Found by an adversarial
   hunt.  */
/* { dg-do run } */
/* { dg-options "-pthread -Wno-deprecated-declarations" } */
/* { dg-output "scanned 65536(\n|\r\n|\r)given at \\+0, 65536 bytes(\n|\r\n|\r)important data(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

static void *
scan (void *arg)
{
  pthread_attr_t self;
  void *lo;
  size_t size;
  pthread_getattr_np (pthread_self (), &self);
  pthread_attr_getstack (&self, &lo, &size);
  unsigned long sum = 0;
  for (volatile char *p = lo; p < (char *) lo + size; p += 256)
    sum += *p;
  printf ("scanned %zu\n", size);
  pthread_attr_destroy (&self);
  return arg ? (void *) sum : NULL;
}

static void *
idle (void *arg)
{
  return arg;
}

int
main (void)
{
  size_t size = 65536;

  /* The stack, then its size; a guard page below.  */
  char *mem = mmap (0, size + 4096, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED)
    return 1;
  mprotect (mem, 4096, PROT_NONE);
  pthread_attr_t a;
  pthread_t t;
  pthread_attr_init (&a);
  pthread_attr_setstack (&a, mem + 4096, size);
  pthread_attr_setstacksize (&a, size);
  if (pthread_create (&t, &a, scan, NULL))
    return 2;
  pthread_join (t, NULL);
  pthread_attr_destroy (&a);

  /* The size, then the old API's top; other data below.  */
  char *below = mmap (0, 2 * size, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (below == MAP_FAILED)
    return 3;
  char *stack = below + size;
  strcpy (below + size - 4096, "important data");
  pthread_attr_init (&a);
  pthread_attr_setstacksize (&a, size);
  pthread_attr_setstackaddr (&a, stack + size);
  if (pthread_create (&t, &a, idle, NULL))
    return 4;
  pthread_join (t, NULL);
  void *addr;
  size_t given;
  pthread_attr_getstack (&a, &addr, &given);
  printf ("given at %+ld, %zu bytes\n", (long) ((char *) addr - stack), given);
  munmap (addr, given);
  printf ("%s\n", below + size - 4096);
  return 0;
}
