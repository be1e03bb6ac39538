/* r-stack-lookup-harmless.c -- syscall and dlsym give a stack only with
   some arguments (SYS_sigaltstack, SYS_clone; a stack giver's name).  A
   unit whose calls have constant numbers and names that give none is
   not one that gives stacks: a function whose address it takes keeps its
   slots.  (r-stack-lookup-risky.c has the other side.)  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static void *
body (void *arg)
{
  char *p = malloc (100);	/* { dg-message "moved to stack \\(100 bytes\\)" } */
  memset (p, 1, 100);
  long s = ((volatile char *) p)[3];
  free (p);
  return (void *) s;
}

void *(*keep) (void *) = body;

long
tid (void)
{
  return syscall (SYS_gettid);
}

void *
load (void *handle)
{
  return dlsym (handle, "dl_load");
}

/* { dg-message "arg does not escape" "" { target *-*-* } 17 } */
/* { dg-message "leaking param: handle" "" { target *-*-* } 35 } */
