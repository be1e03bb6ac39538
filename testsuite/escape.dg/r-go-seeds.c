/* r-go-seeds.c -- the seeds' Go examples in C.  max-object-size=32768 so
   that 8192 ints (32768 bytes) fit and 8193 do not, and a frame budget
   large enough for that array plus the guarded buffer.
     func NewUser() *User          -> returning struct user *
     fmt.Println(x)                -> an extern variadic function
     [8192]int / [8193]int / make([]int, n)
     func Increase() func() int    -> struct with fn pointer + env
     ch <- v                       -> a ring buffer struct
     []*T                          -> an array of pointers
     i.M()                         -> a call through a function pointer  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing -fplugin-arg-escape-max-object-size=32768 -fplugin-arg-escape-max-frame-size=65536" } */

#include <stdlib.h>
#include <unistd.h>

struct user { const char *name; int age; };

/* Go: "&User{...} escapes to heap", "leaking param: name".  */
__attribute__ ((noinline)) struct user *
new_user (const char *name, int age)	/* { dg-message "leaking param: name" } */
{
  struct user *u = malloc (sizeof *u);	/* { dg-message "escapes: returned from 'new_user'" } */
  u->name = name;
  u->age = age;
  return u;
}

/* Go: "x escapes to heap" because Println takes ...interface{}.  */
extern void println (const char *, ...);

void
print_it (void)
{
  int *x = malloc (sizeof (int));	/* { dg-message "escapes: passed to unknown function 'println'" } */
  *x = 1;
  println ("%p", x);
}

int
arrays (size_t n)
{
  int *a = malloc (8192 * sizeof (int));	/* { dg-message "moved to stack \\(32768 bytes\\)" } */
  int *b = malloc (8193 * sizeof (int));	/* { dg-message "does not escape, stays on heap: too large for stack: 32772 bytes > 32768" } */
  int *c = malloc (n * sizeof (int));		/* { dg-message "moved to stack when size <= 256" } */
  int r = read (0, a, 4) + read (0, b, 4) + read (0, c, 4);
  free (a);
  free (b);
  free (c);
  return r;
}

/* func Increase() func() int { n := 0; return func() int { n++; return n } }
   The increment reads and writes an int through c, which keeps no
   pointer anywhere.  */
struct counter { int n; };
struct incr { int (*fn) (struct counter *); struct counter *env; };

static int
bump (struct counter *c)		/* { dg-message "c does not escape" } */
{
  return ++c->n;
}

struct incr
increase (void)
{
  struct incr k = { bump, calloc (1, sizeof (struct counter)) };	/* { dg-message "escapes: returned from 'increase'" } */
  return k;
}

/* The same closure called right here: its counter does not escape.  */
int
increase_local (void)
{
  struct incr k = { bump, calloc (1, sizeof (struct counter)) };	/* { dg-message "moved to stack \\(4 bytes\\)" } */
  k.fn (k.env);
  int r = k.fn (k.env);
  free (k.env);
  return r;
}

/* ch <- v: a send on a local channel keeps v local; on a channel that
   outlives the function, v goes with it.  */
struct chan { void *buf[4]; unsigned len; };

int
chan_local (void)
{
  struct chan ch = { { 0 }, 0 };
  int *v = malloc (sizeof (int));	/* { dg-message "moved to stack \\(4 bytes\\)" } */
  read (0, v, sizeof *v);
  ch.buf[ch.len++] = v;
  int *w = ch.buf[0];
  int r = write (1, w, sizeof *w);
  free (v);
  return r;
}

struct chan *global_chan;

void
chan_global (void)
{
  global_chan->buf[0] = malloc (sizeof (int));	/* { dg-message "escapes: stored to memory that escapes" } */
}

/* []*int: a local slice of pointers, and one that is published.  */
int
slice_local (void)
{
  int **s = malloc (4 * sizeof (int *));	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  int *x = malloc (sizeof (int));		/* { dg-message "moved to stack \\(4 bytes\\)" } */
  read (0, x, sizeof *x);
  for (int i = 0; i < 4; i++)
    s[i] = x;
  int r = write (1, s[2], sizeof (int));
  free (x);
  free (s);
  return r;
}

int **global_slice;

void
slice_published (void)
{
  int **s = malloc (4 * sizeof (int *));	/* { dg-message "escapes: stored to global 'global_slice'" } */
  s[0] = malloc (sizeof (int));			/* { dg-message "escapes: stored in the allocation at line 127, which escapes" } */
  global_slice = s;
}

/* An interface value: a method table pointer.  With a known method the
   receiver stays; through an unknown table, it escapes (Go: golang/go#14699
   sends both to the heap).  */
struct iface { int (*m) (void *self); };

static __attribute__ ((noinline)) int
method (void *self)			/* { dg-message "leaking param content: self" } */
{
  return write (1, self, 4);
}

int
iface_known (void)
{
  struct iface i = { method };
  char *o = malloc (4);			/* { dg-message "moved to stack \\(4 bytes\\)" } */
  read (0, o, 4);
  int r = i.m (o);
  free (o);
  return r;
}

int
iface_unknown (struct iface *i)		/* { dg-message "leaking param content: i" } */
{
  char *o = malloc (4);			/* { dg-message "escapes: passed to an unknown function through a pointer" } */
  read (0, o, 4);
  int r = i->m (o);
  free (o);
  return r;
}

