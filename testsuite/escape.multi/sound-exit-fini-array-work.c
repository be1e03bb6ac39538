/* sound-exit-fini-array-work.c -- part of sound-exit-fini-array.c: the
   summary is a pointer to it placed in .fini_array by hand, the idiom
   from before the destructor attribute.  */

#include <stddef.h>
static void summary (void);
static void (*const run_summary) (void)
  __attribute__ ((section (".fini_array"), used)) = summary;
#define SUMMARY_ATTRIBUTES
#define REGISTER_SUMMARY() ((void) 0)
#include "exit-stages.h"
