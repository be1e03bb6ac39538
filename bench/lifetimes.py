# bench/lifetimes.py -- the lifetimes build and its tables, shared by
# bench/run (bench/programs) and bench/real/run (real programs).
#
# tools/malloc-count.c ("Lifetimes") puts each heap object of a run at
# the lowest frame of the call stack that outlived it, counted from the
# function that called the allocator: level 0, freed before that
# function returned (the bound for an analysis that keeps objects in
# their allocating function's frame), level 1, before its caller
# returned, ..., or "exit".  The program must be built with FLAGS and
# linked with malloc-count.so, whose hooks the instrumentation calls;
# run with $ESCAPE_MALLOC_COUNT_LIFETIMES naming the file it writes.
# Python 3 standard library only.

import os

# Each source function instrumented and given a frame of its own, which
# its exit hook still sees (malloc-count.c's header says why each).
FLAGS = ['-finstrument-functions',
         '-finstrument-functions-exclude-file-list=/usr/include',
         '-fno-inline', '-fno-partial-inlining',
         '-fno-optimize-sibling-calls', '-fno-omit-frame-pointer']

# malloc-count.c's buckets grouped for the tables; the second group is
# part of the first.
GROUPS = [
    ('level 0', ['level0', 'level0-recursive']),
    ('of which in a recursion', ['level0-recursive']),
    ('level 1', ['level1']),
    ('level 2', ['level2']),
    ('levels 3-7', ['level%d' % i for i in range(3, 8)]),
    ('further up', ['further']),
    ('live at exit', ['exit']),
    ('other', ['thread', 'untracked']),
]

# What the tables' reader needs to know.
METHOD = ('each heap object is put at the lowest frame of the call stack '
          'that outlived it, counting up from the function that called '
          'the allocator. Level 0: freed before that function returned; '
          'an escape analysis that keeps objects in the frame of their '
          'allocating function can move no more than these, and those '
          'allocated in a recursion only with space per activation. Level '
          '1: freed before its caller returned (the objects of an '
          '`xmalloc`-style wrapper or of a constructor: the call must be '
          'inlined first). Live at exit: still live when the program '
          'ended, or freed after `main` returned; no frame outlived it. '
          'Objects, not calls: a `realloc` continues its object.')


def intro(run):
    """The paragraph before the table; RUN says what ran once."""
    return ('From the lifetimes build (`gcc -O2` with %s, linked with '
            '`tools/malloc-count.c`, whose header has the method), one '
            'untimed %s: %s' % (' '.join('`%s`' % f for f in FLAGS), run,
                                METHOD))


def link_flags(malloc_count):
    """The link arguments that give the hooks, from MALLOC_COUNT (a path
    to malloc-count.so)."""
    return ['-Wl,--no-as-needed', malloc_count,
            '-Wl,-rpath,' + os.path.dirname(malloc_count)]


def read(path):
    """The file malloc-count wrote: {'buckets': names, 'total': counts,
    'sites': {address: counts}}, counts per bucket; None if there is
    none."""
    if not os.path.exists(path):
        return None
    lt = {'buckets': [], 'total': [], 'sites': {}}
    with open(path) as f:
        for ln in f:
            w = ln.split()
            if not w:
                continue
            if w[0] == 'buckets':
                lt['buckets'] = w[1:]
            elif w[0] == 'total':
                lt['total'] = [int(x) for x in w[1:]]
            else:
                lt['sites'][w[0]] = [int(x) for x in w[1:]]
    return lt if lt['buckets'] and lt['total'] else None


def groups(buckets, counts):
    """[(group label, count)] of GROUPS from per-bucket COUNTS."""
    by = dict(zip(buckets, counts))
    return [(label, sum(by.get(b, 0) for b in names))
            for label, names in GROUPS]


def pct(n, total):
    return '%.1f%%' % (100.0 * n / total) if total else '—'


def level0_share(lt):
    """The share of objects at level 0, as text ("100.0%")."""
    g = dict(groups(lt['buckets'], lt['total']))
    return pct(g['level 0'], sum(lt['total']))


def table(rows, fmt_int):
    """Markdown rows of the per-program table: ROWS is [(name, lt or a
    status string)]."""
    names = [g for g, _ in GROUPS]
    out = ['| program | objects | ' + ' | '.join(names) + ' |',
           '|---|---:|' + '---:|' * len(names)]
    for name, lt in rows:
        if isinstance(lt, str):
            out.append('| %s | %s |%s' % (name, lt, ' |' * len(names)))
            continue
        total = sum(lt['total'])
        out.append('| %s | %s | %s |' % (name, fmt_int(total), ' | '.join(
            '%s (%s)' % (fmt_int(n), pct(n, total))
            for _, n in groups(lt['buckets'], lt['total']))))
    return out


def in_short(buckets, counts):
    """The groups of one site's objects, in short: "level 0 96.0%, ..."."""
    total = sum(counts)
    return ', '.join('%s %s' % (label, pct(n, total))
                     for label, n in groups(buckets, counts) if n) or '—'
