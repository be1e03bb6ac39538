#!/usr/bin/env python3
"""compile-cost.py -- time compiles without and with the escape plugin.

The one place bench/analysis-cost.sh runs and times a compile: for its
generated units, its single real files and a whole real code base alike.

  compile-cost.py run --db DB.json... [--only NAME...] --runs RUNS.tsv
                      --plugin-flags FLAGS [--reps N] [--jobs J] [--control]
  compile-cost.py units --db DB.json... [--only NAME...] --runs RUNS.tsv
  compile-cost.py summary --db DB.json --runs RUNS.tsv
  compile-cost.py median --runs RUNS.tsv --name NAME --variant V --column C
  compile-cost.py merge --src-root DIR GROUP=DB.json...
  compile-cost.py instructions --db DB.json... [--only NAME...]
                               --plugin LABEL=escape.so...

DB.json is a compilation database (the format bear and CMake write: a list
of {"directory", "arguments", "file"}), each entry a translation unit; an
entry may also have "name" (default: its "file") and "group" (its library,
for the per-library table).  Several --db are read as one; --only keeps
the units of those names, in that order.  The output file ("-o") is
replaced by a scratch file and dependency outputs (-MD, -MF ...) are
dropped, so units may compile at once; everything else in "arguments" is
compiled as given.

run: each repetition compiles every unit twice, "base" (as given) and
"plug" (FLAGS appended), back to back: base first for every other unit,
plug first for the rest, swapped each repetition, so drift in machine
load falls on both sides alike.  With --jobs 2 the two compiles of a unit
mostly run at once, one per core.  --control adds a third compile of each
unit to every repetition, "again", the same as base, in rotating order:
what gcc measures against itself with the same statistics is the error
bar of the plugin's overhead.  Appends one line per compile to RUNS.tsv:
    name  variant  rep  cpu_s  rss_kb  pass_s  object-sha1
cpu_s is user+sys CPU time of the driver and all it ran (cc1, as), from
wait4's rusage: CPU rather than wall time, since the machine may be
shared.  rss_kb is the largest peak RSS among those processes (cc1's).
pass_s is what bench/pass-timer.cc printed, if it was loaded (else 0).
The object file's hash tells whether the plugin changed the code.  Any
failed compile stops the run, with its command and messages.

instructions: the compiler's instructions (cc1's, counted by valgrind's
callgrind) for each unit without the plugin and with each --plugin,
printed as a table with the increase over "without".  Unlike CPU time,
counts hardly move with what else the machine runs, so two builds of the
plugin compare on one compile of a unit each; and unlike the pass timer
they leave out what the pass only moves (GCC's own IPA transforms, which the pass applies early with
get_body and the compile would apply anyway).  Slow: each compile runs
about 30 times slower under valgrind.

units: the table of bench/analysis-cost.md for single units: GIMPLE
statements the pass reads, CPU time both ways (medians), the pass's own
time and per 1000 statements, peak RSS both ways.

summary: the section for a code base: total CPU time without and with the
plugin per repetition and the overhead (median over the repetitions), the
control's, the pass's own time, how many units' code changed, peak RSS, a
table per library and the units that cost most.

median: one number from RUNS.tsv, for the script's own sentences.

merge: bear's databases, one per library (GROUP), into one of C units,
each named by its source path relative to DIR.
"""

import argparse
import collections
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading

# Options that write dependency files; the second set takes an argument.
DEP_FLAGS = {"-MD", "-MMD", "-MP"}
DEP_FLAGS_ARG = {"-MF", "-MT", "-MQ"}


def load_db(paths, only=None):
    """The entries of the databases PATHS; with ONLY, those so named, in
    that order."""
    db = []
    for path in paths if isinstance(paths, list) else [paths]:
        with open(path) as f:
            db += json.load(f)
    for e in db:
        e.setdefault("name", e["file"])
        e.setdefault("group", "")
        if "arguments" not in e:
            e["arguments"] = shlex.split(e["command"])
    if only:
        by_name = {e["name"]: e for e in db}
        missing = [n for n in only if n not in by_name]
        if missing:
            sys.exit("compile-cost: no unit named %s" % ", ".join(missing))
        db = [by_name[n] for n in only]
    return db


def scrub(args, out):
    """ARGS with the object file replaced by OUT and no dependency output."""
    res, skip = [], False
    for i, a in enumerate(args):
        if skip:
            skip = False
            continue
        if a == "-o" or a in DEP_FLAGS_ARG:
            skip = True
            if a == "-o":
                res += ["-o", out]
            continue
        if a.startswith("-o") and len(a) > 2:
            res += ["-o", out]
            continue
        if (a in DEP_FLAGS or a.startswith("-Wp,-M")
                or any(a.startswith(f) and len(a) > 3 for f in DEP_FLAGS_ARG)):
            continue
        res.append(a)
    if "-o" not in res:
        res += ["-o", out]
    return res


def compile_once(entry, extra, out):
    """Compile ENTRY with EXTRA flags; (cpu_s, rss_kb, pass_s, object hash)."""
    args = scrub(entry["arguments"], out) + extra
    with tempfile.TemporaryFile() as err:
        p = subprocess.Popen(args, cwd=entry["directory"],
                             stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        msgs = err.read().decode(errors="replace")
    if p.returncode != 0:
        sys.stderr.write("compile-cost: compile failed (status %d) in %s:\n  %s\n%s"
                         % (p.returncode, entry["directory"],
                            shlex.join(args), msgs))
        raise SystemExit(1)
    pass_s = 0.0
    for line in msgs.splitlines():
        if line.startswith("pass-timer:"):
            pass_s = float(line.split()[2])
    with open(out, "rb") as f:
        digest = hashlib.sha1(f.read()).hexdigest()[:12]
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss, pass_s, digest


def count_instructions(entry, extra, workdir):
    """cc1's instructions compiling ENTRY with EXTRA flags, to assembly."""
    logs = os.path.join(workdir, "log")
    for f in os.listdir(workdir):
        os.unlink(os.path.join(workdir, f))
    args = scrub(entry["arguments"], os.path.join(workdir, "out.s"))
    args = [a for a in args if a != "-c"] + ["-S"] + extra
    vg = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
          "--trace-children=yes", "--log-file=%s.%%p" % logs]
    p = subprocess.run(vg + args, cwd=entry["directory"],
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit("compile-cost: compile failed under valgrind in %s:\n  %s\n%s"
                 % (entry["directory"], shlex.join(vg + args),
                    p.stderr.decode(errors="replace")))
    for f in sorted(os.listdir(workdir)):
        if not f.startswith("log."):
            continue
        with open(os.path.join(workdir, f), errors="replace") as log:
            text = log.read()
        if re.search(r"Command: \S*/cc1 ", text):
            m = re.search(r"I\s+refs:\s+([\d,]+)", text)
            if m:
                return int(m.group(1).replace(",", ""))
    sys.exit("compile-cost: no cc1 instruction count for %s" % entry["name"])


def cmd_instructions(a):
    db = load_db(a.db, a.only)
    plugins = []
    for spec in a.plugin:
        label, _, path = spec.partition("=")
        if not path or not os.path.isfile(path):
            sys.exit("compile-cost: --plugin wants LABEL=PATH to escape.so: %s"
                     % spec)
        plugins.append((label, os.path.abspath(path)))
    print("| unit | without | " + " | ".join(
        "%s | increase" % label for label, _ in plugins) + " |")
    print("|---|--:|" + "--:|--:|" * len(plugins))
    with tempfile.TemporaryDirectory() as work:
        for e in db:
            base = count_instructions(e, [], work)
            cells = ["%.1fM" % (base / 1e6)]
            for _, path in plugins:
                n = count_instructions(e, ["-fplugin=" + path], work)
                cells += ["%.1fM" % (n / 1e6), "%+.2f%%" % pct(n, base)]
            print("| %s | %s |" % (e["name"], " | ".join(cells)), flush=True)


def cmd_run(a):
    db = load_db(a.db, a.only)
    plug = shlex.split(a.plugin_flags)
    variants = ["base", "plug"] + (["again"] if a.control else [])
    jobs = []                  # (entry, variant, rep), in queue order
    for r in range(a.reps):
        for i, e in enumerate(db):
            k = (i + r) % len(variants)
            jobs += [(e, v, r) for v in variants[k:] + variants[:k]]
    scratch = tempfile.mkdtemp(prefix="compile-cost.")
    slots = threading.local()
    slot_ids = iter(range(a.jobs))
    lock = threading.Lock()
    done = [0]
    out = open(a.runs, "a")

    def work(job):
        e, variant, r = job
        if not hasattr(slots, "id"):
            with lock:
                slots.id = next(slot_ids)
        obj = os.path.join(scratch, "%d.o" % slots.id)
        cpu, rss, pass_s, digest = compile_once(
            e, plug if variant == "plug" else [], obj)
        with lock:
            out.write("%s\t%s\t%d\t%.6f\t%d\t%.6f\t%s\n"
                      % (e["name"], variant, r, cpu, rss, pass_s, digest))
            out.flush()
            done[0] += 1
            if a.progress and done[0] % a.progress == 0:
                sys.stderr.write("compile-cost: %d/%d compiles\n"
                                 % (done[0], len(jobs)))

    pool = concurrent.futures.ThreadPoolExecutor(a.jobs)
    try:
        for f in [pool.submit(work, j) for j in jobs]:
            f.result()
    finally:
        pool.shutdown(cancel_futures=True)
        out.close()
        for name in os.listdir(scratch):
            os.unlink(os.path.join(scratch, name))
        os.rmdir(scratch)


def read_runs(path):
    """{(name, variant): [(rep, cpu, rss, pass, object hash)]}"""
    runs = collections.defaultdict(list)
    with open(path) as f:
        for line in f:
            name, variant, rep, cpu, rss, pass_s, digest = \
                line.rstrip("\n").split("\t")
            runs[name, variant].append((int(rep), float(cpu), int(rss),
                                        float(pass_s), digest))
    return runs


def cmd_merge(a):
    """Merge bear's databases, one per library, into one of C units."""
    merged, seen = [], set()
    for spec in a.dbs:
        group, path = spec.split("=", 1)
        entries = [e for e in load_db(path) if e["file"].endswith(".c")]
        # libtool compiles each file twice, with and without -fPIC: keep the
        # first (the -fPIC one, what a shared library is built from).
        kept = []
        for e in entries:
            key = (e["directory"], tuple(x for x in scrub(e["arguments"], "")
                                          if x not in ("-fPIC", "-DPIC")))
            if key not in seen:
                seen.add(key)
                kept.append(e)
        per_file = collections.Counter(e["file"] for e in kept)
        for e in kept:
            args = e["arguments"]
            name = os.path.relpath(os.path.join(e["directory"], e["file"]),
                                   a.src_root)
            if per_file[e["file"]] > 1:     # one source, several units
                out = args[args.index("-o") + 1] if "-o" in args else ""
                name += " [%s]" % os.path.basename(out)
            merged.append(dict(name=name, group=group, file=e["file"],
                               directory=e["directory"], arguments=args))
    json.dump(merged, sys.stdout, indent=1)
    sys.stdout.write("\n")


def count_stmts(entry):
    """(statements, functions) of the GIMPLE the escape pass reads.

    -flto -fno-fat-lto-objects stops cc1 after the early IPA passes, so this
    is cheap; the release_ssa dump is the last one before the pass (the end
    of opt_local_passes).  Counted: every statement line in a basic block,
    PHIs included; not counted: declarations, block headers, labels, and
    the goto/else lines that print a condition's edges."""
    with tempfile.TemporaryDirectory(prefix="compile-cost.") as tmp:
        args = scrub(entry["arguments"], os.path.join(tmp, "unit.o")) + [
            "-flto", "-fno-fat-lto-objects", "-fdump-tree-release_ssa"]
        subprocess.run(args, cwd=entry["directory"], check=True,
                       stderr=subprocess.DEVNULL)
        dumps = [n for n in os.listdir(tmp) if n.endswith("release_ssa")]
        stmts = fns = 0
        in_bb = False
        skip = re.compile(r"^  (goto |else$|//|<[LD][0-9.]*>:)")
        with open(os.path.join(tmp, dumps[0])) as f:
            for line in f:
                if line.startswith(";; Function"):
                    fns += 1
                    in_bb = False
                elif line.startswith("}"):
                    in_bb = False
                elif line.startswith("  <bb "):
                    in_bb = True
                elif (in_bb and re.match(r"^  [^ ]", line)
                      and not skip.match(line)):
                    stmts += 1
    return stmts, fns


def cmd_median(a):
    """The median of one column of one unit's and variant's runs."""
    rs = read_runs(a.runs)[a.name, a.variant]
    if not rs:
        sys.exit("compile-cost: no runs of %s, %s" % (a.name, a.variant))
    col = {"cpu": 1, "rss": 2, "pass": 3}[a.column]
    print("%.6g" % statistics.median(r[col] for r in rs))


def cmd_units(a):
    """The per-unit table: statements, CPU time, pass time, RSS."""
    runs = read_runs(a.runs)
    w = sys.stdout.write
    w("| unit | GIMPLE stmts | functions | -O2 CPU s without | -O2 CPU s with "
      "| compile overhead | escape pass s | pass / compile | pass ms per 1k stmts "
      "| peak RSS MB without | peak RSS MB with | RSS overhead | reps |\n"
      "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n")
    for e in load_db(a.db, a.only):
        stmts, fns = count_stmts(e)
        base, plug = runs[e["name"], "base"], runs[e["name"], "plug"]

        def med(rs, col):
            return statistics.median(r[col] for r in rs)
        bc, pc, ps = med(base, 1), med(plug, 1), med(plug, 3)
        br, pr = med(base, 2), med(plug, 2)
        w("| %s | %d | %d | %.2f | %.2f | %+.1f%% | %.3f | %.1f%% | %.2f "
          "| %.0f | %.0f | %+.1f%% | %d |\n"
          % (e["name"], stmts, fns, bc, pc, pct(pc, bc), ps, 100 * ps / bc,
             1000 * ps / (stmts / 1000), br / 1024, pr / 1024, pct(pr, br),
             len(plug)))


def pct(new, old):
    return 100.0 * (new - old) / old if old else 0.0


def cmd_summary(a):
    db = load_db(a.db)
    runs = read_runs(a.runs)
    names = [e["name"] for e in db]
    w = sys.stdout.write

    # Totals per repetition, of each variant.
    reps = sorted({r[0] for n in names for r in runs[n, "plug"]})
    control = any(runs[n, "again"] for n in names)

    def total(variant, rep):
        return sum(r[1] for n in names for r in runs[n, variant] if r[0] == rep)
    tot = {v: [total(v, r) for r in reps] for v in ("base", "plug", "again")}
    over = {v: [pct(x, b) for x, b in zip(tot[v], tot["base"])]
            for v in ("plug", "again")}

    # Per unit: medians over the repetitions, the fastest compile; whether
    # the plugin changed the object file.
    def med(name, variant, col):
        return statistics.median(r[col] for r in runs[name, variant])

    def digests(name, variant):
        return {r[0]: r[4] for r in runs[name, variant]}
    unit = {}
    for n in names:
        base_d = digests(n, "base")
        u = unit[n] = dict(
            base=med(n, "base", 1), plug=med(n, "plug", 1),
            pass_s=med(n, "plug", 3),
            rss_base=med(n, "base", 2), rss_plug=med(n, "plug", 2),
            changed=any(d != base_d[r] for r, d in digests(n, "plug").items()),
            unstable=any(d != base_d[r] for r, d in digests(n, "again").items()))
        u["delta"] = u["plug"] - u["base"]
        for v in ("base", "plug", "again"):
            u["min_" + v] = min((r[1] for r in runs[n, v]), default=0)
        if control:
            u["again"] = med(n, "again", 1) - u["base"]
    pass_total = sum(u["pass_s"] for u in unit.values())
    changed = [n for n in names if unit[n]["changed"]]
    med_base = statistics.median(tot["base"])

    w("%d translation units; %d repetitions, each compiling every unit "
      "without and with\nthe plugin%s.\n\n"
      % (len(names), len(reps),
         ", and once more without it: the control, gcc against itself"
         if control else ""))
    if control:
        w("| repetition | CPU s without | CPU s with | overhead "
          "| CPU s without, again | control |\n|---|--:|--:|--:|--:|--:|\n")
    else:
        w("| repetition | CPU s without | CPU s with | overhead |\n"
          "|---|--:|--:|--:|\n")

    def row(label, b, p, o, again=None, c=None, bold=False):
        f = "**%s**" if bold else "%s"
        cells = [label, f % ("%.1f" % b), f % ("%.1f" % p),
                 f % ("%+.2f%%" % o)]
        if control:
            cells += [f % ("%.1f" % again), f % ("%+.2f%%" % c)]
        w("| " + " | ".join(cells) + " |\n")
    for i, r in enumerate(reps):
        row(str(i + 1), tot["base"][i], tot["plug"][i], over["plug"][i],
            tot["again"][i], over["again"][i])
    row("**median**", med_base, statistics.median(tot["plug"]),
        statistics.median(over["plug"]), statistics.median(tot["again"] or [0]),
        statistics.median(over["again"] or [0]), bold=True)
    fb, fp, fa = (sum(u["min_" + v] for u in unit.values())
                  for v in ("base", "plug", "again"))
    row("each unit's fastest", fb, fp, pct(fp, fb), fa, pct(fa, fb))
    w("\n")
    w("The **median** row is the result; **control** is the same overhead "
      "measured between\ntwo compiles that are both without the plugin, the "
      "error bar. **each unit's\nfastest** sums every unit's fastest compile "
      "of the %d, which discounts time\nlost to other processes.\n\n"
      % len(reps))
    w("- The escape pass's own CPU time (bench/pass-timer.cc), summed over "
      "the units:\n  %.2f s, %.2f%% of the compile without the plugin.\n"
      % (pass_total, 100 * pass_total / med_base))
    if a.load_seconds is not None:
        load = a.load_seconds * len(names)
        w("- Accounted for: the pass's %.2f s and %d times the cost of loading "
          "the plugin\n  (%.1f ms, below) make %.2f s, %.2f%% of the compile "
          "without the plugin.\n"
          % (pass_total, len(names), 1000 * a.load_seconds,
             pass_total + load, 100 * (pass_total + load) / med_base))
    w("- The plugin changed the object code of %d of the %d units (the "
      "others are\n  byte for byte the same: their overhead is the pass, "
      "loading the plugin, and noise).\n" % (len(changed), len(names)))
    if control:
        unstable = [n for n in names if unit[n]["unstable"]]
        spread = sorted(abs(u["again"]) for u in unit.values())
        w("- Control, per unit: two compiles without the plugin differ by up "
          "to %.2f s;\n  by at most %.2f s for 95%% of the units%s.\n"
          % (spread[-1], spread[int(0.95 * (len(spread) - 1))],
             "; %d units' object code differs from one compile to the next"
             % len(unstable) if unstable else ""))
    rb = max(u["rss_base"] for u in unit.values())
    rp = max(u["rss_plug"] for u in unit.values())
    n_rss = max(names, key=lambda n: unit[n]["rss_plug"] - unit[n]["rss_base"])
    u = unit[n_rss]
    w("- Peak RSS, the largest of any unit: %.1f MB without, %.1f MB with "
      "the plugin;\n  the largest increase for one unit: %+.1f MB (%s, "
      "%.1f to %.1f MB).\n\n"
      % (rb / 1024, rp / 1024, (u["rss_plug"] - u["rss_base"]) / 1024,
         n_rss, u["rss_base"] / 1024, u["rss_plug"] / 1024))

    # Per group.
    lines = {}
    for e in db:
        path = os.path.join(e["directory"], e["file"])
        if path not in lines:
            with open(path, "rb") as f:
                lines[path] = f.read().count(b"\n")
    groups = collections.OrderedDict()
    for e in db:
        groups.setdefault(e["group"], []).append(e)
    groups["**all**"] = db
    w("| library | units | source lines | CPU s without | CPU s with "
      "| overhead | escape pass s | pass / compile | code changed |\n"
      "|---|--:|--:|--:|--:|--:|--:|--:|--:|\n")
    for g, es in groups.items():
        ns = [e["name"] for e in es]
        files = {os.path.join(e["directory"], e["file"]) for e in es}
        b = sum(unit[n]["base"] for n in ns)
        p = sum(unit[n]["plug"] for n in ns)
        ps = sum(unit[n]["pass_s"] for n in ns)
        w("| %s | %d | %d | %.1f | %.1f | %+.1f%% | %.3f | %.2f%% | %d |\n"
          % (g, len(ns), sum(lines[f] for f in files), b, p, pct(p, b), ps,
             100 * ps / b if b else 0,
             sum(unit[n]["changed"] for n in ns)))
    w("\nPer library, each unit counts with its median over the repetitions."
      "\n\n")

    # The units that cost most.
    def table(title, key, rows):
        w("%s\n\n| unit | CPU s without | CPU s with | overhead | overhead %% "
          "| escape pass s | code changed%s |\n|---|--:|--:|--:|--:|--:|:-:%s|\n"
          % (title, " | control" if control else "",
             "|--:" if control else ""))
        for n in sorted(rows, key=key, reverse=True)[:a.worst]:
            u = unit[n]
            w("| %s | %.3f | %.3f | %+.3f s | %+.1f%% | %.3f | %s%s |\n"
              % (n, u["base"], u["plug"], u["delta"], pct(u["plug"], u["base"]),
                 u["pass_s"], "yes" if u["changed"] else "no",
                 " | %+.3f s" % u["again"] if control else ""))
        w("\n")
    table("The units with the largest overhead in seconds:",
          lambda n: unit[n]["delta"], names)
    big = [n for n in names if unit[n]["base"] >= a.min_seconds]
    table("The units with the largest overhead in percent, among the %d "
          "that take at least %.2g s without the plugin:"
          % (len(big), a.min_seconds),
          lambda n: pct(unit[n]["plug"], unit[n]["base"]), big)
    table("The units where the escape pass itself takes the largest share "
          "of the compile\n(its time over the compile without the plugin: "
          "no noise from subtracting two\ncompile times):",
          lambda n: unit[n]["pass_s"] / unit[n]["base"], names)
    if control:
        w("**control** is the same difference between two compiles without "
          "the plugin (medians):\nthe noise on one unit.\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--db", required=True, action="append")
    r.add_argument("--only", action="append", metavar="NAME")
    r.add_argument("--runs", required=True)
    r.add_argument("--plugin-flags", required=True)
    r.add_argument("--reps", type=int, default=3)
    r.add_argument("--jobs", type=int, default=1)
    r.add_argument("--control", action="store_true")
    r.add_argument("--progress", type=int, default=0,
                   help="report every N compiles on stderr")
    g = sub.add_parser("merge")
    g.add_argument("--src-root", required=True,
                   help="unit names are source paths relative to this")
    g.add_argument("dbs", nargs="+", metavar="GROUP=DB.json")
    u = sub.add_parser("units")
    u.add_argument("--db", required=True, action="append")
    u.add_argument("--only", action="append", metavar="NAME")
    u.add_argument("--runs", required=True)
    d = sub.add_parser("median")
    d.add_argument("--runs", required=True)
    d.add_argument("--name", required=True)
    d.add_argument("--variant", required=True,
                   choices=["base", "plug", "again"])
    d.add_argument("--column", required=True, choices=["cpu", "rss", "pass"])
    i = sub.add_parser("instructions")
    i.add_argument("--db", required=True, action="append")
    i.add_argument("--only", action="append", metavar="NAME")
    i.add_argument("--plugin", required=True, action="append",
                   metavar="LABEL=PATH")
    s = sub.add_parser("summary")
    s.add_argument("--db", required=True)
    s.add_argument("--runs", required=True)
    s.add_argument("--worst", type=int, default=5)
    s.add_argument("--load-seconds", type=float,
                   help="what loading the plugin costs one compile")
    s.add_argument("--min-seconds", type=float, default=0.2)
    a = ap.parse_args()
    {"run": cmd_run, "merge": cmd_merge, "units": cmd_units, "median": cmd_median, "summary": cmd_summary,
     "instructions": cmd_instructions}[a.cmd](a)


if __name__ == "__main__":
    main()
