/* r-suggest-attribute.c -- a function whose only side effects are the
   malloc and free of a scratch buffer is const or pure once the buffer
   is a slot, and -Wsuggest-attribute=const or =pure suggested so where
   the program's own build does not, an error under -Werror (hunt 38-b
   F2).  Where the unit asks for those warnings, the rewritten function
   keeps a side effect (an empty volatile asm): no warning, at any
   level.  */
/* { dg-options "-O2 -fplugin-arg-escape-report -Wsuggest-attribute=const -Wsuggest-attribute=pure" } */

#include <stdlib.h>
#include <string.h>

int
digit_sum (unsigned n)
{
  char *buf = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!buf)
    return -1;
  int len = 0;
  do
    {
      buf[len++] = (char) ('0' + n % 10);
      n /= 10;
    }
  while (n);
  int s = 0;
  for (int i = 0; i < len; i++)
    s += buf[i] - '0';
  free (buf);
  return s;
}

size_t
vowels (const char *text)	/* { dg-message "text does not escape" } */
{
  size_t n = strlen (text);
  char *copy = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  if (!copy)
    return 0;
  size_t k = n < 31 ? n : 31;
  memcpy (copy, text, k);
  copy[k] = 0;
  size_t v = 0;
  for (size_t i = 0; copy[i]; i++)
    v += strchr ("aeiou", copy[i]) != NULL;
  free (copy);
  return v;
}
