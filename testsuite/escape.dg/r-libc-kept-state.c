/* r-libc-kept-state.c -- arguments the C library keeps or gives back,
   which an adversarial hunt sent a pointer's bytes through: a file
   whose mode or times change (chmod, chown, utimensat: readdir and stat
   find which one, so the path's bytes leave), getdelim's delimiter (the
   count tells where it was), pread's offset (the count near the end of
   the file), a stream's locking mode (__fsetlocking's query gives it
   back).  Each object escapes.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

long got;

void
by_chmod (void)
{
  char path[16];
  char *x = malloc (16);	/* { dg-message "escapes: sent out by 'chmod'" } */
  memcpy (path, &x, sizeof x);
  path[sizeof x] = 0;
  chmod (path, 0700);
  free (x);
}

void
by_chown (void)
{
  char path[16];
  char *x = malloc (16);	/* { dg-message "escapes: sent out by 'chown'" } */
  memcpy (path, &x, sizeof x);
  path[sizeof x] = 0;
  chown (path, 0, 0);
  free (x);
}

void
by_utimensat (void)
{
  char path[16];
  char *x = malloc (16);	/* { dg-message "escapes: sent out by 'utimensat'" } */
  memcpy (path, &x, sizeof x);
  path[sizeof x] = 0;
  utimensat (AT_FDCWD, path, NULL, 0);
  free (x);
}

void
by_getdelim (FILE *f)		/* { dg-message "f does not escape" } */
{
  char *x = malloc (16);	/* { dg-message "escapes: kept by 'getdelim'" } */
  char *line = NULL;
  size_t cap = 0;
  got = getdelim (&line, &cap, (unsigned char) (uintptr_t) x, f);
  free (line);
  free (x);
}

void
by_pread (int fd)
{
  char buf[256];
  char *x = malloc (16);	/* { dg-message "escapes: kept by 'pread'" } */
  got = pread (fd, buf, sizeof buf, (unsigned char) (uintptr_t) x);
  free (x);
}

void
by_fsetlocking (FILE *f)	/* { dg-message "f does not escape" } */
{
  char *x = malloc (16);	/* { dg-message "escapes: kept by '__fsetlocking'" } */
  got = __fsetlocking (f, (unsigned char) (uintptr_t) x);
  free (x);
}
