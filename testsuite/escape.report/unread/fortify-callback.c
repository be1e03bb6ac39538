/* fortify-callback.c -- read by the plugin, under _FORTIFY_SOURCE=2:
   glibc declares __read_chk_warn with the symbol __read_chk and a
   warning of its own, which GCC keeps as an alias of __read_chk, with
   no code.  It is no code the plugin did not read: cb's buffer, on a
   stack only the program gives, moves under -flto as per unit.  */
#include <stdlib.h>
#include <unistd.h>
static void (*volatile fp) (long *, int);
static void cb (long *total, int n)
{
  int *a = malloc ((n + 1) * sizeof *a);
  if (!a)
    return;
  for (int i = 0; i <= n; i++)
    a[i] = i * i;
  for (int i = 0; i <= n; i++)
    *total += a[i];
  free (a);
}
__attribute__ ((noinline)) long get (int fd, char *b, unsigned long n)
{
  return read (fd, b, n);
}
int main (int argc, char **argv)
{
  (void) argv;
  long total = 0;
  char buf[16];
  total = get (0, buf, argc) > 1;
  fp = cb;
  fp (&total, argc + 9);
  return total == 385;
}
