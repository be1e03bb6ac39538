/* pass-timer.cc -- a GCC plugin that measures the CPU time of one pass.

   Load it next to the plugin under test:
     gcc -fplugin=escape.so -fplugin=pass-timer.so [-fplugin-arg-pass-timer-pass=NAME] ...
   At the end of the compilation it prints to stderr
     pass-timer: NAME CPU-SECONDS s in RUNS runs

   Why not -ftime-report's "plugin execution" line: once any plugin is
   loaded, GCC wraps every plugin event (each pass's gate and execution on
   each function, every declaration and type, every GC) in that same
   timevar, and with -ftime-report each push and pop is a pair of system
   calls.  On a large unit that bookkeeping costs more than the escape pass
   itself, so the line overstates the pass.  Here the window runs from the
   pass's PLUGIN_PASS_EXECUTION event to the next pass's, which covers the
   pass's execute and its own cleanup; garbage collection inside the
   window is subtracted, since GCC runs it after whichever pass happens to
   cross the heap threshold.  */

#include "gcc-plugin.h"
#include "plugin-version.h"
#include "tree-pass.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

int plugin_is_GPL_compatible;

static const char *timed_pass_name = "escape";
static double window_start = -1;	/* < 0: outside the timed pass */
static double gc_start = -1;
static double timed_seconds;
static int timed_runs;

static double
cpu_seconds (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void
on_pass_execution (void *gcc_data, void *)
{
  opt_pass *pass = (opt_pass *) gcc_data;
  /* The clock is a system call: read it only at the window's ends, since
     this runs for every pass on every function.  */
  if (window_start >= 0)
    {
      timed_seconds += cpu_seconds () - window_start;
      window_start = -1;
    }
  if (pass->name && !strcmp (pass->name, timed_pass_name))
    {
      timed_runs++;
      window_start = cpu_seconds ();
    }
}

static void
on_ggc_start (void *, void *)
{
  if (window_start >= 0)
    gc_start = cpu_seconds ();
}

static void
on_ggc_end (void *, void *)
{
  if (gc_start >= 0)
    {
      timed_seconds -= cpu_seconds () - gc_start;
      gc_start = -1;
    }
}

static void
on_finish (void *, void *)
{
  if (window_start >= 0)
    timed_seconds += cpu_seconds () - window_start;
  fprintf (stderr, "pass-timer: %s %.6f s in %d runs\n", timed_pass_name,
	   timed_seconds, timed_runs);
}

int
plugin_init (struct plugin_name_args *info,
	     struct plugin_gcc_version *version)
{
  if (!plugin_default_version_check (version, &gcc_version))
    return 1;
  for (int i = 0; i < info->argc; i++)
    if (!strcmp (info->argv[i].key, "pass") && info->argv[i].value)
      timed_pass_name = info->argv[i].value;
  register_callback (info->base_name, PLUGIN_PASS_EXECUTION,
		     on_pass_execution, NULL);
  register_callback (info->base_name, PLUGIN_GGC_START, on_ggc_start, NULL);
  register_callback (info->base_name, PLUGIN_GGC_END, on_ggc_end, NULL);
  register_callback (info->base_name, PLUGIN_FINISH, on_finish, NULL);
  return 0;
}
