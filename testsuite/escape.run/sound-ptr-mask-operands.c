/* sound-ptr-mask-operands.c -- a pointer kept as a word masked or clamped
   by a value known only at run time, with the pointer the second operand
   of the AND, MAX or MIN: aligned down and stored to a global, returned,
   stored through an out-parameter, untagged by a helper with a mask in a
   global, and-ed into a global (`g &= p'), and MAX and MIN against a
   bound.  Each word is turned back into a pointer after its function
   returned, so each object must stay on the heap.  Found by an
   adversarial hunt: the plugin followed only the first operand of a mask
   or clamp of two names, so each object moved to the stack (segfaults,
   invalid frees, wrong output at every level).  */
/* { dg-do run } */
/* { dg-output "aligned / returned / out / untag / and-into / max / min(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include "sent-words.h"

#define CASES 7

static volatile size_t align = 16;	/* malloc's is at least 16 */
static volatile uintptr_t zero, low = 16;
uintptr_t tag_mask = 7;
static uintptr_t words[CASES];
uintptr_t anded = ~(uintptr_t) 0;


static void __attribute__ ((noinline))
send_aligned (void)
{
  TEXT (p, "aligned");
  size_t a = align;
  words[0] = (uintptr_t) p & ~(uintptr_t) (a - 1);
}

static uintptr_t __attribute__ ((noinline))
send_returned (void)
{
  TEXT (p, "returned");
  uintptr_t m = zero;
  return (uintptr_t) p & ~m;
}

static void __attribute__ ((noinline))
send_out (uintptr_t *out)
{
  TEXT (p, "out");
  uintptr_t m = zero;
  *out = (uintptr_t) p & ~m;
}

static uintptr_t __attribute__ ((noinline))
untag (uintptr_t w)
{
  uintptr_t m = ~tag_mask;
  return m & w;
}

static void __attribute__ ((noinline))
send_untagged (void)
{
  TEXT (p, "untag");
  words[3] = untag ((uintptr_t) p | 3);
}

static void __attribute__ ((noinline))
send_anded (void)
{
  TEXT (p, "and-into");
  anded &= (uintptr_t) p;
}

static void __attribute__ ((noinline))
send_max (void)
{
  TEXT (p, "max");
  uintptr_t m = low, x = (uintptr_t) p;
  words[5] = m > x ? m : x;
}

static void __attribute__ ((noinline))
send_min (void)
{
  TEXT (p, "min");
  uintptr_t m = ~zero, x = (uintptr_t) p;
  words[6] = m < x ? m : x;
}

#include "stack-clobber.h"

int
main (void)
{
  send_aligned ();
  words[1] = send_returned ();
  send_out (&words[2]);
  send_untagged ();
  send_anded ();
  words[4] = anded;
  send_max ();
  send_min ();
  clobber (0x5a);
  read_words (words, CASES);
  return 0;
}
