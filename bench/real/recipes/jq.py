# bench/real/recipes/jq.py -- jq 1.6, the JSON processor, for
# bench/real/run.
#
# Every JSON value is a reference-counted jv (src/jv.c): strings, arrays
# and objects are malloc'd through jv_mem_alloc (src/jv_alloc.c) and
# freed when the count drops to zero; the bytecode interpreter's stack
# blocks too.  The workload parses a generated 4 MB JSON array, filters,
# groups and re-serializes it.

PACKAGE = 'jq'
VERSION = '1.6-2.1+deb12u2'

# The orig tarball has no configure script: autoreconf once.  It does
# ship the bison/flex outputs (src/parser.c, src/lexer.c).  Regular
# expressions (oniguruma) are left out: the workload does not use them.
# `make' (all) is needed, not `make jq': src/builtin.inc is a
# BUILT_SOURCES file.  jq links libjq statically (-static-libtool-libs),
# so all of jq's code is in the executable malloc-count watches.
PREPARE = ['autoreconf -fi']
BUILD = ('./configure --without-oniguruma --disable-docs '
         '--disable-maintainer-mode --disable-shared '
         'CC="$CC" CFLAGS="$CFLAGS" LDFLAGS="$LDFLAGS" AR="$AR" '
         'RANLIB="$RANLIB" NM="$NM" && make')
EXE = 'jq'
ARGS = ['-c', '-f', '{input}/bench.jq', '{input}/data.json']

FILTER = '''# bench.jq: written by bench/real/recipes/jq.py
[.[] | select(.score > 20)
     | {key: (.city + "/" + (.tags | join(","))), score, n: (.items | length),
        total: ([.items[].price] | add)}]
| group_by(.key)
| map({key: .[0].key, count: length, best: (map(.score) | max),
       sum: (map(.total) | add), names: (map(.n | tostring) | join(" "))})
| sort_by(-.count, .key)
| .[:200][]
'''


def generate(d):
    # A linear congruential generator, so the data is the same on every
    # Python version (random's algorithms may change).
    state = [12345]

    def rnd(n):
        state[0] = (state[0] * 1103515245 + 12345) % (1 << 31)
        return state[0] % n

    cities = ['oslo', 'lima', 'rome', 'kiev', 'pune', 'bern', 'nome', 'oulu']
    tags = ['red', 'blue', 'green', 'big', 'small', 'old', 'new']
    recs = []
    for i in range(12000):
        items = ','.join('{"sku":"s%d","price":%d.%02d,"qty":%d}'
                         % (rnd(9999), rnd(500), rnd(100), rnd(9))
                         for _ in range(rnd(6)))
        tg = ','.join('"%s"' % tags[rnd(len(tags))] for _ in range(rnd(3)))
        recs.append('{"id":%d,"name":"user%d","city":"%s","score":%d,'
                    '"tags":[%s],"items":[%s],"active":%s}'
                    % (i, rnd(100000), cities[rnd(len(cities))], rnd(100),
                       tg, items, 'true' if rnd(2) else 'false'))
    with open(d + '/data.json', 'w') as f:
        f.write('[\n' + ',\n'.join(recs) + '\n]\n')
    with open(d + '/bench.jq', 'w') as f:
        f.write(FILTER)
