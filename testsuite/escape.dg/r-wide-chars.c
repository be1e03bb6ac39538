/* r-wide-chars.c -- the C library's functions of one character at a time
   (mbrtowc, wcrtomb, mbsinit, btowc, wctob, towlower, wctype, iswctype,
   MB_CUR_MAX's __ctype_get_mb_cur_max, mbrlen's __mbrlen) are in the
   library table: they call no code of the program and hold no slots.
   Unknown, each counted as code compiled elsewhere that may hold a whole
   max-stack-size of slots, so every function whose calls reach one kept
   its objects on the heap ("stack budget: max-stack-size=65536 bytes
   reached along a chain of calls"): gawk's regex matcher under -flto
   (regexec.c's re_search_stub, 294,553 of 2,168,078 allocations).  */
/* { dg-options "-O2 -fplugin-arg-escape-report" } */

#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

/* Counts the characters of S that are in CLASS, as a regex matcher
   walks its subject.  */
__attribute__ ((noinline)) static int
count_class (const char *s,	/* { dg-message "leaking param content: s" } */
	     size_t n,
	     const char *class)	/* { dg-message "class does not escape" } */
{
  mbstate_t st;
  memset (&st, 0, sizeof st);
  wctype_t t = wctype (class);
  int k = 0;
  while (n > 0 && mbsinit (&st))
    {
      wchar_t wc;
      size_t len = mbrtowc (&wc, s, n, &st);
      if (len == (size_t) -1 || len == (size_t) -2 || len == 0)
	break;
      k += iswctype (towlower ((wint_t) wc), t) != 0;
      s += len;
      n -= len;
    }
  return k + (int) MB_CUR_MAX + (int) mbrlen (s, n, NULL);
}

/* Writes the characters of WS back as multibyte text.  */
__attribute__ ((noinline)) static size_t
encode (char *out,		/* { dg-message "out does not escape" } */
	const wchar_t *ws,	/* { dg-message "ws does not escape" } */
	size_t n)
{
  mbstate_t st;
  memset (&st, 0, sizeof st);
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    k += wcrtomb (out + k, ws[i], &st);
  return k + (size_t) btowc ('a') + (size_t) wctob (L'b');
}

int
matches (const char *s,		/* { dg-message "leaking param content: s" } */
	 const char *class)	/* { dg-message "class does not escape" } */
{
  size_t n = strlen (s);
  char *copy = malloc (n + 1);	/* { dg-message "moved to stack when size <= 256" } */
  if (!copy)
    return -1;
  memcpy (copy, s, n + 1);
  int k = count_class (copy, n, class);
  free (copy);
  return k;
}

size_t
round_trip (const wchar_t *ws, size_t n)	/* { dg-message "ws does not escape" } */
{
  char *out = malloc (64);	/* { dg-message "moved to stack \\(64 bytes\\)" } */
  if (!out)
    return 0;
  size_t k = n <= 16 ? encode (out, ws, n) : 0;
  free (out);
  return k;
}
