/* control-list.c -- escape-heavy control: objects kept in global lists
   and freed later, elsewhere.

   An event scheduler: submit() mallocs an event (and, for some, a
   malloc'd payload string) and links it into a global list sorted by due
   time; run_due() unlinks and frees the events that are due; an undo
   history in a global singly linked list grows with every executed event
   and is trimmed from the oldest end by trim_history().  Every object is
   allocated in one function and freed in another, after the allocating
   call returned, so none of them may legally move to the stack: the
   plugin must report them all as escaping and leave the program as it
   is.

   Output: one line, "control-list <executed> <checksum>".  */
/* bench-kind: control */
/* bench-args: 3000000 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct event
{
  unsigned long due;
  unsigned id;
  int kind;
  char *payload;		/* malloc'd, or NULL */
  struct event *next;
};

struct history
{
  unsigned id;
  unsigned long when;
  unsigned long digest;
  struct history *next;
};

static struct event *queue;	/* sorted by due time */
static size_t queue_len;
static struct history *hist_head, *hist_tail;
static size_t hist_len;

static unsigned long now;

static int
submit (unsigned id, unsigned long delay, int kind, const char *text)
{
  struct event *e = malloc (sizeof *e);
  if (e == NULL)
    return -1;
  e->due = now + delay;
  e->id = id;
  e->kind = kind;
  e->payload = NULL;
  if (text != NULL)
    {
      size_t n = strlen (text);
      e->payload = malloc (n + 1);
      if (e->payload == NULL)
	{
	  free (e);
	  return -1;
	}
      memcpy (e->payload, text, n + 1);
    }
  struct event **link = &queue;
  while (*link != NULL && (*link)->due <= e->due)
    link = &(*link)->next;
  e->next = *link;
  *link = e;
  queue_len++;
  return 0;
}

static int
record (const struct event *e, unsigned long digest)
{
  struct history *h = malloc (sizeof *h);
  if (h == NULL)
    return -1;
  h->id = e->id;
  h->when = now;
  h->digest = digest;
  h->next = NULL;
  if (hist_tail != NULL)
    hist_tail->next = h;
  else
    hist_head = h;
  hist_tail = h;
  hist_len++;
  return 0;
}

static unsigned long
trim_history (size_t keep)
{
  unsigned long sum = 0;
  while (hist_len > keep)
    {
      struct history *h = hist_head;
      hist_head = h->next;
      if (hist_head == NULL)
	hist_tail = NULL;
      sum += h->digest ^ h->when;
      free (h);
      hist_len--;
    }
  return sum;
}

/* Runs the events that are due; returns how many ran.  */
static long
run_due (unsigned long *check)
{
  long ran = 0;
  while (queue != NULL && queue->due <= now)
    {
      struct event *e = queue;
      queue = e->next;
      queue_len--;
      unsigned long d = e->id * 2654435761UL + (unsigned long) e->kind;
      if (e->payload != NULL)
	for (const char *s = e->payload; *s; s++)
	  d = d * 31 + (unsigned char) *s;
      *check += d;
      if (record (e, d) < 0)
	return -1;
      free (e->payload);
      free (e);
      ran++;
    }
  return ran;
}

static void
drain (void)
{
  while (queue != NULL)
    {
      struct event *e = queue;
      queue = e->next;
      free (e->payload);
      free (e);
    }
  queue_len = 0;
  trim_history (0);
}

static const char *const texts[] = {
  "flush", "rotate logs", "send heartbeat to peer 7", "compact",
  "refresh certificate for example.org", "gc"
};

int
main (int argc, char **argv)
{
  long n = argc > 1 ? atol (argv[1]) : 3000000;
  unsigned seed = 99;
  unsigned long check = 0, executed = 0;

  for (long i = 0; i < n; i++)
    {
      seed = seed * 1103515245u + 12345u;
      unsigned r = seed >> 16;
      const char *text = r % 3 == 0 ? texts[r % 6] : NULL;
      /* most events are due soon; a few far in the future */
      unsigned long delay = r % 50 == 0 ? 500 + r % 1000 : r % 40;
      if (submit ((unsigned) i, delay, (int) (r % 7), text) < 0)
	return 1;
      if (i % 4 == 3)
	{
	  now++;
	  long ran = run_due (&check);
	  if (ran < 0)
	    return 1;
	  executed += (unsigned long) ran;
	}
      if (hist_len > 4096)
	check ^= trim_history (1024);
    }
  check += queue_len;
  drain ();
  printf ("control-list %lu %016lx\n", executed, check);
  return 0;
}
