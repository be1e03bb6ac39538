/* cxx-main.c -- sets the C++ handler, then starts work.  */
#include <stdio.h>
void install (void);
int work (int);
extern long total;
int main (void) { install (); work (0); printf ("%ld\n", total); return 0; }
