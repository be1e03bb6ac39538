# bench/real/recipes/bc.py -- GNU bc 1.07.1, arbitrary-precision calculator,
# for bench/real/run.
#
# Every number is a bc_num allocated by bc_new_num (lib/number.c, which
# keeps a free list of the headers but mallocs every digit buffer), and
# the interpreter's stacks and arrays go through bc_malloc (bc/util.c).
# The workload computes constants to 700 digits with the math library
# (-l), a big factorial and a modular recurrence.

PACKAGE = 'bc'
VERSION = '1.07.1-3'

# Autoconf; only the library and bc itself (dc and the texinfo manual are
# not needed).  The bc build runs its own fbc to compile libmath.b, so a
# miscompiled bc tends to fail here already.
BUILD = ('./configure CC="$CC" CFLAGS="$CFLAGS" LDFLAGS="$LDFLAGS" '
         'AR="$AR" RANLIB="$RANLIB" && make -C lib && make -C bc')
EXE = 'bc/bc'
ARGS = ['-l', '{input}/bench.bc']

SCRIPT = '''/* bench.bc: written by bench/real/recipes/bc.py */
scale=700
4*a(1)
e(1)
sqrt(2)
l(10)
define f(n) {
  auto r
  r = 1
  while (n > 1) { r = r * n; n = n - 1; }
  return r
}
scale=0
f(1500) % 1000000007
x = 0
for (i = 1; i <= 20000; i++) { x = (x * 31 + i^3) % 1000000007 }
x
quit
'''


def generate(d):
    with open(d + '/bench.bc', 'w') as f:
        f.write(SCRIPT)
