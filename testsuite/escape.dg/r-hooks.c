/* r-hooks.c -- library functions that call the program back once it
   registers code for them: streams of its own functions (fopencookie)
   make every stream function a call back into the unit, a destructor
   makes exit one, and a pthread_atfork handler makes fork one.  A function that calls them may recurse and
   keeps its objects on the heap; a buffer only read by fwrite's caller
   would otherwise move.  escape.run/sound-cookie-streams.c and
   escape.multi/sound-exit-destructor.c run both.  */
/* { dg-options "-fplugin-arg-escape-report -fstrict-aliasing" } */

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <unistd.h>

static ssize_t
count_write (void *cookie, const char *buf, size_t n) /* { dg-message "leaking param: cookie" } */
/* buf[0] is added into a size_t that fprintf prints.
   { dg-message "leaking param content: buf" "" { target *-*-* } 18 } */
{
  FILE *below = cookie;
  char *tmp = malloc (64);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  if (!tmp)
    return -1;
  snprintf (tmp, 64, "%zu", n);
  fprintf (below, "[%zu]", strlen (tmp) + (size_t) buf[0]);
  free (tmp);
  return (ssize_t) n;
}

FILE *
counting (FILE *below)		/* { dg-message "leaking param: below" } */
{
  cookie_io_functions_t io = { .write = count_write };
  return fopencookie (below, "w", io);
}

static int fatal_seen, summary_length;

__attribute__ ((destructor)) static void
at_end (void)
{
  char *msg = malloc (32);	/* { dg-message "moved to stack \\(32 bytes\\)" } */
  snprintf (msg, 32, "fatal=%d", fatal_seen);
  summary_length = (int) strlen (msg);
  free (msg);
}

void
check (const char *s)		/* { dg-message "s does not escape" } */
{
  char *copy = malloc (128);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  strncpy (copy, s, 127);
  copy[127] = 0;
  if (strchr (copy, '!'))
    {
      fatal_seen = 1;
      exit (1);
    }
  free (copy);
}

/* A prepare handler that starts the queued children, each of which forks
   and so runs the handler again (found by an adversarial hunt).  */
static int pending;
static long total;

static void
spawn (int tag)
{
  char *log = malloc (4000);	/* { dg-message "does not escape, stays on heap: in a function that may recurse" } */
  for (int i = 0; i < 4000; i++)
    log[i] = (char) tag;
  pid_t pid = fork ();
  if (pid == 0)
    _exit (0);
  total += (pid > 0) + log[3999];
  free (log);
}

static void
prepare (void)
{
  if (pending > 0)
    spawn (--pending);
}

long
spawn_all (int n)
{
  pending = n;
  pthread_atfork (prepare, NULL, NULL);
  spawn (1);
  return total;
}
