/* sound-libc-printed.c -- an address printed with %p is text another
   part of the program may read back, so its object escapes; the plugin
   finds which argument %p prints by reading the format.  It lost count
   past argument 63 (one bit per argument), and at glibc's 'I' flag
   (locale digits), which it took for a conversion: "%I.*d" then never
   counted the '*', and %p was matched with the argument before its own.
   Either way the object moved, and the pointer read back with %p
   dangled (free aborted).  Found by an adversarial hunt.  */
/* { dg-do run } */
/* { dg-output "secret secret(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char text[64];

/* "%.0d" of 0 prints nothing: TEXT is just X's address, printed by
   the 65th argument.  */
__attribute__ ((noinline)) static void
far_argument (void)
{
  char *x = malloc (16);
  strcpy (x, "secret");
  sprintf (text, "%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d"
	   "%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d"
	   "%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d"
	   "%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d%.0d"
	   "%.0d%.0d%.0d%.0d%.0d%.0d%p",
	   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	   (void *) x);
}

/* Precision 0 of 0 prints nothing either.  */
__attribute__ ((noinline)) static void
locale_digits (void)
{
  char *x = malloc (16);
  strcpy (x, "secret");
  sprintf (text, "%I.*d%p", 0, 0, (void *) x);
}

static void
read_back (void)
{
  void *q = NULL;
  if (sscanf (text, "%p", &q) != 1)
    exit (2);
  printf ("%.6s", (char *) q);
  free (q);
}

int
main (void)
{
  far_argument ();
  read_back ();
  putchar (' ');
  locale_digits ();
  read_back ();
  putchar ('\n');
  return 0;
}
