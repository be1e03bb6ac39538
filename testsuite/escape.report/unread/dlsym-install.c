/* dlsym-install.c -- compiled -flto WITHOUT the plugin: sets a SIGUSR1
   handler that nests (SA_NODEFER) through sigaction looked up by name.
   report.exp links it with dlsym-work.c: work, which raises the signal
   inside itself, may recurse.  */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
void install (void (*h) (int))
{
  int (*sa_fn) (int, const struct sigaction *, struct sigaction *)
    = dlsym (RTLD_DEFAULT, "sigaction");
  struct sigaction sa = { 0 };
  sa.sa_handler = h;
  sa.sa_flags = SA_NODEFER;
  sa_fn (SIGUSR1, &sa, 0);
}
