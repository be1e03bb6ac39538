/* sound-libc-name.c -- the program's own function named like a C
   library function, defined in another file.

   A message bus has its own send (bus, message), defined in
   sound-libc-name-bus.c, which appends the message to the bus's queue;
   the bus owns it until it is received.  In this file send has no body,
   and libc's send writes the bytes of its buffer out: with that model
   the message looks local to its caller, and on the stack the queue
   would point into dead frames.  */
/* { dg-output "libc-name orders: hello #1, world #2(\n|\r\n|\r)" } */
/* escape-sources: sound-libc-name-bus.c */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>

struct bus;
struct message
{
  char text[16];
  int seq;
  struct message *next;
};

int send (struct bus *bus, struct message *m);
struct message *receive (struct bus *bus);
const char *bus_name (struct bus *bus);
struct bus *bus_new (const char *name);
void bus_free (struct bus *bus);

__attribute__ ((noinline)) static void
post (struct bus *bus, const char *text, int seq)
{
  struct message *m = malloc (sizeof *m);
  if (!m)
    abort ();
  snprintf (m->text, sizeof m->text, "%s", text);
  m->seq = seq;
  send (bus, m);
}

/* Something else runs between posting and delivery.  */
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
  struct bus *bus = bus_new ("orders");
  post (bus, "hello", 1);
  post (bus, "world", 2);
  busy (1);
  printf ("libc-name %s:", bus_name (bus));
  struct message *m;
  for (int i = 0; (m = receive (bus)); i++)
    {
      printf ("%s %s #%d", i ? "," : "", m->text, m->seq);
      free (m);
    }
  printf ("\n");
  bus_free (bus);
  return 0;
}
