/* sound-hunt-printf-int.c -- an address written as an integer (PRIxPTR)
   into a handle string and parsed back: the object escapes.
   Found by an adversarial hunt (a program written outside the tests);
   it failed with the plugin before this round.  */
/* { dg-do run } */
/* { dg-output "widget .ok. size 42(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct widget { char name[16]; int size; };

static char last_handle[32];            /* the handle text is all that survives */

__attribute__((noinline)) void create_widget(const char *name, int size)
{
  struct widget *w = malloc(sizeof *w); /* plugin: "moved to stack (32 bytes)" */
  strcpy(w->name, name);
  w->size = size;
  snprintf(last_handle, sizeof last_handle, "w%" PRIxPTR, (uintptr_t)w);
}

__attribute__((noinline)) struct widget *lookup(const char *h)
{
  return (struct widget *)(uintptr_t)strtoull(h + 1, NULL, 16);
}

__attribute__((noinline)) void scribble(void)
{
  volatile char junk[4096];
  for (int i = 0; i < 4096; i++) junk[i] = 'X';
}

int main(void)
{
  create_widget("ok", 42);
  scribble();
  struct widget *w = lookup(last_handle);
  printf("widget '%s' size %d\n", w->name, w->size);
  free(w);
  return 0;
}
