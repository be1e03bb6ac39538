/* r-calls-no-callback.c -- calls that run no code of the program: a
   target builtin left as a call (SSE2's movemask), stream positioning
   (fseek, ftell, rewind), directory reading (opendir, readdir,
   closedir) and condition variables (pthread_cond_signal).  A function
   that calls code which may call back may recurse, so its objects stay
   on the heap; these calls do not make it so, and each object moves.  */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */
#include <dirent.h>
#include <emmintrin.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
zero_bytes (const char *s)	/* { dg-message "s does not escape" } */
{
  char *b = malloc (16);	/* { dg-message "moved to stack \\(16 bytes\\)" } */
  if (!b)
    return -1;
  memcpy (b, s, 16);
  __m128i v = _mm_loadu_si128 ((const __m128i *) b);
  int m = _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, _mm_setzero_si128 ()));
  free (b);
  return __builtin_popcount (m);
}

long
file_size (FILE *f)	/* { dg-message "f does not escape" } */
{
  long *pos = malloc (sizeof *pos);	/* { dg-message "moved to stack \\(8 bytes\\)" } */
  if (!pos)
    return -1;
  *pos = fseek (f, 0, SEEK_END) == 0 ? ftell (f) : -1;
  rewind (f);
  long r = *pos;
  free (pos);
  return r;
}

int
count_entries (const char *path)	/* { dg-message "leaking param content: path" } */
{
  int *n = malloc (sizeof *n);	/* { dg-message "moved to stack \\(4 bytes\\)" } */
  if (!n)
    return -1;
  *n = 0;
  DIR *d = opendir (path);
  if (d)
    {
      while (readdir (d))
	++*n;
      closedir (d);
    }
  int r = *n;
  free (n);
  return r;
}

int
wake (pthread_cond_t *c, int k)	/* { dg-message "c does not escape" } */
{
  int *v = malloc (sizeof *v);	/* { dg-message "moved to stack \\(4 bytes\\)" } */
  if (!v)
    return -1;
  *v = k;
  pthread_cond_signal (c);
  int r = *v;
  free (v);
  return r;
}
