/* keeps.c -- the program's foo as the link may make it run: the body
   given to the linker in place of foo's own (compiled without -flto, or
   as an archive member pulled in after LTO), which keeps its argument.  */
extern char *mine;
void keeper (char *p) { mine = p; }
