/* r-realloc-parts.c -- realloc copies an object's bytes to the same
   offsets, so what was stored in it as pointers is read from the new
   object as pointers and what was stored as integers as integers: a
   counter updated in a grown array of structs does not make the strings
   the array points to "kept as an integer".  What the old object held,
   read back in either way it was stored, still escapes where it goes.  */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct word { char *text; int count; };

int
count_words (const char *a, int n)		/* { dg-message "a does not escape" } */
{
  struct word *arr = malloc (4 * sizeof *arr);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  char *s = malloc (16);			/* { dg-message "moved to stack \\(16 bytes\\)" } */
  strcpy (s, a);
  for (int i = 0; i < 4; i++)
    {
      arr[i].text = s;
      arr[i].count = 0;
    }
  arr = realloc (arr, 8 * sizeof *arr);		/* { dg-message "does not escape, stays on heap: allocated by 'realloc'" } */
  for (int i = 0; i < n; i++)
    arr[i & 3].count++;
  int r = arr[1].count + arr[2].text[0];
  free (s);
  free (arr);
  return r;
}

/* The pointer part goes on to the new object's pointer part.  */
char *
first_text (void)
{
  struct word *arr = malloc (2 * sizeof *arr);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  char *s = malloc (16);			/* { dg-message "escapes: returned from 'first_text'" } */
  arr[0].text = s;
  arr[0].count = 1;
  arr = realloc (arr, 4 * sizeof *arr);		/* { dg-message "does not escape, stays on heap: allocated by 'realloc'" } */
  char *t = arr[0].text;
  free (arr);
  return t;
}

/* An address kept as an integer of a pointer's width goes on with the
   integers.  */
uintptr_t saved;

void
save_address (void)
{
  uintptr_t *arr = malloc (2 * sizeof *arr);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  char *s = malloc (16);			/* { dg-message "escapes: stored to global 'saved'" } */
  arr[0] = (uintptr_t) s;
  arr = realloc (arr, 4 * sizeof *arr);		/* { dg-message "does not escape, stays on heap: allocated by 'realloc'" } */
  saved = arr[0];
  free (arr);
}

/* A pointer copied in as bytes may be read back either way.  */
char *kept;

void
keep_copied (void)
{
  struct word *arr = malloc (2 * sizeof *arr);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  char *s = malloc (16);			/* { dg-message "escapes: stored to global 'kept'" } */
  memcpy (&arr[0].text, &s, sizeof s);
  arr = realloc (arr, 4 * sizeof *arr);		/* { dg-message "does not escape, stays on heap: allocated by 'realloc'" } */
  kept = arr[0].text;
  free (arr);
}

/* The same through an integer of pointer width copied in as bytes.  */
void
keep_copied_address (void)
{
  char *arr = malloc (16);			/* { dg-message "moved to stack \\(16 bytes\\)" } */
  char *s = malloc (16);			/* { dg-message "escapes: stored to global 'saved'" } */
  memcpy (arr, &s, sizeof s);
  arr = realloc (arr, 32);			/* { dg-message "does not escape, stays on heap: allocated by 'realloc'" } */
  memcpy (&saved, arr, sizeof saved);
  free (arr);
}
