/* sound-exit-thread-atexit-work.c -- part of
   sound-exit-thread-atexit.c: the summary is registered with
   __cxa_thread_atexit_impl, which runs thread-local destructors, at
   exit for the thread that exits.  */

#include <stddef.h>
extern int __cxa_thread_atexit_impl (void (*) (void *), void *, void *);
extern void *__dso_handle;
static void summary (void);
static void
run_summary (void *unused)
{
  (void) unused;
  summary ();
}
#define SUMMARY_ATTRIBUTES
#define REGISTER_SUMMARY() __cxa_thread_atexit_impl (run_summary, NULL, __dso_handle)
#include "exit-stages.h"
