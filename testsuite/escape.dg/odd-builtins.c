/* odd-builtins.c -- GCC builtins and internal functions around
   allocations, with GCC's IR verifiers on (-fchecking): alloca, memory
   copies, hints (__builtin_expect, __builtin_assume_aligned,
   __builtin_unreachable), __builtin_clear_padding,
   __builtin_va_arg_pack, __builtin_apply, object-size queries, atomics
   (GCC's internal compare-exchange at -O2 included) and an internal
   function the bridge does not model (.ADD_OVERFLOW).  */
/* { dg-options "-fplugin-arg-escape-report -fchecking" } */
#include <alloca.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *gslot;
char *gcopy;
uintptr_t gint;
long gsum;

/* Reads: keeps allocations alive at -O2.  */
__attribute__ ((noinline)) int
peek (const char *p, int n)	/* { dg-message "p does not escape" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

int
alloca_holds_pointer (int n)
{
  char **tab = alloca (2 * sizeof *tab);
  char *al = __builtin_alloca_with_align (64, 256);
  tab[0] = malloc (16);		/* { dg-message "moved to stack \\(16 bytes\\)" } */
  memset (tab[0], n, 16);
  memcpy (al, tab[0], 16);
  memmove (al + 1, al, 15);
  int r = peek (al, 16) + peek (tab[0], 16);
  free (tab[0]);
  return r;
}

/* The pointer's bytes copied into a global.  */
void
memcpy_to_global (void)
{
  char *p = malloc (16);	/* { dg-message "escapes: stored to global 'gcopy'" } */
  memcpy (&gcopy, &p, sizeof p);
}

int
hints (int n)
{
  int *p = __builtin_assume_aligned (malloc (64), 16);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (__builtin_expect (p == NULL, 0))
    __builtin_unreachable ();
  for (int i = 0; i < 16; i++)
    p[i] = i + n;
  int *q = (int *) __builtin_expect ((long) (p + 1), 1);
  int r = peek ((char *) q, 8);
  free (p);
  return r;
}

struct pad { char c; long l; short s; };

int
clear_padding (void)
{
  struct pad *p = malloc (sizeof *p);	/* { dg-message "moved to stack \\(24 bytes\\)" } */
  memset (p, 0xff, sizeof *p);
  __builtin_clear_padding (p);
  int r = peek ((char *) p, sizeof *p);
  free (p);
  return r;
}

static inline __attribute__ ((always_inline, gnu_inline)) int
fmt (char *buf, const char *f, ...)
{
  return sprintf (buf, f, __builtin_va_arg_pack ());
}

int
va_arg_pack (int n)
{
  char *buf = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  int r = fmt (buf, "%d-%d", n, n + 1);
  r += peek (buf, r);
  free (buf);
  return r;
}

__attribute__ ((noinline)) void
keep (char *p)			/* { dg-message "leaking param: p" } */
{
  gslot = p;
}

/* Arguments move through __builtin_apply's block: not analysed.  */
void
forward (char *p)		/* { dg-message "leaking param: p" } */
{
  char *own = malloc (8);	/* { dg-message "escapes: not analysed: __builtin_apply_args" } */
  own[0] = peek (p, 1);
  gsum = peek (own, 1);
  free (own);
  __builtin_apply ((void (*) ()) keep, __builtin_apply_args (), 16);
}

int
applied (void)
{
  char *p = malloc (8);		/* { dg-message "escapes: passed to unknown function 'forward'" } */
  p[0] = 1;
  forward (p);
  return p[0];
}

size_t
object_size (size_t n)
{
  char *v = malloc (n);		/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_dynamic_object_size'" } */
  size_t s = __builtin_dynamic_object_size (v, 0) + peek (v, 1);
  free (v);
  char *f = malloc (n);		/* { dg-message "moved to stack when size <= 256" } */
  __builtin___memset_chk (f, 0, n, __builtin_dynamic_object_size (f, 0));
  s += peek (f, n);
  free (f);
  return s;
}

void
atomic_exchange (void)
{
  char *p = malloc (16);	/* { dg-message "escapes: stored to global 'gslot'" } */
  char *old = __atomic_exchange_n (&gslot, p, __ATOMIC_SEQ_CST);
  free (old);
}

/* At -O2 GCC rewrites this into its internal .ATOMIC_COMPARE_EXCHANGE,
   which is modelled like the builtin.  */
void
atomic_cas (void)
{
  char *p = malloc (16);	/* { dg-message "escapes: stored to global 'gslot'" } */
  char *expected = 0;
  if (!__atomic_compare_exchange_n (&gslot, &expected, p, 0,
				    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
    free (p);
}

void
sync_cas (void)
{
  char *p = malloc (16);	/* { dg-message "escapes: stored to global 'gslot'" } */
  if (!__sync_bool_compare_and_swap (&gslot, 0, p))
    free (p);
}

void
atomic_or_int (void)
{
  char *p = malloc (16);	/* { dg-message "escapes: stored to global 'gint'" } */
  __atomic_fetch_or (&gint, (uintptr_t) p, __ATOMIC_RELAXED);
}

int
atomic_local (void)
{
  char *p = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  char *slot;
  __atomic_store_n (&slot, p, __ATOMIC_SEQ_CST);
  char *q = __atomic_load_n (&slot, __ATOMIC_SEQ_CST);
  int r = peek (q, 16);
  free (p);
  return r;
}

/* __builtin_add_overflow is GCC's internal .ADD_OVERFLOW, which the
   bridge does not model: what it is given escapes.  */
long
overflow (void)
{
  char *p = malloc (16);	/* { dg-message "escapes: not analysed: internal function .ADD_OVERFLOW" } */
  long r;
  if (__builtin_add_overflow ((long) p, 1L, &r))
    r = 0;
  r = peek (p, 16) + (r != 0);
  free (p);
  return r;
}
