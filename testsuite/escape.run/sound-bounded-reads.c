/* sound-bounded-reads.c -- library calls that read up to a limit and may
   stop short of it, given a limit larger than the object: memchr (C17:
   it stops at the match), strncat's and stpncpy's source, strncmp and
   strnlen; on strdup results and on fixed-size objects.  GCC's builtin
   descriptions give the limit as the size read, and a read bigger than
   a stack variable cannot touch it as far as GCC is concerned.  Found
   by an adversarial hunt: moved to slots, the objects' contents were
   stores GCC deleted as dead (wrong output at -O1 to -Os and -flto).  */
/* { dg-do run } */
/* { dg-options "-Wno-stringop-overread -Wno-stringop-truncation" } */
/* { dg-output "2 / 2 / xhello / 5 hello / 0 / 5 / 3(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile int pick;

static inline long __attribute__ ((always_inline))
find_in_copy (const char *s)
{
  char *p = strdup (s);
  if (!p)
    abort ();
  char *c = memchr (p, 'l', 1000);
  long r = c ? c - p : -1;
  free (p);
  return r;
}

static long __attribute__ ((noinline))
find_in_either (void)
{
  char *a = malloc (16), *b = malloc (16);
  if (!a || !b)
    abort ();
  strcpy (a, "hello");
  strcpy (b, "world");
  char *p = pick ? b : a;
  char *c = memchr (p, 'l', 1000);
  long r = c ? c - p : -1;
  free (a);
  free (b);
  return r;
}

static inline void __attribute__ ((always_inline))
append_copy (const char *s, char *out)
{
  char *p = strdup (s);
  if (!p)
    abort ();
  strcpy (out, "x");
  strncat (out, p, 1000);
  free (p);
}

static inline long __attribute__ ((always_inline))
copy_copy (const char *s, char *out, size_t n)
{
  char *p = strdup (s);
  if (!p)
    abort ();
  char *e = stpncpy (out, p, n);
  free (p);
  return e - out;
}

static int __attribute__ ((noinline))
compare_copy (const char *s)
{
  char *p = malloc (8);
  if (!p)
    abort ();
  strcpy (p, s);
  int r = strncmp (p, "hello", 1000);
  free (p);
  return r;
}

static long __attribute__ ((noinline))
length_copy (const char *s)
{
  char *p = malloc (8);
  if (!p)
    abort ();
  strcpy (p, s);
  long r = (long) strnlen (p, 1000);
  free (p);
  return r;
}

/* A limit that is a constant only after GCC's loop passes, which come
   after the plugin's decisions (a second hunt).  */
static size_t
late_limit (void)
{
  size_t cap = 0;
  for (int i = 0; i < 8; i++)
    cap += 128;
  return cap;
}

static long __attribute__ ((noinline))
find_late (void)
{
  char *buf = malloc (32);
  if (!buf)
    abort ();
  strcpy (buf, "key=value");
  char *s = buf + pick;
  char *eq = memchr (s, '=', late_limit ());
  long r = eq ? eq - s : -1;
  free (buf);
  return r;
}

int
main (void)
{
  static char out[2000], buf[1000];
  const char *s = pick ? "world" : "hello";
  printf ("%ld / %ld / ", find_in_copy (s), find_in_either ());
  append_copy (s, out);
  long n = copy_copy (s, buf, sizeof buf);
  printf ("%s / %ld %s / %d / %ld / %ld\n", out, n, buf,
	  compare_copy ("hello"), length_copy ("hello"), find_late ());
  return 0;
}
