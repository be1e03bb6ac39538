/* r-m32.c -- the i386 target (-m32), where pointers take 4 bytes and
   long double is 4-aligned (found by an adversarial hunt, run under
   qemu-i386):
   - a pointer-sized atomic is GCC's _4 form, which was taken for one on
     a narrower integer, moving no pointer: the object published moved
     to the stack and the global kept a dead frame's address;
   - malloc's memory is aligned for max_align_t, 16 bytes there, but
     slots were aligned to two words (8): an SSE store into a moved
     vector faulted.  With the slot 16-aligned GCC folds the test below
     away (at -O2); with 8 the call of the error function stays.
   No C library header: the i386 headers need not be installed.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-m32 -msse -fplugin-arg-escape-report" } */

typedef __SIZE_TYPE__ size_t;
void *malloc (size_t);
void free (void *);
static volatile int bad;
static void __attribute__ ((noinline, error ("slot not aligned for max_align_t")))
misaligned (void)
{
  bad = 1;
}

char *shared;

void
publish (int n)
{
  char *p = malloc (32);	/* { dg-message "escapes: stored to global 'shared'" } */
  if (!p)
    return;
  p[0] = (char) n;
  __atomic_store_n (&shared, p, __ATOMIC_RELEASE);
}

char *
swap (char *q)			/* { dg-message "leaking param: q to result" } */
{
  char *p = malloc (16);	/* { dg-message "escapes: stored to global 'shared'" } */
  if (!p)
    return q;
  p[0] = 1;
  return __atomic_exchange_n (&shared, p, __ATOMIC_ACQ_REL);
}

typedef float v4 __attribute__ ((vector_size (16)));

float
vec (int n)
{
  v4 *p = malloc (32);		/* { dg-message "moved to stack \\(32 bytes\\)" } */
  if (!p)
    return 0;
#ifdef __OPTIMIZE__
  if ((__UINTPTR_TYPE__) p % 16)
    misaligned ();
#endif
  p[0] = (v4) { n, n, n, n };
  p[1] = p[0] + 1;
  float r = p[1][2];
  free (p);
  return r;
}
