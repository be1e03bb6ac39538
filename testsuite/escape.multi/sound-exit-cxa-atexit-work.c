/* sound-exit-cxa-atexit-work.c -- part of sound-exit-cxa-atexit.c: the
   summary is registered with __cxa_atexit, the entry point behind
   atexit.  */

#include <stddef.h>
extern int __cxa_atexit (void (*) (void *), void *, void *);
extern void *__dso_handle;
static void summary (void);
static void
run_summary (void *unused)
{
  (void) unused;
  summary ();
}
#define SUMMARY_ATTRIBUTES
#define REGISTER_SUMMARY() __cxa_atexit (run_summary, NULL, __dso_handle)
#include "exit-stages.h"
