/* sound-exit-dtors-work.c -- part of sound-exit-dtors.c: the summary is
   a pointer to it placed in .dtors, which the linker folds into
   .fini_array.  */

#include <stddef.h>
static void summary (void);
static void (*const run_summary) (void)
  __attribute__ ((section (".dtors"), used)) = summary;
#define SUMMARY_ATTRIBUTES
#define REGISTER_SUMMARY() ((void) 0)
#include "exit-stages.h"
