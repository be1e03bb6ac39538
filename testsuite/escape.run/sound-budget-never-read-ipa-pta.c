/* sound-budget-never-read-ipa-pta.c -- sound-budget-never-read-no-pta.c
   built with -fipa-pta, which reads the side stack's push function's
   body: the copy onto itself stayed there too (hunt 49-a).  */
/* { dg-do run } */
/* { dg-options "-fipa-pta" } */
/* escape-plugin-args: -fplugin-arg-escape-alloca-budget=65536 */
/* escape-side-stack-too */
/* escape-levels: -O2 -O3 -Os */
/* { dg-output "10000000 10000000 0 5(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include "sound-budget-never-read-no-pta.c"
