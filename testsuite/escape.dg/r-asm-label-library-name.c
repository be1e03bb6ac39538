/* r-asm-label-library-name.c -- a function of the unit's own whose asm
   label is a C library function's name (`my_read (...) __asm__
   ("read")') defines that symbol: the program's calls of read, declared
   by <unistd.h>, run its body, not the library's.  The library's row for
   read, or GCC's facts about the builtin memcpy, say the buffer is not
   kept; the body keeps it.  With memcpy defined so, the copies GCC
   makes memcpy calls of (a strcpy of a constant) are the body's too.
   So is a symbol top level asm defines.  Found by an adversarial hunt (34-a F2):
   both buffers moved to the stack.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *kept;

char *
get_kept (void)
{
  return kept;
}

static ssize_t my_read (int, void *, size_t) __asm__ ("read");

__attribute__ ((noinline, used)) static ssize_t
my_read (int fd, void *b, size_t n)	/* { dg-message "leaking param: b" } */
{
  (void) fd;
  kept = b;
  memset (b, 'q', n);
  return (ssize_t) n;
}

int
read_into (int n)
{
  char *a = malloc (32);	/* { dg-message "escapes: passed to unknown function 'read'" } */
  if (!a)
    return -1;
  a[0] = 'h';
  a[1] = 0;
  return (int) read (0, a, n);
}

static void *my_memcpy (void *, const void *, size_t) __asm__ ("memcpy");

__attribute__ ((noinline, used)) static void *
my_memcpy (void *d,		/* { dg-message "leaking param: d" } */
	   const void *s, size_t n)	/* { dg-message "s does not escape" } */
{
  (void) s;
  (void) n;
  kept = d;
  return NULL;
}

int
copy_into (int n)
{
  char *a = malloc (32);	/* { dg-message "escapes: passed to unknown function 'memcpy'" } */
  if (!a)
    return -1;
  memcpy (a, "hello world", n);
  a[n] = 0;
  return a[0];
}

/* Top level asm that defines the symbol (hunt 34-c P1).  */
__attribute__ ((used)) static size_t
my_strlen (const char *s)	/* { dg-message "leaking param: s" } */
{
  kept = (char *) s;
  return 0;
}

__asm__ (".globl strlen\n.set strlen, my_strlen");

size_t
measure (void)
{
  char *a = malloc (32);	/* { dg-message "escapes: passed to unknown function 'strlen'" } */
  if (!a)
    return 0;
  a[0] = 0;
  return strlen (a);
}
