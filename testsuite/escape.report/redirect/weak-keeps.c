/* weak-keeps.c -- an archive member pulled in after LTO (for trigger,
   which only asm names) whose strong foo takes the calls of a foo that
   top-level asm made weak.  */
extern char *mine;
void foo (char *p) { mine = p; }
void trigger (void) { }
