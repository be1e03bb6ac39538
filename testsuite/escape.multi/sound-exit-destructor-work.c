/* sound-exit-destructor-work.c -- part of sound-exit-destructor.c: the
   summary is a destructor.  */

#define SUMMARY_ATTRIBUTES __attribute__ ((destructor))
#define REGISTER_SUMMARY() ((void) 0)
#include "exit-stages.h"
