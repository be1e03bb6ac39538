/* safety-io.c -- pointers travel through raw I/O: a thread pool's
   self-pipe sends job pointers with write() and the worker reads them
   back with read().  What the bytes written point to escapes, and a
   pointer read in may point anywhere, so what is stored through it
   escapes too.  Text output (printf, puts) carries no pointers.  */
/* { dg-options "-fplugin-arg-escape-report" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct req { char *reply; };
struct msg { char *payload; int len; };
extern int fds[2];

void
send_job (void)
{
  char *job = malloc (16);	/* { dg-message "escapes: sent out by 'write'" } */
  strcpy (job, "job");
  write (fds[1], &job, sizeof job);
}

void
send_msg (void)
{
  struct msg m = { malloc (16), 16 };	/* { dg-message "escapes: sent out by 'write'" } */
  strcpy (m.payload, "second job");
  write (fds[1], &m, sizeof m);
}

void
send_file (FILE *out)		/* { dg-message "out does not escape" } */
{
  char **slot = malloc (sizeof *slot);	/* { dg-message "moved to stack \\(8 bytes\\)" } */
  *slot = malloc (8);		/* { dg-message "escapes: sent out by 'fwrite'" } */
  fwrite (slot, sizeof *slot, 1, out);
  free (slot);
}

void
serve (void)
{
  struct req *r;
  if (read (fds[0], &r, sizeof r) != sizeof r)
    return;
  r->reply = malloc (16);	/* { dg-message "escapes: stored to memory that escapes" } */
  strcpy (r->reply, "reply");
}

void
text_only (void)
{
  /* Text with an address in it can be parsed back (sscanf's %p) into a
     pointer to the buffer: printed with %p, it escapes.  */
  char *line = malloc (32);	/* { dg-message "escapes: its address is printed by 'snprintf'" } */
  snprintf (line, 32, "%p", (void *) line);
  puts (line);
  free (line);
}
