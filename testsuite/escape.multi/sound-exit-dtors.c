/* sound-exit-dtors.c -- exit runs code of a file on top of the frames
   that called it, as in sound-exit-destructor.c, with the summary a
   pointer to it placed in .dtors, which the linker folds into
   .fini_array. Found by two adversarial hunts: registrations were seen
   only by their C names and the destructor attribute, so the stages and
   the summary had slots, more than max-stack-size at once (a segfault).  */
/* { dg-output "stage error at record 0(\n|\r\n|\r)summary: records 0, errors 1(\n|\r\n|\r)" } */
/* escape-sources: sound-exit-dtors-work.c */
/* escape-heap-allocs: any */

#include "exit-main.h"
