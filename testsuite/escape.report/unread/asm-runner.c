/* asm-runner.c -- compiled -flto WITHOUT the plugin: runs a function on
   an 8 KiB stack of its own, switched to in inline asm.  */
#include <sys/mman.h>
#include <stddef.h>
__attribute__((used)) void *saved_sp;
void run_on_stack (void (*fn) (void), size_t size)
{
  char *mem = mmap (0, size + 4096, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  mprotect (mem, 4096, PROT_NONE);		/* guard page */
  char *top = mem + size + 4096;
  __asm__ volatile ("mov %%rsp, saved_sp(%%rip)\n\t"
		    "mov %0, %%rsp\n\t"
		    "call *%1\n\t"
		    "mov saved_sp(%%rip), %%rsp"
		    : : "r" (top), "r" (fn)
		    : "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10",
		      "r11", "memory", "cc");
  munmap (mem, size + 4096);
}
