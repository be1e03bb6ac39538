/* sound-lto-inline-describe.c -- the helper of sound-lto-inline.c: it
   formats a node's line in a heap buffer, and recurses nowhere.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node
{
  long value;
  const char *name;
  struct node *child;
};

static unsigned long digest;

/* Formats N's line and folds it into the digest.  */
void
describe (const struct node *n, int depth)
{
  size_t size = strlen (n->name) + 32;
  char *line = malloc (size);
  if (!line)
    abort ();
  int len = snprintf (line, size, "%*s%s = %ld", depth % 8, "", n->name,
		      n->value);
  for (int i = 0; i < len; i++)
    digest += (unsigned char) line[i] * (unsigned long) (i + 1);
  digest %= 100003;
  free (line);
}

unsigned long
describe_digest (void)
{
  return digest;
}
