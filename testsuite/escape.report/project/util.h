/* util.h -- part of the example project of report.exp: a header whose
   inline function allocates, so that one source line gets a site in
   every unit that uses it.  */
#ifndef UTIL_H
#define UTIL_H
#include <stdlib.h>
#include <string.h>

static inline char *
dup_string (const char *s)
{
  size_t n = strlen (s) + 1;
  char *d = malloc (n);
  if (d)
    memcpy (d, s, n);
  return d;
}

struct list { struct list *next; int value; };

struct list *list_push (struct list *head, int value);
int list_sum (const struct list *head);
void list_free (struct list *head);
int buf_count (const char *s, char c);
void take (void *p);
#endif
