/* sound-object-size-member.c -- __builtin_object_size of type 1 (what
   is left of the closest subobject) in a helper inlined after the
   plugin's decision: GCC takes the subobject from the access path on a
   heap object (&p->f + 4: 4 bytes left of the member) and from the
   variable's type on a slot (8 bytes left of the slot), though both are
   the same size.  Found by an adversarial hunt.  At -O0 nothing is
   inlined and the builtin answers "unknown" whatever the placement.  */
/* { dg-do run } */
/* { dg-output "member ok(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */
/* escape-levels: -O1 -O2 -O3 -Os */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct member
{
  int a;
  char f[8];
  int b;
};

static volatile int rounds = 40;

/* Type 1 in a helper that early inlining leaves alone (its loop) and
   that is inlined after the pass, into &p->f + 4: what is left of the
   member on the heap, of the slot on a slot.  */
static size_t
left_in_member (char *m, unsigned *check)
{
  size_t s = __builtin_object_size (m + 4, 1);
  for (int i = 0; i < rounds; i++)
    {
      *check += (unsigned) m[i & 7] * (unsigned) i;
      *check ^= (unsigned) i * 3;
    }
  return s;
}

__attribute__ ((noinline)) static const char *
member_helper (void)
{
  struct member *p = malloc (sizeof *p);	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_object_size'" } */
  memset (p, 4, sizeof *p);
  unsigned check = 0;
  size_t s = left_in_member (p->f, &check);
  free (p);
  return !check ? "WRONG" : s == 4 || s == (size_t) -1 ? "ok" : "WRONG";
}

int
main (void)
{
  printf ("member %s\n", member_helper ());
  return 0;
}
