/* sent-words.h -- the harness of the run tests that send an object's
   address out of its function as an integer word (sound-ptr-mask-
   operands.c, sound-numbers-from-text.c, sound-ptr-bytes-shapes.c,
   sound-ptr-bytes-arrangements.c, sound-kept-numbers.c): TEXT makes
   the object, named
   by the text it holds, in the function that sends it; read_words turns
   each word back into a pointer after the stack was clobbered, prints
   the text and frees the object.  An object wrongly given a slot prints
   the clobber's pattern, or fails in free.  */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEXT(p, s)							\
  char *p = malloc (32);						\
  if (!p)								\
    abort ();								\
  strcpy (p, s)

static void
read_words (const uintptr_t *words, int n)
{
  for (int k = 0; k < n; k++)
    {
      char *p = (char *) words[k];
      printf ("%s%s", k ? " / " : "", p);
      free (p);
    }
  putchar ('\n');
}
