/* r-leaf-elsewhere.h -- for r-leaf-elsewhere.c: a library's header
   installed among the system headers, with a function declared leaf
   (as glibc's __THROW does); the library may be built with the plugin.  */
#pragma GCC system_header
extern unsigned long library_digest (unsigned) __attribute__ ((leaf));
