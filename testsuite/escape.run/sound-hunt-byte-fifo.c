/* sound-hunt-byte-fifo.c -- pointer bytes through a character parameter.

   A byte FIFO carries whole messages, pushed one byte at a time through a
   function taking an unsigned char; a message holds a pointer to its
   malloc'd payload, which the consumer frees.  A character passed by
   value carried nothing for the analysis (and x86 passes it widened to
   int), so the payload moved to the stack and the consumer freed a stack
   address (found by an adversarial hunt).  Characters passed and
   returned now carry pointer bytes.  */
/* { dg-do run } */
/* { dg-output "message 0(\n|\r\n|\r)message 1(\n|\r\n|\r)message 2(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

/* A byte FIFO (UART-style) carrying whole messages; a message holds a
   pointer to its malloc'd payload, which the consumer frees. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char fifo[256];
static unsigned head, tail;

__attribute__((noinline)) void fifo_put(unsigned char c) { fifo[head++ % sizeof fifo] = c; }
__attribute__((noinline)) unsigned char fifo_get(void) { return fifo[tail++ % sizeof fifo]; }

static void fifo_write(const void *p, size_t n)
{
    const unsigned char *b = p;
    while (n--)
        fifo_put(*b++);
}

static void fifo_read(void *p, size_t n)
{
    unsigned char *b = p;
    while (n--)
        *b++ = fifo_get();
}

struct msg { char *text; size_t len; };

__attribute__((noinline)) static void produce(int i)
{
    struct msg m;
    m.text = malloc(32);
    m.len = (size_t)snprintf(m.text, 32, "message %d", i);
    fifo_write(&m, sizeof m);
}

__attribute__((noinline)) static void consume(void)
{
    struct msg m;
    fifo_read(&m, sizeof m);
    printf("%.*s\n", (int)m.len, m.text);
    free(m.text);
}

int main(void)
{
    for (int i = 0; i < 3; i++)
        produce(i);
    for (int i = 0; i < 3; i++)
        consume();
    return 0;
}
