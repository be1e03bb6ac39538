// cxx-init.cc -- C++, which the plugin does not read, with no function
// of its own: namespace-scope initializers (code GCC makes) set a nesting
// SIGUSR1 handler, the C function handler, through dlsym.
#include <dlfcn.h>
#include <signal.h>
extern "C" void handler (int);
typedef int (*sa_t) (int, const struct sigaction *, struct sigaction *);
static struct sigaction sa = { { handler }, {}, SA_NODEFER, 0 };
static int installed = ((sa_t) dlsym (RTLD_DEFAULT, "sigaction")) (SIGUSR1, &sa, 0);
