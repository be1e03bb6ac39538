/* sound-ifunc.c -- a call through an ifunc: the implementation the
   resolver picks at load time runs, not the resolver.

   A log library picks its record function when the program is loaded,
   as glibc does for memcpy: record is an ifunc whose resolver returns
   the implementation for the CPU, and both keep each entry in a list
   that is flushed later.  In the call graph, record is an alias of its
   resolver, whose body keeps nothing; analysed with that body, an entry
   passed to record looks local to its caller, and on the stack the list
   would point into dead frames.  (The resolver has the parameter of
   glibc's convention on some targets; the entry is matched with it.  A
   resolver without parameters leaves the entry no parameter to go to,
   and it escapes by luck.)  */
/* { dg-do run } */
/* { dg-output "ifunc flush: connect 80, accept 443, close 80(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>

struct entry
{
  const char *what;
  int port;
  struct entry *next;
};

static struct entry *pending, **tail = &pending;

static void
record_plain (struct entry *e)
{
  e->next = NULL;
  *tail = e;
  tail = &e->next;
}

/* The same, for CPUs with AVX2 (a stand-in for a vectorised copy).  */
__attribute__ ((target ("avx2"))) static void
record_avx2 (struct entry *e)
{
  e->next = NULL;
  *tail = e;
  tail = &e->next;
}

/* Declared with the hwcap argument glibc passes on AArch64 and other
   targets (x86-64 passes none; it is not read here).  It runs while the
   program is relocated, before ASan has set up its shadow memory, so it
   must not be instrumented.  */
__attribute__ ((no_sanitize_address))
static void (*resolve_record (unsigned long hwcap)) (struct entry *)
{
  (void) hwcap;
  __builtin_cpu_init ();
  return __builtin_cpu_supports ("avx2") ? record_avx2 : record_plain;
}

void record (struct entry *e) __attribute__ ((ifunc ("resolve_record")));

__attribute__ ((noinline)) static void
event (const char *what, int port)
{
  struct entry *e = malloc (sizeof *e);
  if (!e)
    abort ();
  e->what = what;
  e->port = port;
  record (e);
}

static void
flush (void)
{
  printf ("ifunc flush:");
  for (struct entry *e = pending, *next; e; e = next)
    {
      next = e->next;
      printf ("%s %s %d", e == pending ? "" : ",", e->what, e->port);
      free (e);
    }
  printf ("\n");
  pending = NULL;
  tail = &pending;
}

int
main (void)
{
  event ("connect", 80);
  event ("accept", 443);
  event ("close", 80);
  flush ();
  return 0;
}
