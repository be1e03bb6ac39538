/* r-libc-paths.c -- a path given to the file system names a file or a
   directory that getcwd or readdir read back later: bytes written out,
   like write's.  An object whose address is among a path's bytes
   escapes ("sent out"); a path of plain text costs nothing.  Found by an
   adversarial hunt: a pointer's bytes in a directory name made by mkdir
   and chdir, read back with getcwd, pointed into a dead frame.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Each takes a name holding the address of x.  */
void
by_mkdir (void)
{
  int *x = malloc (sizeof *x);	/* { dg-message "escapes: sent out by 'mkdir'" } */
  char name[32] = "d";
  memcpy (name + 1, &x, sizeof x);
  mkdir (name, 0700);
  free (x);
}

void
by_chdir (void)
{
  int *x = malloc (sizeof *x);	/* { dg-message "escapes: sent out by 'chdir'" } */
  char name[32] = "d";
  memcpy (name + 1, &x, sizeof x);
  chdir (name);
  free (x);
}

void
by_rename (void)
{
  int *x = malloc (sizeof *x);	/* { dg-message "escapes: sent out by 'rename'" } */
  char name[32] = "d";
  memcpy (name + 1, &x, sizeof x);
  rename ("old", name);
  free (x);
}

void
by_open (void)
{
  int *x = malloc (sizeof *x);	/* { dg-message "escapes: sent out by 'open'" } */
  char name[32] = "d";
  memcpy (name + 1, &x, sizeof x);
  close (open (name, O_CREAT | O_WRONLY, 0600));
  free (x);
}

void
by_fopen (void)
{
  int *x = malloc (sizeof *x);	/* { dg-message "escapes: sent out by 'fopen'" } */
  char name[32] = "d";
  memcpy (name + 1, &x, sizeof x);
  fclose (fopen (name, "w"));
  free (x);
}

void
by_mkstemp (void)
{
  int *x = malloc (sizeof *x);	/* { dg-message "escapes: sent out by 'mkstemp'" } */
  char name[32] = "d";
  memcpy (name + 1, &x, sizeof x);
  close (mkstemp (name));
  free (x);
}

/* Text paths: the object they live in is moved.  */
int
plain (const char *dir)		/* { dg-message "leaking param content: dir" } */
{
  char *path = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  snprintf (path, 64, "%s/x", dir);
  int r = mkdir (path, 0700) || chdir (path);
  free (path);
  return r;
}

/* Reading, in either mode: the path names no file anew, but the open
   descriptor keeps it (/proc/self/fd gives it back): its bytes leave,
   the buffer does not.  */
int
first_byte (const char *path, int binary)	/* { dg-message "leaking param content: path" } */
{
  FILE *f = fopen (path, binary ? "rb" : "r");
  if (!f)
    return -1;
  int c = fgetc (f);
  fclose (f);
  return c;
}
