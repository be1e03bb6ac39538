/* sound-libc-bytes.c -- a pointer's bytes that leave the program one by
   one and come back: sent by fputc after nine masks that keep the byte
   (the plugin followed eight), read back by fgetc (whose byte the table
   said carries nothing, where fread's may be any pointer's), or named
   as a directory that getcwd reads back (the table took its buffer for
   plain data).  Each time the object whose address went out moved, and
   the pointer read back dangled.  Found by an adversarial hunt.  */
/* { dg-do run } */
/* { dg-output "secret secret secret(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

volatile int ones = 0xff;
volatile size_t eight = sizeof (char *);
char **cell;			/* a heap cell, reachable from a global */

/* X's address out through fputc, each byte masked nine times.  */
__attribute__ ((noinline)) static void
masked_out (FILE *f)
{
  char *x = malloc (16);
  strcpy (x, "secret");
  char *holder = x;
  unsigned char *bp = (unsigned char *) &holder;
  int m0 = ones, m1 = ones, m2 = ones, m3 = ones, m4 = ones, m5 = ones,
      m6 = ones, m7 = ones, m8 = ones;
  for (int i = 0; i < (int) sizeof holder; i++)
    {
      int c = bp[i];
      c &= m0; c &= m1; c &= m2; c &= m3; c &= m4;
      c &= m5; c &= m6; c &= m7; c &= m8;
      fputc (c, f);
    }
}

/* CELL's address in through fgetc; Y stored through it.  */
__attribute__ ((noinline)) static void
bytes_in (FILE *f)
{
  char *y = malloc (16);
  strcpy (y, "secret");
  unsigned char b[sizeof (char **)];
  for (size_t i = 0; i < sizeof b; i++)
    b[i] = (unsigned char) fgetc (f);
  char **q;
  memcpy (&q, b, eight);	/* a call, not folded into a load */
  *q = y;
}

/* CELL's address in as the working directory's name.  */
__attribute__ ((noinline)) static void
directory_in (void)
{
  char *y = malloc (16);
  strcpy (y, "secret");
  char buf[512];
  if (!getcwd (buf, sizeof buf))
    exit (4);
  void *q = NULL;
  if (sscanf (strrchr (buf, '/') + 1, "%p", &q) != 1)
    exit (5);
  *(char **) q = y;
}

int
main (void)
{
  FILE *f = tmpfile ();
  if (!f)
    return 3;
  masked_out (f);
  rewind (f);
  unsigned char b[sizeof (char *)];
  for (size_t i = 0; i < sizeof b; i++)
    b[i] = (unsigned char) fgetc (f);
  char *q;
  memcpy (&q, b, sizeof q);
  printf ("%.6s ", q);
  free (q);

  cell = malloc (sizeof *cell);
  rewind (f);
  fwrite (&cell, sizeof cell, 1, f);
  rewind (f);
  bytes_in (f);
  printf ("%.6s ", *cell);
  free (*cell);

  char top[64] = "/tmp/escape-cwdXXXXXX", sub[128];
  if (!mkdtemp (top))
    return 6;
  snprintf (sub, sizeof sub, "%s/%p", top, (void *) cell);
  if (mkdir (sub, 0700) || chdir (sub))
    return 7;
  directory_in ();
  if (chdir ("/") || rmdir (sub) || rmdir (top))
    return 8;
  printf ("%.6s\n", *cell);
  free (*cell);
  free (cell);
  return 0;
}
