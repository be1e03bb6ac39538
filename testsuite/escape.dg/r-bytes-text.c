/* r-bytes-text.c -- characters in a hash's arithmetic are text: hashing
   a structure's name, with the shifts and adds of djb2 and sdbm or the
   xor and multiply of FNV, leaves the pointers the structure holds
   alone, while a word assembled from bytes carries them
   (escape.run/sound-ptr-bytes-*.c).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct node
{
  char name[16];
  struct node *next;
};

unsigned long
djb2 (const char *s)		/* { dg-message "s does not escape" } */
{
  unsigned long h = 5381;
  int c;
  while ((c = *s++))
    h = ((h << 5) + h) + c;
  return h;
}

unsigned long
fnv (const unsigned char *s, size_t n)	/* { dg-message "s does not escape" } */
{
  unsigned long h = 1469598103934665603UL;
  for (size_t i = 0; i < n; i++)
    {
      h ^= s[i];
      h *= 1099511628211UL;
    }
  return h;
}

unsigned long
sdbm (const char *s)		/* { dg-message "s does not escape" } */
{
  unsigned long h = 0;
  int c;
  while ((c = *s++))
    h = c + (h << 6) + (h << 16) - h;
  return h;
}

uintptr_t
word (const unsigned char *b)	/* { dg-message "leaking param: b to result ~r0 level=1" } */
{
  uintptr_t v = 0;
  for (unsigned i = 0; i < sizeof v; i++)
    v = v << 8 | b[i];
  return v;
}

struct node *table[64];

void
insert (struct node *n)		/* { dg-message "n does not escape" } */
{
  table[djb2 (n->name) % 64] = 0;
  table[fnv ((void *) n->name, sizeof n->name) % 64] = 0;
  table[sdbm (n->name) % 64] = 0;
}

int
use (void)
{
  struct node *n = malloc (sizeof *n);	/* { dg-message "moved to stack \\(24 bytes\\)" } */
  strcpy (n->name, "x");
  n->next = malloc (sizeof *n);	/* { dg-message "moved to stack \\(24 bytes\\)" } */
  insert (n);
  free (n->next);
  free (n);
  return 0;
}
