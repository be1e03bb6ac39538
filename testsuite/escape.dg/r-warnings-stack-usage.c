/* r-warnings-stack-usage.c -- a build that warns about stack use
   (-Wstack-usage=N) gets no slots: a slot would make the warning,
   an error under -Werror, where the malloc'd buffer made none, and a
   frame's size is known only once its function is compiled.  Found by
   an adversarial hunt.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wstack-usage=2048 -Werror -fplugin-arg-escape-report" } */

#include <stdio.h>
#include <stdlib.h>

long
checksum_file (const char *path)	/* { dg-message "leaking param content: path" } */
{
  unsigned char *buf = malloc (4096);	/* { dg-message "does not escape, stays on heap: frame budget: none, since the build warns about frame sizes" } */
  char *small = malloc (16);	/* { dg-message "does not escape, stays on heap: frame budget: none, since the build warns about frame sizes" } */
  FILE *f = fopen (path, "rb");
  long sum = 0;
  size_t n;
  if (!buf || !small || !f)
    {
      free (buf);
      free (small);
      if (f)
	fclose (f);
      return -1;
    }
  while ((n = fread (buf, 1, 4096, f)) > 0)
    for (size_t i = 0; i < n; i++)
      sum += buf[i] + small[i % 16];
  fclose (f);
  free (buf);
  free (small);
  return sum;
}
