/* sound-strdup-fails.c -- strdup and strndup that fail: a string longer
   than the guarded slot, with the address space limited so that malloc
   fails.  The rewrite makes strdup a malloc and a copy; the copy went
   into the null pointer (SIGSEGV at every level), and memcpy's nonnull
   let GCC delete the program's own test of the result.  Found by an
   adversarial hunt.  */
/* { dg-do run } */
/* { dg-output "small 93 / big -1 / nbig -1(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>

#ifdef __SANITIZE_ADDRESS__
/* ASan's heap cannot live under RLIMIT_AS; its own limit fails the
   copies instead.  */
const char *
__asan_default_options (void)
{
  return "allocator_may_return_null=1:max_allocation_size_mb=32";
}
#endif

static int __attribute__ ((noinline))
dup_length (const char *s)
{
  char *d = strdup (s);
  if (!d)
    return -1;
  d[0] = 'X';
  int r = (int) strlen (d) + d[0];
  free (d);
  return r;
}

static int __attribute__ ((noinline))
ndup_length (const char *s, size_t n)
{
  char *d = strndup (s, n);
  if (!d)
    return -1;
  int r = (int) strlen (d);
  free (d);
  return r;
}

/* The address space in use, in KiB.  */
static long
vm_kib (void)
{
  FILE *f = fopen ("/proc/self/status", "r");
  char line[256];
  long kib = -1;
  if (!f)
    return -1;
  while (fgets (line, sizeof line, f))
    if (!strncmp (line, "VmSize:", 7))
      kib = strtol (line + 7, NULL, 10);
  fclose (f);
  return kib;
}

int
main (void)
{
  size_t n = (size_t) 64 << 20;
  char *big = mmap (NULL, n + 1, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (big == MAP_FAILED)
    return 2;
  memset (big, 'a', n);
  big[n] = 0;
  long kib = vm_kib ();
  if (kib < 0)
    return 3;
#ifndef __SANITIZE_ADDRESS__
  /* 16 MiB more than now: the copies of 64 MiB cannot be made.  */
  struct rlimit limit;
  limit.rlim_cur = limit.rlim_max = (rlim_t) kib * 1024 + ((rlim_t) 16 << 20);
  if (setrlimit (RLIMIT_AS, &limit))
    return 4;
#endif
  printf ("small %d / ", dup_length ("hello"));
  printf ("big %d / ", dup_length (big));
  printf ("nbig %d\n", ndup_length (big, n));
  munmap (big, n + 1);
  return 0;
}
