/* r-libc.c -- what library calls do with their arguments.  The traps in
   the libc table keep the pointer (setvbuf, setbuf, strtok, on_exit);
   getline may realloc its buffer, so it cannot take a stack slot even
   though it does not escape; strtok_r keeps its state in the caller's
   variable; printf reads; qsort passes the array's elements to the
   comparator, so what happens to them is the comparator's summary; an
   external function with no body and no facts keeps everything.  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libgen.h>
#include <pthread.h>
#include <sys/stat.h>

extern void external (char *);
extern void use (void *);

void
to_external (void)
{
  external (malloc (16));		/* { dg-message "escapes: passed to unknown function 'external'" } */
}

void
stream_buffer (void)
{
  setvbuf (stdout, malloc (BUFSIZ), _IOFBF, BUFSIZ);	/* { dg-message "escapes: kept by 'setvbuf'" } */
}

void
stream_setbuf (void)
{
  setbuf (stdout, malloc (BUFSIZ));	/* { dg-message "escapes: kept by 'setbuf'" } */
}

/* strtok remembers s for the next strtok (NULL, ...).  */
int
tokens (void)
{
  char *s = malloc (32);		/* { dg-message "escapes: kept by 'strtok'" } */
  read (0, s, 31);
  s[31] = 0;
  return strtok (s, " ") != 0;
}

/* strtok_r's state is save, a local.  */
int
tokens_r (void)
{
  char *s = malloc (32);		/* { dg-message "moved to stack \\(32 bytes\\)" } */
  char *save;
  read (0, s, 31);
  s[31] = 0;
  int k = 0;
  for (char *t = strtok_r (s, " ", &save); t; t = strtok_r (0, " ", &save))
    k += write (1, t, 1);
  free (s);
  return k;
}

/* getline may free the buffer and allocate a bigger one.  */
ssize_t
lines (void)
{
  size_t n = 64;
  char *line = malloc (n);		/* { dg-message "does not escape, stays on heap: resized by " } */
  ssize_t r = getline (&line, &n, stdin);
  if (r > 0)
    write (1, line, r);
  free (line);
  return r;
}

/* on_exit registers its argument for the handler at exit.  */
static void
at_exit (int status, void *arg)		/* { dg-message "leaking param: arg" } */
{
  use (arg);
}

void
register_at_exit (void)
{
  on_exit (at_exit, malloc (16));	/* { dg-message "escapes: kept by 'on_exit'" } */
}

/* printf reads its variadic arguments and keeps none, but an address it
   prints (%p) may be read back into a pointer: that object escapes; the
   one printed with %s alone moves.  */
void
printed_text (void)
{
  char *p = malloc (16);		/* { dg-message "moved to stack \\(16 bytes\\)" } */
  read (0, p, 15);
  p[15] = 0;
  printf ("%s\n", p);
  free (p);
}

void
printed (void)
{
  char *p = malloc (16);		/* { dg-message "escapes: its address is printed by 'printf'" } */
  read (0, p, 15);
  p[15] = 0;
  printf ("%s at %p\n", p, (void *) p);
  free (p);
}

static int
cmp_int (const void *a, const void *b)	/* { dg-message "a does not escape" } */
/* { dg-message "b does not escape" "" { target *-*-* } 113 } */
{
  return *(const int *) a - *(const int *) b;
}

int
sorted (void)
{
  int *v = malloc (64 * sizeof (int));	/* { dg-message "moved to stack \\(256 bytes\\)" } */
  read (0, v, 64 * sizeof (int));
  qsort (v, 64, sizeof (int), cmp_int);
  int r = v[0];
  free (v);
  return r;
}

/* This comparator hands an element (an array slot's pointer) to unknown
   code: the array may stay, its elements may not.  */
static int
cmp_leak (const void *a, const void *b)	/* { dg-message "leaking param content: a" } */
/* { dg-message "b does not escape" "" { target *-*-* } 133 } */
{
  use (*(void *const *) a);
  return 0;
}

/* And unknown code (use) may call sorted_leaky again, which qsort would
   then enter once more: the array stays on the heap, since each level
   would carry a slot.  */
int
sorted_leaky (void)
{
  void **v = malloc (4 * sizeof (void *));	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  for (int i = 0; i < 4; i++)
    v[i] = malloc (8);				/* { dg-message "escapes: passed to 'qsort' \\(parameter 1 leaks\\)" } */
  qsort (v, 4, sizeof (void *), cmp_leak);
  free (v);
  return 0;
}


/* fopen is declared malloc-like (attribute malloc (fclose)), but what it
   returns is a stream only fclose releases: not an allocation site, no
   note, nothing to move.  */
int
first_byte (const char *path)		/* { dg-message "leaking param content: path" } */
{
  FILE *f = fopen (path, "r");		/* { dg-bogus "allocated by" } */
  if (!f)
    return -1;
  int c = fgetc (f);
  fclose (f);
  return c;
}

/* Files and directories: paths read, buffers filled, nothing kept.
   getcwd returns its buffer (or a new heap one for NULL), dirname a
   pointer into its argument (or a static "."): what the result reaches
   goes where the result goes.  */
int
cwd_length (void)
{
  char *buf = malloc (256);		/* { dg-message "moved to stack" } */
  if (!getcwd (buf, 256))
    return -1;
  int n = strlen (buf);
  free (buf);
  return n;
}

char *kept_cwd;

void
keep_cwd (void)
{
  char *buf = malloc (256);		/* { dg-message "escapes: stored to global 'kept_cwd'" } */
  kept_cwd = getcwd (buf, 256);
}

int
parent_exists (const char *path)	/* { dg-message "path does not escape" } */
{
  char *copy = malloc (256);		/* { dg-message "moved to stack" } */
  strncpy (copy, path, 255);
  copy[255] = 0;
  struct stat st;
  int r = stat (dirname (copy), &st);
  free (copy);
  return r;
}

int
temp_file (void)
{
  char *name = malloc (32);		/* { dg-message "moved to stack" } */
  strcpy (name, "/tmp/escapeXXXXXX");
  int fd = mkstemp (name);
  if (fd >= 0)
    unlink (name);
  free (name);
  return fd;
}

struct counter { pthread_mutex_t lock; long n; };

/* Locking a robust mutex puts it on the thread's robust list, where it
   stays while it is held (a context leaked with its lock held is still
   on the list): the library keeps it.  init cannot tell, the attribute
   may say robust.  */
long
count_to (long k)
{
  struct counter *c = malloc (sizeof *c);	/* { dg-message "escapes: kept by 'pthread_mutex_lock'" } */
  pthread_mutex_init (&c->lock, NULL);
  c->n = 0;
  for (long i = 0; i < k; i++)
    {
      pthread_mutex_lock (&c->lock);
      c->n++;
      pthread_mutex_unlock (&c->lock);
    }
  long n = c->n;
  pthread_mutex_destroy (&c->lock);
  free (c);
  return n;
}
