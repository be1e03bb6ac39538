# bench/real/recipes/gawk.py -- GNU awk 5.2.1, for bench/real/run.
#
# gawk's strings, arrays and their elements are malloc'd through the
# emalloc/erealloc macros (awk.h) at hundreds of call sites; NODEs come
# from its own block allocator (getnode).  The workload counts words and
# word pairs of a generated text, builds strings with sprintf, substr and
# concatenation, and sorts the result with asorti.

PACKAGE = 'gawk'
VERSION = '1:5.2.1-2'

# Autoconf, then the support library and gawk itself (not the dynamic
# extensions, the manual or the translations).  Without readline and MPFR
# so the build needs no -dev package.
BUILD = ('./configure --disable-nls --without-readline --without-mpfr '
         'CC="$CC" CFLAGS="$CFLAGS" LDFLAGS="$LDFLAGS" AR="$AR" '
         'RANLIB="$RANLIB" && make -C support && make gawk')
EXE = 'gawk'
ARGS = ['-f', '{input}/bench.awk', '{input}/text.txt']

PROGRAM = r'''# bench.awk: written by bench/real/recipes/gawk.py
{
    for (i = 1; i <= NF; i++) {
        w = tolower($i)
        count[w]++
        if (i > 1) pair[prev " " w]++
        prev = w
        key = sprintf("%s:%d", substr(w, 1, 3), length(w))
        shape[key] = shape[key] "." 
        if (length(shape[key]) > 40) shape[key] = ""
    }
    n = split($0, parts, /[aeiou]+/)
    vowels += n
    line = toupper(substr($0, 1, 20)) "|" NR
    if (NR % 1000 == 0) last = line
}
END {
    m = asorti(count, words)
    for (i = 1; i <= m; i += 50) out = out words[i] "=" count[words[i]] " "
    print m, length(out)
    print substr(out, 1, 300)
    np = 0
    for (p in pair) if (pair[p] > 3) np++
    print "pairs", length(pair), np
    print "shapes", length(shape), "vowels", vowels, last
}
'''


def generate(d):
    # A linear congruential generator: the same text on every Python.
    state = [2024]

    def rnd(n):
        state[0] = (state[0] * 1103515245 + 12345) % (1 << 31)
        return (state[0] >> 8) % n

    syl = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'ber', 'dan',
           'gol', 'hup', 'jin', 'por', 'que', 'wex', 'zy', 'a', 'e', 'o']
    words = [''.join(syl[rnd(len(syl))] for _ in range(1 + rnd(4)))
             for _ in range(6000)]
    lines = []
    for _ in range(15000):
        lines.append(' '.join(words[min(rnd(len(words)), rnd(len(words)))]
                              for _ in range(4 + rnd(10))))
    with open(d + '/text.txt', 'w') as f:
        f.write('\n'.join(lines) + '\n')
    with open(d + '/bench.awk', 'w') as f:
        f.write(PROGRAM)
