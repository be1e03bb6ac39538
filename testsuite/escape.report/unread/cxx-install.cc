// cxx-install.cc -- C++, which the plugin does not read: a nesting
// SIGUSR1 handler that calls the C function work.
#include <signal.h>
extern "C" int work (int);
extern "C" int depth;
static void handler (int) { work (depth); }
extern "C" void install (void)
{
  struct sigaction sa = {};
  sa.sa_handler = handler;
  sa.sa_flags = SA_NODEFER;
  sigaction (SIGUSR1, &sa, nullptr);
}
