/* sound-stack-thread.c -- a worker thread created with a small stack.

   A server that runs many connections, each on its own thread, sets
   their stacks to 32 KiB with pthread_attr_setstacksize.  A request is
   parsed into four 4 KiB field buffers, and the reply formatted into
   four more by a helper: without the plugin they are on the heap and
   the thread needs a few KiB of stack; as stack slots (each function
   within max-frame-size) they take 32 KiB and more, and the thread runs
   off its stack into the guard page.  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
/* { dg-output "thread 200 OK /index.html \\(text/html, 11 bytes\\)(\n|\r\n|\r)thread 404 Not Found /missing \\(text/plain, 9 bytes\\)(\n|\r\n|\r)" } */
/* escape-heap-allocs: any */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIELD 4096

struct connection
{
  const char *request;
  char reply[128];
};

/* The reply line for PATH.  */
__attribute__ ((noinline)) static void
reply (const char *method, const char *path, char *out, size_t size)
{
  char *status = malloc (FIELD), *type = malloc (FIELD);
  char *length = malloc (FIELD), *line = malloc (FIELD);
  if (!status || !type || !length || !line)
    abort ();
  int found = !strcmp (method, "GET") && !strcmp (path, "/index.html");
  snprintf (status, FIELD, "%s", found ? "200 OK" : "404 Not Found");
  snprintf (type, FIELD, "%s", found ? "text/html" : "text/plain");
  snprintf (length, FIELD, "%zu bytes", found ? strlen ("<p>hi</p>\r\n")
	    : strlen ("not found"));
  snprintf (line, FIELD, "%s %s (%s, %s)", status, path, type, length);
  snprintf (out, size, "%s", line);
  free (status);
  free (type);
  free (length);
  free (line);
}

/* Splits "METHOD PATH VERSION\r\nHost: HOST" and replies.  */
__attribute__ ((noinline)) static void
serve (struct connection *c)
{
  char *method = malloc (FIELD), *path = malloc (FIELD);
  char *version = malloc (FIELD), *host = malloc (FIELD);
  if (!method || !path || !version || !host)
    abort ();
  if (sscanf (c->request, "%4095s %4095s %4095s Host: %4095s", method, path,
	      version, host) != 4)
    abort ();
  reply (method, path, c->reply, sizeof c->reply);
  free (method);
  free (path);
  free (version);
  free (host);
}

static void *
connection_main (void *arg)
{
  serve (arg);
  return NULL;
}

int
main (void)
{
  static struct connection c[2] = {
    { "GET /index.html HTTP/1.1\r\nHost: example.org", "" },
    { "GET /missing HTTP/1.1\r\nHost: example.org", "" },
  };
  pthread_attr_t attr;
  pthread_t t[2];
  if (pthread_attr_init (&attr)
      || pthread_attr_setstacksize (&attr, 32 * 1024))
    return 1;
  for (int i = 0; i < 2; i++)
    if (pthread_create (&t[i], &attr, connection_main, &c[i]))
      {
	puts ("thread: cannot start the connection");
	return 1;
      }
  for (int i = 0; i < 2; i++)
    pthread_join (t[i], NULL);
  for (int i = 0; i < 2; i++)
    printf ("thread %s\n", c[i].reply);
  return 0;
}
