/* sound-exit-destructor.c -- exit runs the destructors of a file on top
   of the frames that called it.

   A worker thread with a small stack (raised by the plugin, by
   max-stack-size) runs a pipeline of stages in
   sound-exit-destructor-work.c, each with four 4096-byte buffers.  The
   last stage finds a bad record and calls exit, which runs that file's
   destructor, with four buffers of its own, on top of the stages' live
   frames.  Found by an adversarial hunt: exit was taken to call no code
   of the file unless it named atexit, so the stages and the destructor
   both had slots, 80 KiB at once, more than max-stack-size.  */
/* { dg-output "stage error at record 0(\n|\r\n|\r)summary: records 0, errors 1(\n|\r\n|\r)" } */
/* escape-sources: sound-exit-destructor-work.c */
/* escape-heap-allocs: any */

#include "exit-main.h"
