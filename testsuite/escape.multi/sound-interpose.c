/* sound-interpose.c -- a call, in a shared library, through an alias
   that the executable interposes at load time.

   A logging library (sound-interpose-lib.c, built with -fPIC as a
   shared library) hands each entry to a hook, log_hook, which returns
   whether it keeps the entry; the library frees the entries the hook
   does not keep.  Its default hook is an exported alias of a static
   function that keeps nothing.  This program defines its own log_hook,
   which buffers the entries and prints them later; the dynamic loader
   binds the library's calls to it, as -fPIC code allows for every
   exported symbol.  Analysed with the static function's body, the entry
   looks local to the library's function, and on the stack the program's
   buffer would point into dead frames.  */
/* { dg-output "interpose buffered: start, ready, stop(\n|\r\n|\r)" } */
/* escape-shared: sound-interpose-lib.c */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>

struct entry
{
  char what[16];
  struct entry *next;
};

void log_event (const char *what);

static struct entry *buffered, **tail = &buffered;

/* Interposes the library's default: keeps every entry.  */
int
log_hook (struct entry *e)
{
  e->next = NULL;
  *tail = e;
  tail = &e->next;
  return 1;
}

/* Something else runs between logging and printing.  */
__attribute__ ((noinline)) static int
busy (int n)
{
  volatile char scratch[512];
  for (int i = 0; i < 512; i++)
    scratch[i] = (char) (i * n);
  return scratch[n % 512];
}

int
main (void)
{
  log_event ("start");
  log_event ("ready");
  log_event ("stop");
  busy (1);
  printf ("interpose buffered:");
  for (struct entry *e = buffered, *next; e; e = next)
    {
      next = e->next;
      printf ("%s %s", e == buffered ? "" : ",", e->what);
      free (e);
    }
  printf ("\n");
  return 0;
}
