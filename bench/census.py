#!/usr/bin/env python3
"""census.py -- how many allocation sites of a code base the plugin moves.

usage: bench/census.py --plugin P/escape.so --db compile_commands.json
                       [--plugin-args "alloca-budget=65536 ..."]
                       [--jobs J] [--moved] [--reasons]

Compiles every unit of a compilation database (bench/codebase.sh writes
one: GCC's C libraries) as it is given, to assembly, with the plugin's
report on, and counts the notes of allocation sites: one per site and
decision (doc/escape.md, "Allocation sites"), "moved to stack ..." for
the sites that moved (fixed, guarded or budgeted), "escapes: ..." and
"does not escape, stays on heap: ..." for the others.  Prints a
markdown table of units, sites and moved sites per group (library) and
in all; --moved lists each moved site's note too, --reasons counts the
reasons of the sites that stay (names and numbers left out, so that
"passed to 'f'" and "passed to 'g'" count as one).  Per unit, as the
database compiles: a unit's calls of another file's code are unknown
code there.  Exits 1 when a compile fails.
"""

import argparse
import collections
import concurrent.futures
import importlib.util
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "compile_cost", os.path.join(HERE, "compile-cost.py"))
compile_cost = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compile_cost)

SITE = re.compile(r"note: (moved to stack|escapes: |does not escape, "
                  r"stays on heap)")
MOVED = re.compile(r"note: moved to stack")
REASON = re.compile(r"note: (?:escapes: |does not escape, stays on heap: )(.*)")


def reason(note):
    """NOTE's reason for staying on the heap, with the names (quoted)
    and numbers in it made generic."""
    m = REASON.search(note)
    if not m:
        return None
    text = re.sub(r"'[^']*'", "'…'", m.group(1))
    return re.sub(r"\d+", "N", text)


def census(entry, plugin, plugin_args, tmp):
    """(status, site notes, moved notes) of ENTRY's compile, whose
    assembly goes into the directory TMP."""
    out = os.path.join(tmp, "unit.s")
    args = [a for a in compile_cost.scrub(entry["arguments"], out)
            if a != "-c"] + ["-S"]
    args = args[:1] + ["-fplugin=" + plugin, "-fplugin-arg-escape-report",
                       "-fdiagnostics-plain-output"] + [
                           "-fplugin-arg-escape-" + x for x in plugin_args
                       ] + args[1:]
    p = subprocess.run(args, cwd=entry["directory"], stdin=subprocess.DEVNULL,
                       capture_output=True, text=True, errors="replace",
                       env=dict(os.environ, LC_ALL="C"))
    sites = [line for line in p.stderr.splitlines() if SITE.search(line)]
    return p.returncode, sites, [s for s in sites if MOVED.search(s)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--plugin", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--plugin-args", default="",
                    help="NAME=VALUE ..., without -fplugin-arg-escape-")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--moved", action="store_true",
                    help="list the notes of the sites that moved")
    ap.add_argument("--reasons", action="store_true",
                    help="count the reasons of the sites that stay")
    a = ap.parse_args()
    plugin = os.path.abspath(a.plugin)
    db = compile_cost.load_db([a.db])
    rows = collections.OrderedDict()
    reasons = collections.Counter()
    failed = 0
    with tempfile.TemporaryDirectory() as tmp, \
            concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        # A directory per unit: compiles run side by side.
        def one(i_e):
            i, e = i_e
            sub = os.path.join(tmp, str(i))
            os.mkdir(sub)
            return e, census(e, plugin, a.plugin_args.split(), sub)
        for e, (status, sites, moved) in pool.map(one, enumerate(db)):
            row = rows.setdefault(e["group"] or "-", [0, 0, 0])
            row[0] += 1
            row[1] += len(sites)
            row[2] += len(moved)
            if status != 0:
                failed += 1
                sys.stderr.write("census: %s failed (status %d)\n"
                                 % (e["name"], status))
            if a.moved:
                for note in moved:
                    print("moved: %s: %s" % (e["name"], note))
            reasons.update(r for r in map(reason, sites) if r)
    print("| group | units | sites | moved | share |")
    print("|---|---:|---:|---:|---:|")
    total = [0, 0, 0]
    for group, (units, sites, moved) in rows.items():
        total = [total[0] + units, total[1] + sites, total[2] + moved]
        print("| %s | %d | %d | %d | %s |" % (
            group, units, sites, moved,
            "%.1f%%" % (100.0 * moved / sites) if sites else "–"))
    print("| **all** | %d | %d | %d | %s |" % (
        total[0], total[1], total[2],
        "%.1f%%" % (100.0 * total[2] / total[1]) if total[1] else "–"))
    if a.reasons:
        print()
        print("| sites that stay: reason | sites |")
        print("|---|---:|")
        for text, n in reasons.most_common():
            print("| %s | %d |" % (text.replace("|", "\\|"), n))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
