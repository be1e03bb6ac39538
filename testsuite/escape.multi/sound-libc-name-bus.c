/* sound-libc-name-bus.c -- the message bus of sound-libc-name.c: its
   send keeps the message it is given.  */

#include <stdlib.h>

struct message
{
  char text[16];
  int seq;
  struct message *next;
};

struct bus
{
  const char *name;
  struct message *head, **tail;
};

/* Not inlined: under -flto main would own the bus, which then rightly
   moves, and the test is about the messages.  */
__attribute__ ((noinline)) struct bus *
bus_new (const char *name)
{
  struct bus *bus = calloc (1, sizeof *bus);
  if (!bus)
    abort ();
  bus->name = name;
  bus->tail = &bus->head;
  return bus;
}

const char *
bus_name (struct bus *bus)
{
  return bus->name;
}

/* Queues M; the bus owns it until it is received.  */
int
send (struct bus *bus, struct message *m)
{
  m->next = NULL;
  *bus->tail = m;
  bus->tail = &m->next;
  return 0;
}

struct message *
receive (struct bus *bus)
{
  struct message *m = bus->head;
  if (m && !(bus->head = m->next))
    bus->tail = &bus->head;
  return m;
}

void
bus_free (struct bus *bus)
{
  free (bus);
}
