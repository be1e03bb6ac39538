/* sound-budget-never-read-tracer.c -- sound-budget-never-read.c's objects
   never read, built -ftracer, where the check before the tail-call pass
   (sibcall.cc) does not see or undo what it must: a function that may
   recurse gets no budget where GCC may make sibling calls (hunt 49-a:
   with the budget or the side stack the recursions overflowed the
   stack).  */
/* { dg-do run } */
/* { dg-options "-ftracer -D_FORTIFY_SOURCE=2" } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 10000000 0(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include "sound-budget-never-read.c"
