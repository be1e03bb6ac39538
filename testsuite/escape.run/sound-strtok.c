/* sound-strtok.c -- strtok (NULL, ...) returns a pointer into the
   buffer of the call that started the scan.

   An assembler's first pass reads a directive that defines labels,
   ".labels NAME:ADDRESS ...": strtok finds the directive, then each
   label with strtok (NULL, " ").  Each label gets a new symbol record,
   and to spare the second pass a lookup, the pass stores the record's
   address over the label's text in the line buffer (a label is at least
   a pointer long, and memcpy needs no alignment) and keeps the label's
   address.  The line buffer escapes through the first strtok call, which
   keeps it.  In a model where strtok (NULL, ...) returns a pointer to
   nothing, the store of a record into the buffer is lost: the records
   look local to the first pass, and on the stack the second pass would
   read a dead frame.  */
/* { dg-do run } */
/* { dg-output "strtok .labels: start_here=0 loop_top=4 loop_end=9 finish_it=12(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct symbol
{
  char name[16];
  int address;
};

#define LABELS 8
static char *bound[LABELS];
static int nbound;

/* Binds the labels of LINE; returns the directive.  */
__attribute__ ((noinline)) static const char *
first_pass (char *line)
{
  const char *directive = strtok (line, " ");
  char *tok;
  while ((tok = strtok (NULL, " ")) && nbound < LABELS)
    {
      char *colon = strchr (tok, ':');
      if (!colon || colon - tok < (long) sizeof (struct symbol *))
	abort ();
      *colon = '\0';
      struct symbol *s = malloc (sizeof *s);
      if (!s)
	abort ();
      snprintf (s->name, sizeof s->name, "%s", tok);
      s->address = atoi (colon + 1);
      memcpy (tok, &s, sizeof s);
      bound[nbound++] = tok;
    }
  return directive;
}

/* Something else runs between the passes.  */
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
  char *line = strdup (".labels start_here:0 loop_top:4 loop_end:9"
		       " finish_it:12");
  if (!line)
    abort ();
  const char *directive = first_pass (line);
  busy (1);
  printf ("strtok %s:", directive);
  for (int i = 0; i < nbound; i++)
    {
      struct symbol *s;
      memcpy (&s, bound[i], sizeof s);
      printf (" %s=%d", s->name, s->address);
      free (s);
    }
  printf ("\n");
  free (line);
  return 0;
}
