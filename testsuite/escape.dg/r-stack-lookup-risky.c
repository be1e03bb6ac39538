/* r-stack-lookup-risky.c -- a syscall whose number is not a constant, or
   is SYS_sigaltstack, and a dlsym of a stack giver's name or of a name
   not known until run time, may give a stack: each makes its unit one
   that gives stacks, and the functions whose address it takes get no
   slots.  Each function here alone would do; so would taking syscall's
   address.  */
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
  char *p = malloc (100);	/* { dg-message "does not escape, stays on heap: may run on a small stack" } */
  memset (p, 1, 100);
  long s = ((volatile char *) p)[3];
  free (p);
  return (void *) s;
}

void *(*keep) (void *) = body;

long
any_call (long number)
{
  return syscall (number);
}

long
alt_stack (void *ss)
{
  return syscall (SYS_sigaltstack, ss, NULL);
}

void *
setter (void *handle)
{
  return dlsym (handle, "sigaltstack");
}

void *
any_name (void *handle, const char *name)
{
  return dlsym (handle, name);
}

/* { dg-message "arg does not escape" "" { target *-*-* } 18 } */
/* { dg-message "leaking param: ss" "" { target *-*-* } 36 } */
/* { dg-message "leaking param: handle" "" { target *-*-* } 42 } */
/* { dg-message "leaking param: handle" "" { target *-*-* } 48 } */
/* { dg-message "leaking param: name" "" { target *-*-* } 48 } */
