/* sound-strict-alias-O0.c -- a pointer stored through an integer lvalue
   and read back as a pointer, where GCC does not assume strict aliasing.

   A slot API written for atomic integer operations stores pointers with
   integer accesses (*(uintptr_t *) &slot->ptr = ...), and readers load
   them as pointers.  post stages its messages in a local batch of slots
   that way, then commits the batch, reading the slots as pointers, to a
   global mailbox.  C's effective-type rule forbids this, and GCC relies
   on the rule from -O2 on; at -O0 and -O1 it does not
   (-fstrict-aliasing is off), and such code works.  An analysis that
   keeps integer and pointer contents apart there loses the pointer: the
   messages look local to post, and on the stack the mailbox would point
   into a dead frame.  From -O2 on the code breaks the rule that GCC and
   the plugin rely on, so the test runs at -O0 and -O1 only.  */
/* { dg-do run } */
/* { dg-output "strict-alias hello 1, world 2(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */
/* escape-levels: -O0 -O1 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct message
{
  const char *text;
  int seq;
};

struct slot
{
  struct message *ptr;
};

#define SLOT_SET(s, m) (*(volatile uintptr_t *) &(s)->ptr = (uintptr_t) (m))

static struct message *mailbox[2];

__attribute__ ((noinline)) static void
post (const char *first, const char *second)
{
  struct slot batch[2];
  const char *texts[2] = { first, second };
  for (int k = 0; k < 2; k++)
    {
      struct message *m = malloc (sizeof *m);
      if (!m)
	abort ();
      m->text = texts[k];
      m->seq = k + 1;
      SLOT_SET (&batch[k], m);
    }
  /* Commit.  */
  for (int k = 0; k < 2; k++)
    mailbox[k] = batch[k].ptr;
}

/* Something else runs between posting and reading.  */
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
  post ("hello", "world");
  busy (3);
  struct message *a = mailbox[0], *b = mailbox[1];
  printf ("strict-alias %s %d, %s %d\n", a->text, a->seq, b->text, b->seq);
  free (a);
  free (b);
  return 0;
}
