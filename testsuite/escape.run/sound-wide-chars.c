/* sound-wide-chars.c -- the library table's rows for functions of one
   character at a time must follow what a character carries.  mbrtowc
   reads text that may hold a pointer's bytes, and with a null state the
   library keeps what it has not converted: its text is bytes out (a row
   that only read it let the object move, and the pointer rebuilt from
   the characters dangled).  btowc, wctob, towlower and towupper give
   their argument back for a 7-bit code, and wcrtomb writes it as a byte:
   their rows keep the argument, though an int holding a pointer's bits
   already keeps the object on the heap (an integer narrower than a
   pointer).  Each function rebuilds a pointer to a malloc'd object, 6
   bits at a time, into a global, where an object that moved would
   dangle after its function returned.  */
/* { dg-do run } */
/* { dg-output "secret secret secret secret secret secret secret(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#define CHUNKS ((sizeof (uintptr_t) * 8 + 5) / 6)

char *rebuilt[7];

/* The I-th 6-bit piece of P, as a 7-bit code no case mapping changes.  */
#define piece(p, i) ((int) (((uintptr_t) (p) >> (6 * (i))) & 63))

/* A new object, in the function that uses it: each at a line of its
   own, so that the notes tell them apart.  */
#define FRESH(obj)							\
  char *obj = malloc (16);						\
  if (!obj)								\
    abort ();								\
  strcpy (obj, "secret")

/* Each function of the table on its own, so that each row is tested.  */
#define BY_CODE(name, k, call)						\
  __attribute__ ((noinline)) static void				\
  name (void)								\
  {									\
    FRESH (obj);							\
    uintptr_t v = 0;							\
    for (int i = CHUNKS - 1; i >= 0; i--)				\
      {									\
	int c = piece (obj, (unsigned) i);				\
	v = (v << 6) | ((uintptr_t) (call) & 63);			\
      }									\
    rebuilt[k] = (char *) v;						\
  }
BY_CODE (by_btowc, 0, btowc (c))
BY_CODE (by_wctob, 1, wctob ((wint_t) c))
BY_CODE (by_towlower, 2, towlower ((wint_t) c))
BY_CODE (by_towupper, 3, towupper ((wint_t) c))

/* Written as text by wcrtomb, read back as bytes: the character is a
   wchar_t, narrower than a pointer, which the analysis does not follow
   (the object escapes before the call).  */
__attribute__ ((noinline)) static void
by_wcrtomb (void)
{
  FRESH (obj);
  char text[CHUNKS];
  mbstate_t st;
  memset (&st, 0, sizeof st);
  for (unsigned i = 0; i < CHUNKS; i++)
    wcrtomb (text + i, (wchar_t) piece (obj, i), &st);
  uintptr_t v = 0;
  for (int i = CHUNKS - 1; i >= 0; i--)
    v = (v << 6) | ((uintptr_t) text[i] & 63);
  rebuilt[4] = (char *) v;
}

/* Written as bytes, read back by mbrtowc with the library's state.  */
__attribute__ ((noinline)) static void
by_mbrtowc (void)
{
  FRESH (obj);
  char text[CHUNKS];
  for (unsigned i = 0; i < CHUNKS; i++)
    text[i] = (char) piece (obj, i);
  uintptr_t v = 0;
  for (int i = CHUNKS - 1; i >= 0; i--)
    {
      wchar_t wc = 0;
      mbrtowc (&wc, text + i, 1, NULL);
      v = (v << 6) | ((uintptr_t) wc & 63);
    }
  rebuilt[5] = (char *) v;
}

/* Put as bytes of a character begun into a UTF-8 conversion state the
   program gives (glibc's layout), read back from the character mbrtowc
   finishes: the state is a source too (hunt 38-d).  Without glibc or
   the locale (UTF8 false) the answer is given.  */
__attribute__ ((noinline)) static void
by_state (int utf8)
{
#ifdef __GLIBC__
  if (utf8)
    {
      FRESH (obj);
      unsigned char *b = (unsigned char *) &obj;
      unsigned char out[sizeof obj];
      for (unsigned i = 0; i < sizeof obj; i++)
	{
	  mbstate_t st;
	  memset (&st, 0, sizeof st);
	  st.__count = (4 << 8) | 3;	/* 3 of a 4-byte character seen */
	  unsigned char *w = (unsigned char *) &st.__value;
	  w[1] = b[i];
	  w[2] = 0x04;
	  wchar_t wc = 0;
	  size_t r = mbrtowc (&wc, "\x80", 1, &st);
	  if (r == (size_t) -1 || r == (size_t) -2)
	    abort ();
	  out[i] = (unsigned char) (wc >> 8);
	}
      memcpy (&rebuilt[6], out, sizeof rebuilt[6]);
    }
  else
#endif
    rebuilt[6] = (char *) "secret";
}

__attribute__ ((noinline)) static void
clobber (void)
{
  volatile char b[1024];
  for (int i = 0; i < 1024; i++)
    b[i] = 'Z';
}

int
main (void)
{
  by_btowc ();
  clobber ();
  by_wctob ();
  clobber ();
  by_towlower ();
  clobber ();
  by_towupper ();
  clobber ();
  by_wcrtomb ();
  clobber ();
  by_mbrtowc ();
  clobber ();
  by_state (setlocale (LC_ALL, "C.UTF-8") != NULL);
  setlocale (LC_ALL, "C");
  clobber ();
  printf ("%.6s %.6s %.6s %.6s %.6s %.6s %.6s\n", rebuilt[0], rebuilt[1],
	  rebuilt[2], rebuilt[3], rebuilt[4], rebuilt[5], rebuilt[6]);
  return 0;
}
