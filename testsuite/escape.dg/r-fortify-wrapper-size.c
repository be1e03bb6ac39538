/* r-fortify-wrapper-size.c -- under _FORTIFY_SOURCE=2 (a distribution's
   default) glibc's wrappers of read, fgets, fread, recv ... ask for the
   buffer's size and compare it with the count, to call the function
   unchecked when the count fits, or its __X_chk form, which aborts when
   the count passes the size: the size only checks the call, and a slot
   (never smaller than its object) checks no less.  Before, every buffer
   of a size known at run time, and every fgets line, stayed on the heap,
   "its size is read by '__builtin_object_size'".  A size the program
   reads itself, gives the wrapper as the count, or that a function of
   its own named like a wrapper compares (r-fortify-wrapper-own.c too),
   still keeps the heap.  */
/* { dg-do compile } */
/* { dg-options "-O2 -D_FORTIFY_SOURCE=2 -fplugin-arg-escape-report" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

long
count_bytes (FILE *f)		/* { dg-message "f does not escape" } */
{
  char *line = malloc (200);	/* { dg-message "moved to stack \\(200 bytes\\)" } */
  long n = 0;
  if (!line)
    return -1;
  while (fgets (line, 200, f))
    n += strlen (line);
  free (line);
  return n;
}

long
sum_read (int fd, size_t size)
{
  char *b = malloc (size);	/* { dg-message "moved to stack when size <= 256" } */
  long n = 0, k;
  if (!b)
    return -1;
  while ((k = read (fd, b, size)) > 0)
    n += k + b[0];
  free (b);
  return n;
}

long
first_item (FILE *f, size_t size)	/* { dg-message "f does not escape" } */
{
  char *b = malloc (size);	/* { dg-message "moved to stack when size <= 256" } */
  if (!b)
    return -1;
  long r = fread (b, 1, size, f) ? b[0] : -1;
  free (b);
  return r;
}

long
first_received (int fd, size_t size)
{
  char *b = malloc (size);	/* { dg-message "moved to stack when size <= 256" } */
  if (!b)
    return -1;
  long r = recv (fd, b, size, 0) > 0 ? b[0] : -1;
  free (b);
  return r;
}

/* The program's own question, which value numbering answers with the
   wrapper's: the answer is printed.  */
long
printed (int fd, size_t size)
{
  char *b = malloc (size);	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_object_size'" } */
  if (!b)
    return -1;
  long r = read (fd, b, size) > 0 ? b[0] : -1;
  printf ("%zu\n", __builtin_object_size (b, 0));
  free (b);
  return r;
}

/* ... or tested.  */
long
tested (int fd, size_t size, size_t n)
{
  char *b = malloc (size);	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_object_size'" } */
  if (!b)
    return -1;
  long r = read (fd, b, n) > 0 ? b[0] : -1;
  if (n <= __builtin_object_size (b, 0))
    r++;
  free (b);
  return r;
}

/* The size given to the wrapper as the count, or in the buffer's
   address: it is what the call reads, or where it writes (hunt 34-c).  */
long
count_is_size (int fd, size_t size)
{
  char *b = malloc (size);	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_dynamic_object_size'" } */
  if (!b)
    return -1;
  long r = read (fd, b, __builtin_dynamic_object_size (b, 0)) > 0 ? b[0] : -1;
  free (b);
  return r;
}

long
into_middle (int fd, size_t size)
{
  char *b = malloc (size);	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_dynamic_object_size'" } */
  if (!b)
    return -1;
  long r = (read (fd, b + __builtin_dynamic_object_size (b, 0) / 2, 1) > 0
	    ? b[0] : -1);
  free (b);
  return r;
}

/* A function of the program's own with a wrapper's name and attributes,
   not the C library's: what it does with the size is its business.  */
static inline __attribute__ ((always_inline, gnu_inline, artificial)) char *
fgets_unlocked (char *s, int n, FILE *f)
{
  if (__builtin_object_size (s, 1) < 100)
    puts ("small");
  return fgets (s, n, f);
}

long
own_wrapper (FILE *f)		/* { dg-message "f does not escape" } */
{
  char *line = malloc (200);	/* { dg-message "does not escape, stays on heap: its size is read by '__builtin_object_size'" } */
  if (!line)
    return -1;
  long r = fgets_unlocked (line, 200, f) ? line[0] : -1;
  free (line);
  return r;
}
