/* sound-asm-stack-switch.c -- a coroutine started by a stack switch in
   inline asm, as libco's and minicoro's switches are written, on a
   16 KiB stack with a guard page below it.

   The body parses through three levels, each with a 4096-byte scratch
   buffer.  Found by adversarial hunts: the unit named none of the
   functions that give code a stack (makecontext and the others), so the
   levels got slots, 16 KiB and more on a 16 KiB stack, which holds the
   levels without the plugin.  Inline asm that names the stack pointer
   now counts as giving code a stack.  */
/* { dg-do run } */
/* { dg-output "parsed: 2076(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#define CO_STACK (16 * 1024)

__attribute__ ((noinline)) static int
parse_block (const char *src, int depth)
{
  char *tmp = malloc (4096);
  if (!tmp)
    abort ();
  int n = 0;
  for (int i = 0; i < 4096; i++)
    tmp[i] = src[i % 7];
  for (int i = 0; i < 4096; i++)
    n += tmp[i] == 'a';
  free (tmp);
  return n + depth;
}

#define LEVEL(name, next, period)					\
  __attribute__ ((noinline)) static int					\
  name (const char *s)							\
  {									\
    char *b = malloc (4096);						\
    if (!b)								\
      abort ();								\
    for (int i = 0; i < 4096; i++)					\
      b[i] = s[i % period];						\
    int r = next + b[100];						\
    free (b);								\
    return r;								\
  }

LEVEL (level3, parse_block (b, 3), 5)
LEVEL (level2, level3 (b), 6)
LEVEL (level1, level2 (b), 7)

static int result;

static void
coroutine_body (void)
{
  result = level1 ("banana!");
}

#if defined __x86_64__
/* Calls FN on the stack whose top is TOP, and comes back.  */
static void
run_on_stack (void *top, void (*fn) (void))
{
  __asm__ volatile ("mov %%rsp, %%rbx\n\t"
		    "mov %0, %%rsp\n\t"
		    "call *%1\n\t"
		    "mov %%rbx, %%rsp"
		    : : "r" (top), "r" (fn)
		    : "rbx", "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9",
		      "r10", "r11", "memory", "cc");
}
#else
static void
run_on_stack (void *top, void (*fn) (void))
{
  (void) top;
  fn ();
}
#endif

int
main (void)
{
  char *mem = mmap (NULL, CO_STACK + 4096, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED || mprotect (mem, 4096, PROT_NONE) != 0)
    abort ();
  run_on_stack (mem + 4096 + CO_STACK, coroutine_body);
  printf ("parsed: %d\n", result);
  munmap (mem, CO_STACK + 4096);
  return 0;
}
