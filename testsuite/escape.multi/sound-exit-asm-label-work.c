/* sound-exit-asm-label-work.c -- part of sound-exit-asm-label.c: the
   summary is registered with atexit declared under another name.  */

#include <stddef.h>
extern int on_finish (void (*) (void)) __asm__ ("atexit");
static void summary (void);
#define SUMMARY_ATTRIBUTES
#define REGISTER_SUMMARY() on_finish (summary)
#include "exit-stages.h"
