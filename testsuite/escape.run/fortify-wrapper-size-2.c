/* fortify-wrapper-size-2.c -- fortify-wrapper-size.c under
   _FORTIFY_SOURCE=2, a distribution's default, whose wrappers ask
   __builtin_object_size: the buffers move, and a count past a fixed-size
   buffer still aborts.  */
/* { dg-do run } */
/* { dg-options "-D_FORTIFY_SOURCE=2" } */
/* escape-levels: -O1 -O2 -O3 -Os */
/* { dg-output "read hello fgets one fgets two fread file recv world overflow checked (\n|\r\n|\r)" } */
/* escape-heap-allocs: 0 */

#include "fortify-wrapper-size.c"
