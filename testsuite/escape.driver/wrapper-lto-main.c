/* wrapper-lto-main.c -- calls wrapper-lto-alloc.c's allocation wrapper:
   under -flto the call takes a slot (driver.exp); per unit the wrapper
   is another file's code.  Exits 0.  */

#include <stdlib.h>

void *xmalloc (size_t);

int
main (int argc, char **argv)
{
  (void) argv;
  char *p = xmalloc (32);
  for (int i = 0; i < 32; i++)
    p[i] = (char) (i + argc);
  int r = p[argc];
  free (p);
  return r != 2;
}
