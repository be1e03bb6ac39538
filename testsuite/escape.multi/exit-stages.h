/* exit-stages.h -- the body of the sound-exit-* tests' second files: a
   pipeline of three stages, each with four 4096-byte buffers, whose last
   one exits on a bad record, and a summary with buffers of its own that
   exit runs on top of the stages' frames.  Each file that includes this
   says how the summary is registered: SUMMARY_ATTRIBUTES on its
   definition, REGISTER_SUMMARY () where the worker starts.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long records, errors;

#define FOUR_BUFFERS(a, b, c, d)					\
  char *a = malloc (4096), *b = malloc (4096), *c = malloc (4096),	\
       *d = malloc (4096);						\
  if (!a || !b || !c || !d)						\
    abort ()

#define FREE_FOUR(a, b, c, d) (free (a), free (b), free (c), free (d))

__attribute__ ((noinline)) static void
report_line (const char *key, long v)
{
  FOUR_BUFFERS (a, b, c, d);
  snprintf (a, 4096, "%s", key);
  snprintf (b, 4096, "%ld", v);
  snprintf (c, 4096, "%s %s", a, b);
  snprintf (d, 4096, "%s", c);
  fputs (d, stdout);
  FREE_FOUR (a, b, c, d);
}

SUMMARY_ATTRIBUTES static void
summary (void)
{
  FOUR_BUFFERS (a, b, c, d);
  snprintf (a, 4096, "records");
  snprintf (b, 4096, ", errors");
  snprintf (c, 4096, "summary: %s", a);
  snprintf (d, 4096, "%s", b);
  report_line (c, records);
  report_line (d, errors);
  fputs ("\n", stdout);
  FREE_FOUR (a, b, c, d);
}

__attribute__ ((noinline)) static int
check (const char *in, int k)
{
  if (strchr (in, '!'))
    {
      errors++;
      printf ("stage error at record %d\n", k);
      exit (0);
    }
  records++;
  return (int) strlen (in);
}

#define STAGE(name, next)						\
  __attribute__ ((noinline)) static int					\
  name (const char *in, int k)						\
  {									\
    FOUR_BUFFERS (a, b, c, d);						\
    snprintf (a, 4096, "%s", in);					\
    snprintf (b, 4096, "%s%d", a, k);					\
    snprintf (c, 4096, "[%s]", b);					\
    snprintf (d, 4096, "%s", c);					\
    int r = next;							\
    FREE_FOUR (a, b, c, d);						\
    return r;								\
  }

STAGE (stage3, check (d, k))
STAGE (stage2, stage3 (d, k))
STAGE (stage1, stage2 (d, k))

void *
worker (void *arg)
{
  const char *in = arg;
  long n = 0;
  REGISTER_SUMMARY ();
  for (int i = 0; i < 3; i++)
    n += stage1 (in, i);
  return (void *) n;
}
