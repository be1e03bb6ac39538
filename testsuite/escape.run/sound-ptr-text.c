/* sound-ptr-text.c -- a pointer printed with %p and parsed back with
   sscanf's %p.

   Like Tcl's channel names, an object is known to the script level by a
   name that holds its address in text: "file0x55d0c0ffee10".  open_file
   registers the name in a global table of names, and later commands find
   the object again by parsing the name.  Nothing keeps the object but
   the text, so for an analysis that takes formatted output to carry no
   pointers it stays local to open_file; on the stack, every later
   command would read a dead frame.  */
/* { dg-do run } */
/* { dg-output "text log.txt 3 lines, data.bin 5 lines(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct file
{
  char path[32];
  int lines;
};

#define NAMES 8
static char names[NAMES][64];
static int nnames;

/* Makes a file object and returns the index of its name.  */
__attribute__ ((noinline)) static int
open_file (const char *path)
{
  struct file *f = malloc (sizeof *f);
  if (!f)
    abort ();
  snprintf (f->path, sizeof f->path, "%s", path);
  f->lines = 0;
  snprintf (names[nnames], sizeof names[nnames], "file%p", (void *) f);
  return nnames++;
}

static struct file *
lookup (const char *name)
{
  void *p;
  if (sscanf (name, "file%p", &p) != 1)
    abort ();
  return p;
}

/* Something else runs between the commands.  */
__attribute__ ((noinline)) static int
busy (int n)
{
  volatile char scratch[512];
  for (int i = 0; i < 512; i++)
    scratch[i] = (char) (i * n);
  return scratch[n % 512];
}

int
main (void)
{
  int log = open_file ("log.txt");
  int data = open_file ("data.bin");
  busy (1);
  for (int i = 0; i < 3; i++)
    lookup (names[log])->lines++;
  busy (2);
  for (int i = 0; i < 5; i++)
    lookup (names[data])->lines++;
  struct file *a = lookup (names[log]), *b = lookup (names[data]);
  printf ("text %s %d lines, %s %d lines\n", a->path, a->lines, b->path,
	  b->lines);
  free (a);
  free (b);
  return 0;
}
