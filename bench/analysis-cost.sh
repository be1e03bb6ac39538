#!/bin/bash
# analysis-cost.sh -- what the escape pass adds to a -O2 compile.
#
# Usage: bench/analysis-cost.sh [--quick] [PATH/TO/escape.so]
#                                                   (default .libs/escape.so)
#
# Three measurements, each compiling at -O2 without and with the plugin
# (bench/compile-cost.py does every compile and the arithmetic):
#  - generated units of scale 1, 10 and 100 (bench/gen-unit.py), to show
#    whether the pass's cost grows linearly;
#  - two real files, libdecnumber/decNumber.c and libiberty/cp-demangle.c;
#  - a real code base: all C translation units of the libraries in GCC's
#    source tarball (bench/codebase.sh), each with its own build flags,
#    three times, each time also compiled a second time without the
#    plugin: the control, gcc against itself, gives the error bar;
#  - the fixed cost of loading the plugin, on a one-line unit.
# It writes the results as markdown to stdout and to bench/analysis-cost.md.
# The first run also configures and builds the libraries once, into
# CODEBASE_WORK, to record their compile commands.
#
# --quick: scales 1 and 10, four libraries, and the report only on stdout
# (unless OUT_MD is set): a check of the tooling, not a result.
#
# Environment: CC, CXX, GCC_TARBALL, SCALES (default "1 10 100"; "" for
# none), REPS_1, REPS_10, REPS_100, REAL_REPS, CODEBASE_LIBS (see
# codebase.sh; "" for none), CODEBASE_REPS, CODEBASE_WORK (default
# ${TMPDIR:-/tmp}/escape-bench-codebase), OUT_MD.

set -euo pipefail

bench_dir=$(cd "$(dirname "$0")" && pwd)
quick=
if [ "${1:-}" = --quick ]; then quick=1; shift; fi
plugin=$(realpath -e "${1:-.libs/escape.so}") || {
  echo "analysis-cost: no plugin; build it or pass its path" >&2; exit 2; }
CC=${CC:-gcc}
CXX=${CXX:-g++}
GCC_TARBALL=${GCC_TARBALL:-/usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz}
CODEBASE_WORK=${CODEBASE_WORK:-${TMPDIR:-/tmp}/escape-bench-codebase}
if [ -n "$quick" ]; then
  SCALES=${SCALES-1 10} REPS_10=${REPS_10:-1}
  CODEBASE_LIBS=${CODEBASE_LIBS-libiberty zlib libbacktrace libdecnumber}
  OUT_MD=${OUT_MD:-/dev/null}
fi
SCALES=${SCALES-1 10 100}
# A 100x unit takes minutes per compile on 2 cores, so it gets one pair
# and 10x two, to stay near 10 minutes in all.
REPS_1=${REPS_1:-5} REPS_10=${REPS_10:-2} REPS_100=${REPS_100:-1}
# The real units compile in a second or two and the question is a few
# percent, so they get more repetitions.
REAL_REPS=${REAL_REPS:-7}
CODEBASE_REPS=${CODEBASE_REPS:-3}
OUT_MD=${OUT_MD:-$bench_dir/analysis-cost.md}
SEED=1
cost=(python3 "$bench_dir/compile-cost.py")

work=$(mktemp -d "${TMPDIR:-/tmp}/analysis-cost.XXXXXX")
trap 'rm -rf "$work"' EXIT
log () { echo "analysis-cost: $*" >&2; }
minutes () { printf '%d min %02d s' $(( $1 / 60 )) $(( $1 % 60 )); }
start_s=$SECONDS

# ---- The pass timer ------------------------------------------------------
# -ftime-report's "plugin execution" line also counts GCC's bookkeeping of
# every plugin event once any plugin is loaded (see pass-timer.cc), so the
# pass's own time comes from a small plugin loaded next to it.
timer="$work/pass-timer.so"
"$CXX" -shared -fPIC -O2 -fno-rtti \
  -I"$("$CC" -print-file-name=plugin)/include" \
  "$bench_dir/pass-timer.cc" -o "$timer"
plugin_flags=(-fplugin="$plugin" -fplugin="$timer")
plugin_flags_quoted=$(printf '%q ' "${plugin_flags[@]}")

# ---- The real code base --------------------------------------------------
# Built first: the two real units come from it too, with their libraries'
# own configure results and flags.
codebase_db=
if [ -n "${CODEBASE_LIBS-x}" ]; then
  CC=$CC bash "$bench_dir/codebase.sh" --work "$CODEBASE_WORK" \
    --tarball "$GCC_TARBALL" ${CODEBASE_LIBS:+--libs "$CODEBASE_LIBS"}
  codebase_db=$CODEBASE_WORK/compile_commands.json
fi

# ---- Single units: generated, and two real files -------------------------
# unit_db NAME SRC FLAGS...: a compilation database of one unit,
# "$CC -O2 -c FLAGS SRC", for compile-cost.py.
unit_db () {
  python3 -c 'import json, sys
name, src, directory, cc, flags = sys.argv[1:5] + [sys.argv[5:]]
print(json.dumps([dict(name=name, file=src, directory=directory,
  arguments=[cc, "-O2", "-c"] + flags + [src, "-o", "unit.o"])]))' \
    "$1" "$2" "$work" "$CC" "${@:3}"
}
unit_dbs=() unit_names=()
for scale in $SCALES; do
  src="$work/unit-$scale.c"
  python3 "$bench_dir/gen-unit.py" --scale "$scale" --seed "$SEED" -o "$src"
  unit_db "generated ${scale}×" "$src" -w > "$work/gen-$scale.json"
  reps_var=REPS_$scale; reps=${!reps_var:-1}
  log "generated unit, scale $scale: $reps pair(s), run at once"
  # Each pair at once, one per core, to keep the big units within the
  # time budget (both sides share the slowdown).
  "${cost[@]}" run --db "$work/gen-$scale.json" --runs "$work/units.runs" \
    --plugin-flags "$plugin_flags_quoted" --reps "$reps" --jobs 2
  unit_dbs+=(--db "$work/gen-$scale.json")
  unit_names+=(--only "generated ${scale}×")
done

# libdecnumber/decNumber.c (arbitrary-precision decimal arithmetic, which
# mallocs its scratch buffers when operands are long) and
# libiberty/cp-demangle.c (the C++ demangler, with growable strings).
# One compile at a time, alternating without/with.
if [ -n "$codebase_db" ]; then
  for name in libdecnumber/decNumber.c libiberty/cp-demangle.c; do
    grep -q "\"name\": \"$name\"" "$codebase_db" || continue
    log "$name: $REAL_REPS pairs, one compile at a time"
    "${cost[@]}" run --db "$codebase_db" --only "$name" --runs "$work/units.runs" \
      --plugin-flags "$plugin_flags_quoted" --reps "$REAL_REPS" --jobs 1
    unit_names+=(--only "$name")
  done
  unit_dbs+=(--db "$codebase_db")
fi
units_table=
if [ ${#unit_names[@]} -gt 0 ]; then
  units_table=$("${cost[@]}" units "${unit_dbs[@]}" "${unit_names[@]}" \
                  --runs "$work/units.runs")
fi

# ---- The code base, measured ---------------------------------------------
codebase_section=
if [ -n "$codebase_db" ]; then
  log "code base: $CODEBASE_REPS repetitions and a control, 2 compiles at a time"
  codebase_start=$SECONDS
  "${cost[@]}" run --db "$codebase_db" --runs "$work/codebase.runs" \
    --plugin-flags "$plugin_flags_quoted" --reps "$CODEBASE_REPS" --jobs 2 \
    --control --progress 500
  codebase_time=$(minutes $(( SECONDS - codebase_start )))
  cp "$work/codebase.runs" "$CODEBASE_WORK/last.runs"
fi

# ---- Loading the plugin --------------------------------------------------
# What every compile pays before the pass runs: a one-line unit, compiled
# many times one after the other.  The code base's summary uses it to
# account for its overhead.
echo 'int f (int x) { return x + 1; }' > "$work/tiny.c"
unit_db tiny "$work/tiny.c" > "$work/tiny.json"
"${cost[@]}" run --db "$work/tiny.json" --runs "$work/tiny.runs" \
  --plugin-flags "$plugin_flags_quoted" --reps 100 --jobs 1
median_ms () {
  "${cost[@]}" median --runs "$work/tiny.runs" --name tiny --variant "$1" --column cpu |
    awk '{ printf "%.1f", 1000 * $1 }'
}
load_base=$(median_ms base) load_plug=$(median_ms plug)
if [ -n "$codebase_db" ]; then
  codebase_section=$("${cost[@]}" summary --db "$codebase_db" \
    --runs "$work/codebase.runs" \
    --load-seconds "$(awk -v b="$load_base" -v p="$load_plug" \
                        'BEGIN { print (p - b) / 1000 }')")
fi

# ---- What -ftime-report shows --------------------------------------------
# The "plugin execution" line with the escape pass, and with only the
# pass timer loaded (a plugin that does no work), on the 1x unit.
ftime_plugin_exec () {
  "$CC" -O2 -c -w -ftime-report "$@" -o "$work/ftime.o" 2>&1 |
    awk -F: '/plugin execution/ { times = $2; gsub (/\([^)]*\)/, "", times)
                                  split (times, f, " "); print f[1] + f[2] }'
}
ftime_unit="$work/unit-1.c"
[ -f "$ftime_unit" ] || python3 "$bench_dir/gen-unit.py" -o "$ftime_unit"
ftime_escape=$(ftime_plugin_exec "${plugin_flags[@]}" "$ftime_unit")
ftime_idle=$(ftime_plugin_exec -fplugin="$timer" "$ftime_unit")
ftime_timer=
[ -f "$work/units.runs" ] && grep -q '^generated 1×' "$work/units.runs" &&
  ftime_timer=$("${cost[@]}" median --runs "$work/units.runs" --name "generated 1×" \
                  --variant plug --column pass | xargs printf "%.3f")

# ---- The report ----------------------------------------------------------

cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
{
  echo "# Escape pass: compile-time cost"
  echo
  if [ -n "$quick" ]; then
    echo "Generated by \`bench/analysis-cost.sh --quick\` on $(date -u '+%Y-%m-%d %H:%M UTC'),"
  else
    echo "Generated by \`bench/analysis-cost.sh\` (\`make bench-analysis\`) on $(date -u '+%Y-%m-%d %H:%M UTC'),"
  fi
  echo "in $(minutes $(( SECONDS - start_s )));"
  echo "CPU: ${cpu_model:-unknown}, $(nproc) cores, $(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, Linux $(uname -r);"
  echo "$("$CC" --version | head -1);"
  echo "repository at commit $(git -C "$bench_dir" rev-parse --short HEAD 2>/dev/null || echo unknown)$(
    [ -n "$(git -C "$bench_dir" status --porcelain -- ../plugin 2>/dev/null)" ] &&
      echo ", plugin/ with uncommitted changes");"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "Every compile is \`gcc -O2 -c\`, once as is and once with"
  echo "\`-fplugin=escape.so -fplugin=pass-timer.so\` added (the plugin's defaults:"
  echo "it transforms, no report). Times are user+sys CPU seconds of the driver and"
  echo "all it runs (cc1, as), from \`wait4\`: CPU rather than wall time, since the"
  echo "machine may be shared. Peak RSS is the largest process's (cc1's)."
  if [ -n "$units_table" ]; then
    echo
    echo "## Single units"
    echo
    echo "$units_table"
    echo
    echo "- **GIMPLE stmts**: statements in the \`-fdump-tree-release_ssa\` dump (the"
    echo "  last one before the escape pass), PHIs included, labels and edge gotos not."
    echo "- **CPU s**: the median over the repetitions (**reps**). Generated units"
    echo "  compile each pair at once, one per core; the real ones one compile at a"
    echo "  time, alternating without/with."
    echo "- **escape pass s**: the pass's CPU time measured by \`bench/pass-timer.cc\`,"
    echo "  from the pass's start to the next pass's, garbage collection excluded."
    echo "  **pass / compile** is that time over the compile without the plugin: the"
    echo "  pass's share alone, without the noise of subtracting two compile times"
    echo "  (**compile overhead** also includes what the rewrite changes downstream,"
    echo "  loading the plugin, and noise)."
    echo "- The real units are two files of the code base below, compiled with their"
    echo "  libraries' own flags."
  fi
  if [ -n "$codebase_section" ]; then
    echo
    echo "## A real code base: the C libraries of GCC's source tree"
    echo
    echo "All C translation units of the libraries below from"
    echo "\`$(basename "$GCC_TARBALL")\`, as their own build compiles them: each"
    echo "library configured with \`CFLAGS=-O2 --disable-multilib\`, built once under"
    echo "\`bear\` to record its compile commands (\`bench/codebase.sh\`), and those"
    echo "replayed, with libtool's second, non-PIC compile of each file left out. Two"
    echo "compiles run at a time; the measuring part took ${codebase_time}."
    echo
    echo "$codebase_section"
  fi
  echo
  echo "## Loading the plugin"
  echo
  echo "A one-line unit compiles in ${load_base} ms of CPU without the plugin and"
  echo "${load_plug} ms with it (medians of 100 compiles each, alternating): what every"
  echo "compile pays before the pass does any work, the dynamic loader's mostly."
  if ldd "$plugin" 2>/dev/null | grep -q 'libstdc++'; then
    echo "escape.so depends on libstdc++.so, which the loader then maps and relocates"
    echo "in every compile (cc1 has its own copy, linked statically, and exports the"
    echo "operator new and delete that are all the plugin uses of it)."
  fi
  echo
  echo "## -ftime-report"
  echo
  echo "On the 1× unit, \"plugin execution\" (user+sys) is"
  echo "${ftime_escape:-?} s with the escape pass and ${ftime_idle:-?} s with only the idle"
  echo "pass timer loaded, against ${ftime_timer:-?} s for the pass itself. Once any plugin"
  echo "is loaded GCC times every plugin event under that line (each pass's gate and"
  echo "execution per function, each declaration, each GC), and -ftime-report makes"
  echo "each such timing two system calls, so the line measures GCC's bookkeeping, not"
  echo "the pass. Without -ftime-report the bookkeeping is a few branches per event."
  echo
  echo "## Reproducing"
  echo
  echo '```sh'
  echo "make bench-analysis        # = bench/analysis-cost.sh \$PWD/.libs/escape.so"
  echo '```'
  echo
  echo "This run: \`bench/analysis-cost.sh${quick:+ --quick} $plugin\` with"
  echo "SCALES=\"$SCALES\" REPS_1=$REPS_1 REPS_10=$REPS_10 REPS_100=$REPS_100"
  echo "REAL_REPS=$REAL_REPS CODEBASE_REPS=$CODEBASE_REPS CODEBASE_WORK=$CODEBASE_WORK."
  echo "\`bench/analysis-cost.sh --quick\` (scales 1 and 10, four libraries) checks the"
  echo "tooling in a few minutes; \`CODEBASE_LIBS=\"...\"\` picks libraries, \`SCALES=\"\"\`"
  echo "skips the generated units. The per-compile records of the code base are kept"
  echo "in \`\$CODEBASE_WORK/last.runs\` (name, variant, repetition, CPU s, RSS KB,"
  echo "pass s, object hash)."
} > "$work/report.md"
cp "$work/report.md" "$OUT_MD"
cat "$work/report.md"
