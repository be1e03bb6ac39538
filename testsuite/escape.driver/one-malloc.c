/* one-malloc.c -- input for driver.exp: one allocation call, on line 8.  */

extern void *malloc (unsigned long);
extern void use (void *);

void f (void)
{
  use (malloc (16));
}
