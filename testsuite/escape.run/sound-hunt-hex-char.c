/* sound-hunt-hex-char.c -- pointer bits through a returned character.

   Objects are known by hex names whose digits a helper returns as
   characters; lookup parses a name back into the pointer.  A returned
   character carried nothing, so at -O0 (helper not inlined) the objects
   moved to the stack and were freed as stack addresses (found by an
   adversarial hunt).  Characters returned now carry pointer bits.  */
/* { dg-do run } */
/* { dg-output "alpha beta(\n|\r\n|\r)" } */
/* escape-heap-allocs: same */

/* object handles as hex names, digits made by a small helper (no table) */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

struct obj { char label[16]; int refs; };
static char names[4][24];
static int nnames;

static char hexdigit(uintptr_t v)
{
    v &= 15;
    return (char)(v < 10 ? '0' + v : 'a' + (v - 10));
}
static uintptr_t hexval(char c) { return (uintptr_t)(c <= '9' ? c - '0' : c - 'a' + 10); }

static int make(const char *label)
{
    struct obj *o = malloc(sizeof *o);
    strncpy(o->label, label, sizeof o->label - 1);
    o->label[sizeof o->label - 1] = 0;
    o->refs = 1;
    uintptr_t v = (uintptr_t)o;
    char *n = names[nnames];
    for (int i = 0; i < 16; i++)
        n[i] = hexdigit(v >> (60 - 4 * i));
    n[16] = 0;
    return nnames++;
}

static struct obj *lookup(int h)
{
    uintptr_t v = 0;
    for (int i = 0; i < 16; i++)
        v = v << 4 | hexval(names[h][i]);
    return (struct obj *)v;
}

static void clobber(void) { volatile char b[2048]; for (int i = 0; i < 2048; i++) b[i] = 'X'; }

int main(void)
{
    int a = make("alpha"), b = make("beta");
    clobber();
    printf("%s %s\n", lookup(a)->label, lookup(b)->label);
    free(lookup(a)); free(lookup(b));
    return 0;
}
