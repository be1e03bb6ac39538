/* sound-hunt-strdup-size.c -- the size of a strdup result, asked for.

   GCC does not know the size of strdup's result on the heap, so
   __builtin_object_size answers "unknown"; a 6-byte slot made it answer
   6 (found by an adversarial hunt).  An object whose size the function
   asks for now keeps the heap when it comes from strdup or strndup.  */
/* { dg-do run } */
/* { dg-output "capacity of copy: unknown(\n|\r\n|\r)dyn: 18446744073709551615(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static void show(void)
{
    char *copy = strdup("hello");
    size_t cap = __builtin_object_size(copy, 0);
    if (cap == (size_t)-1)
        puts("capacity of copy: unknown");
    else
        printf("capacity of copy: %zu\n", cap);
    printf("dyn: %zu\n", __builtin_dynamic_object_size(copy, 0));
    free(copy);
}

int main(void)
{
    show();
    return 0;
}
