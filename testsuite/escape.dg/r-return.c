/* r-return.c -- returned pointers: the object outlives its function when
   its address leaves through the return value, an out-parameter, a
   struct returned by value, or a pointer derived from it (p + k,
   strchr (p, c), a cast, a round trip through an integer).  The same
   derivations kept inside the function do not make it escape.  read()
   and write() keep the buffers alive at -O2 without keeping them.  */
/* { dg-options "-fplugin-arg-escape-report" } */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <unistd.h>

struct pair { char *buf; int len; };

char *
ret_plain (size_t n)
{
  return malloc (n);			/* { dg-message "escapes: returned from 'ret_plain'" } */
}

/* The caller's *out outlives this call; out itself is not kept.  */
void
ret_out (char **out)			/* { dg-message "out does not escape" } */
{
  *out = malloc (16);			/* { dg-message "escapes: stored through parameter 'out'" } */
}

/* A struct returned by value carries the pointer out in a field.  */
struct pair
ret_struct (void)
{
  struct pair r;
  r.buf = malloc (32);			/* { dg-message "escapes: returned from 'ret_struct'" } */
  r.len = 32;
  return r;
}

/* An interior pointer keeps the whole object alive.  */
char *
ret_plus_k (void)
{
  char *p = malloc (64);		/* { dg-message "escapes: returned from 'ret_plus_k'" } */
  read (0, p, 64);
  return p + 8;
}

/* strchr's result points into its argument (libc table: 'R').  */
char *
ret_strchr (void)
{
  char *p = malloc (64);		/* { dg-message "escapes: returned from 'ret_strchr'" } */
  read (0, p, 63);
  p[63] = 0;
  return strchr (p, ':');
}

/* A cast changes the type, not the object.  */
long *
ret_cast (void)
{
  char *p = malloc (64);		/* { dg-message "escapes: returned from 'ret_cast'" } */
  return (long *) p;
}

/* An integer can carry the address out as well as a pointer can.  */
uintptr_t
ret_as_int (void)
{
  char *p = malloc (64);		/* { dg-message "escapes: returned from 'ret_as_int'" } */
  return (uintptr_t) p + 1;
}

/* A struct returned through an out-parameter.  */
void
ret_struct_out (struct pair *out)	/* { dg-message "out does not escape" } */
{
  struct pair r = { malloc (8), 8 };	/* { dg-message "escapes: stored through parameter 'out'" } */
  *out = r;
}

/* The same derivations, used only here: nothing leaves, so the buffer
   takes a stack slot.  */
int
local_strchr (void)
{
  char *p = malloc (64);		/* { dg-message "moved to stack \\(64 bytes\\)" } */
  read (0, p, 63);
  p[63] = 0;
  char *q = strchr (p, ':');
  int r = q ? write (1, q + 1, 4) : 0;
  free (p);
  return r;
}

int
local_int_round_trip (void)
{
  char *p = malloc (16);		/* { dg-message "moved to stack \\(16 bytes\\)" } */
  uintptr_t i = (uintptr_t) p;
  char *q = (char *) i;
  int n = read (0, q, 16);
  write (1, (long *) p + 1, 8);
  free (p);
  return n;
}

