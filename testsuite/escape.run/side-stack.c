/* side-stack.c -- with side-stack, objects that get no slot take a
   per-thread region off the stack while it has room, and the heap after
   (plugin/sidestack.cc).

   alloca-budget.c's program: a 512-byte buffer per level of a recursion
   20000 deep, more than the region holds, whose frees must tell region
   memory from heap memory; a tree walk with strdup'd and calloc'd
   objects; a longjmp out of the middle of a recursion; a signal handler
   that recurses while the recursion it interrupted holds objects on the
   side stack; three threads, each with a region of its own.  Every
   result is checked against the plain build's.  Coroutines are in
   escape.multi/sound-side-stack-coroutines.c: in a file that gives
   stacks (makecontext) every function that may run on one pushes
   nothing.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* escape-plugin-args: -fplugin-arg-escape-side-stack=65536 */
/* { dg-output "down 2536992 walk 17100 10 jump 33 signal 54592 threads 12681120 12681120 12681120(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile int depth = 20000;

/* Not a tail call: the buffer is used after the recursive call.  */
static unsigned long
down (int n)
{
  if (n == 0)
    return 0;
  unsigned char *buf = malloc (512);	/* { dg-message "moved to the side stack while the thread's region has room \\(512 bytes\\)" } */
  if (!buf)
    abort ();
  for (int k = 0; k < 512; k++)
    buf[k] = (unsigned char) (n + k);
  unsigned long r = down (n - 1);
  r += buf[n % 512];
  free (buf);
  return r;
}

struct node
{
  struct node *left, *right;
  char name[24];
};

static struct node *
build (int d, int v)
{
  if (d == 0)
    return NULL;
  struct node *n = malloc (sizeof *n);
  snprintf (n->name, sizeof n->name, "node-%d", v);
  n->left = build (d - 1, 2 * v);
  n->right = build (d - 1, 2 * v + 1);
  return n;
}

/* Sums name lengths and digit counts; the copies and counters are the
   objects under test.  */
static void
drop (struct node *n)
{
  if (n)
    {
      drop (n->left);
      drop (n->right);
      free (n);
    }
}

static long
walk (const struct node *n, int *longest)
{
  if (!n)
    return 0;
  char *copy = strdup (n->name);	/* { dg-message "moved to the side stack while the thread's region has room" } */
  long *count = calloc (10, sizeof (long));	/* { dg-message "moved to the side stack while the thread's region has room \\(80 bytes\\)" } */
  if (!copy || !count)
    abort ();
  for (char *c = copy; *c; c++)
    if (*c >= '0' && *c <= '9')
      count[*c - '0']++;
  long s = (long) strlen (copy) + walk (n->left, longest)
	   + walk (n->right, longest);
  for (int k = 0; k < 10; k++)
    s += count[k] * k;
  if ((int) strlen (copy) > *longest)
    *longest = (int) strlen (copy);
  free (count);
  free (copy);
  return s;
}

static jmp_buf out;

static unsigned long
dive (int n)
{
  unsigned char *buf = malloc (100);	/* { dg-message "moved to the side stack while the thread's region has room \\(100 bytes\\)" } */
  if (!buf)
    abort ();
  memset (buf, n, 100);
  if (n == 50)
    longjmp (out, 1);
  unsigned long r = buf[7] + (n < 100 ? dive (n + 1) : 0);
  free (buf);
  return r;
}

static volatile unsigned long in_handler, handled;

static void
on_signal (int sig)
{
  (void) sig;
  in_handler = down (300);
}

static unsigned long
interrupted (int n)
{
  if (n == 0)
    {
      /* A store between the call and the return: raise is no sibling
	 call, so the function keeps its side stack at -O2.  */
      raise (SIGUSR1);
      handled = in_handler;
      return handled;
    }
  unsigned char *buf = malloc (256);	/* { dg-message "moved to the side stack while the thread's region has room \\(256 bytes\\)" } */
  if (!buf)
    abort ();
  memset (buf, n, 256);
  unsigned long r = interrupted (n - 1) + buf[255];
  free (buf);
  return r;
}

static void *
thread (void *arg)
{
  unsigned long *result = arg;
  *result = 0;
  for (int i = 0; i < 20; i++)
    *result += down (5000) % 1000003;
  return NULL;
}

int
main (void)
{
  unsigned long d = down (depth);

  struct node *tree = build (14, 1);
  int longest = 0;
  long w = 0;
  for (int i = 0; i < 50; i++)
    w += walk (tree, &longest) % 1000;
  drop (tree);

  volatile unsigned long jumped = 0;
  if (!setjmp (out))
    jumped = dive (0);
  else
    jumped = 33;
  /* The side stack still works after the jump.  */
  if (down (1000) != down (1000))
    abort ();

  signal (SIGUSR1, on_signal);
  unsigned long sig = interrupted (200);

  pthread_t t[3];
  unsigned long r[3];
  for (int i = 0; i < 3; i++)
    if (pthread_create (&t[i], NULL, thread, &r[i]))
      return 1;
  for (int i = 0; i < 3; i++)
    pthread_join (t[i], NULL);

  printf ("down %lu walk %ld %d jump %lu signal %lu threads %lu %lu %lu\n",
	  d, w, longest, (unsigned long) jumped, sig, r[0], r[1], r[2]);
  return 0;
}
