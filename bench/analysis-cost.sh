#!/bin/bash
# analysis-cost.sh -- what the escape pass adds to a -O2 compile.
#
# Usage: bench/analysis-cost.sh [PATH/TO/escape.so]     (default .libs/escape.so)
#
# For generated units of scale 1, 10 and 100 (bench/gen-unit.py) and for
# real C files from GCC's own source tarball, it compiles each at -O2
# without and with the plugin and reports, as a markdown table on stdout
# and in bench/analysis-cost.md: GIMPLE statements the pass reads, CPU
# time of the whole compile both ways, the pass's own CPU time (per 1000
# statements, to show whether it grows linearly), and peak RSS both ways.
#
# Environment: CC, CXX, GCC_TARBALL, REPS_1, REPS_10, REPS_100, REAL_REPS,
# SCALES (default "1 10 100"), OUT_MD (default bench/analysis-cost.md).

set -euo pipefail

bench_dir=$(cd "$(dirname "$0")" && pwd)
plugin=$(realpath -e "${1:-.libs/escape.so}") || {
  echo "analysis-cost: no plugin; build it or pass its path" >&2; exit 2; }
CC=${CC:-gcc}
CXX=${CXX:-g++}
GCC_TARBALL=${GCC_TARBALL:-/usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz}
SCALES=${SCALES:-1 10 100}
# A 100x unit takes minutes per compile on 2 cores, so it gets one pair
# and 10x two, to stay near 10 minutes in all.
REPS_1=${REPS_1:-5} REPS_10=${REPS_10:-2} REPS_100=${REPS_100:-1}
# The real units compile in a second or two and the question is a few
# percent, so they get more repetitions.
REAL_REPS=${REAL_REPS:-7}
OUT_MD=${OUT_MD:-$bench_dir/analysis-cost.md}
SEED=1

TIME=/usr/bin/time
[ -x "$TIME" ] || {
  echo "analysis-cost: needs GNU time (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/analysis-cost.XXXXXX")
trap 'rm -rf "$work"' EXIT
log () { echo "analysis-cost: $*" >&2; }

# ---- The pass timer ------------------------------------------------------
# -ftime-report's "plugin execution" line also counts GCC's bookkeeping of
# every plugin event once any plugin is loaded (see pass-timer.cc), so the
# pass's own time comes from a small plugin loaded next to it.
timer="$work/pass-timer.so"
"$CXX" -shared -fPIC -O2 -fno-rtti \
  -I"$("$CC" -print-file-name=plugin)/include" \
  "$bench_dir/pass-timer.cc" -o "$timer"
plugin_flags=(-fplugin="$plugin" -fplugin="$timer")

# ---- Measuring -----------------------------------------------------------

median () { sort -g | awk '{ v[NR] = $1 } END {
  print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# compile TAG SRC FLAGS...: one -O2 compile; appends "cpu_s rss_kb pass_s"
# to $work/TAG.runs.  CPU time (user + sys of cc1 and as), not wall time:
# the machine may be shared, and waiting for a core is not compile cost.
compile () {
  local tag=$1 src=$2; shift 2
  local stats="$work/$tag.time" err="$work/$tag.err"
  if ! "$TIME" -f '%U %S %M' -o "$stats" \
       "$CC" -O2 -c -w "$@" "$src" -o "$work/$tag.o" 2>"$err"; then
    log "compile failed: $CC -O2 -c -w $* $src"; cat "$err" >&2; exit 1
  fi
  local pass_s
  pass_s=$(awk '/^pass-timer:/ { print $3 }' "$err")
  awk -v pass="${pass_s:-0}" '{ printf "%.3f %d %.6f\n", $1 + $2, $3, pass }' \
    "$stats" >> "$work/$tag.runs"
}

# measure NAME SRC REPS MODE FLAGS...: REPS compiles without and with the
# plugin.  MODE "together" runs each pair at once, one per core, to keep
# the big units within the time budget (both sides share the slowdown);
# "alternating" runs them one after the other, flipping the order every
# repetition so drift in machine load cancels.
measure () {
  local name=$1 src=$2 reps=$3 mode=$4; shift 4
  rm -f "$work/$name-base.runs" "$work/$name-plug.runs"
  for ((r = 0; r < reps; r++)); do
    if [ "$mode" = together ]; then
      compile "$name-base" "$src" "$@" &
      local base_pid=$!
      compile "$name-plug" "$src" "$@" "${plugin_flags[@]}" &
      wait "$base_pid"; wait $!
    elif ((r % 2 == 0)); then
      compile "$name-base" "$src" "$@"
      compile "$name-plug" "$src" "$@" "${plugin_flags[@]}"
    else
      compile "$name-plug" "$src" "$@" "${plugin_flags[@]}"
      compile "$name-base" "$src" "$@"
    fi
  done
}

# col TAG N: the median of column N of TAG's runs.
col () { awk -v n="$2" '{ print $n }' "$work/$1.runs" | median; }

# count_stmts SRC FLAGS...: "statements functions" of the GIMPLE the pass
# reads.  -flto -fno-fat-lto-objects stops cc1 after the early IPA passes,
# so this is cheap; the release_ssa dump is the last one before the pass
# (the end of opt_local_passes).  Counted: every statement line in a basic
# block, PHIs included; not counted: declarations, block headers, labels,
# and the goto/else lines that print a condition's edges.
count_stmts () {
  local src=$1; shift
  local dir="$work/count"
  rm -rf "$dir"; mkdir -p "$dir"
  (cd "$dir" && "$CC" -O2 -c -w "$@" -flto -fno-fat-lto-objects \
     -fdump-tree-release_ssa "$src" -o unit.o)
  awk '/^;; Function/ { fns++; in_bb = 0 }
       /^}/ { in_bb = 0 }
       /^  <bb / { in_bb = 1; next }
       in_bb && /^  [^ ]/ && !/^  (goto |else$|\/\/|<[LD][0-9.]*>:)/ { n++ }
       END { print n + 0, fns + 0 }' "$dir"/*release_ssa
  rm -rf "$dir"
}

rows=()
# report NAME DISPLAY STMTS FUNCS REPS: one table row from the runs.
report () {
  local name=$1 display=$2 stmts=$3 funcs=$4 reps=$5
  local base_cpu plug_cpu pass_s base_rss plug_rss
  base_cpu=$(col "$name-base" 1); plug_cpu=$(col "$name-plug" 1)
  base_rss=$(col "$name-base" 2); plug_rss=$(col "$name-plug" 2)
  pass_s=$(col "$name-plug" 3)
  rows+=("$(awk -v d="$display" -v st="$stmts" -v fn="$funcs" -v r="$reps" \
    -v bc="$base_cpu" -v pc="$plug_cpu" -v ps="$pass_s" \
    -v br="$base_rss" -v pr="$plug_rss" 'BEGIN {
    printf "| %s | %d | %d | %.2f | %.2f | %+.1f%% | %.3f | %.1f%% | %.2f | %.0f | %.0f | %+.1f%% | %d |", \
      d, st, fn, bc, pc, 100 * (pc - bc) / bc, ps, 100 * ps / bc, \
      1000 * ps / (st / 1000), br / 1024, pr / 1024, 100 * (pr - br) / br, r }')")
}

# ---- Generated units -----------------------------------------------------

for scale in $SCALES; do
  src="$work/unit-$scale.c"
  python3 "$bench_dir/gen-unit.py" --scale "$scale" --seed "$SEED" -o "$src"
  read -r stmts funcs < <(count_stmts "$src")
  reps_var=REPS_$scale; reps=${!reps_var:-1}
  log "scale $scale: $stmts statements in $funcs functions, $reps pair(s)"
  measure "gen$scale" "$src" "$reps" together
  report "gen$scale" "generated ${scale}×" "$stmts" "$funcs" "$reps"
done

# ---- Real units from GCC's source tarball --------------------------------
# libdecnumber/decNumber.c (arbitrary-precision decimal arithmetic, which
# mallocs its scratch buffers when operands are long) and
# libiberty/cp-demangle.c (the C++ demangler, with growable strings).
# Both are real files built unchanged; decNumber only needs the two
# headers its configure script would generate.

log "extracting real units from $GCC_TARBALL"
tar -xJf "$GCC_TARBALL" -C "$work" --wildcards \
  'gcc-12.2.0/libdecnumber/*.[ch]' 'gcc-12.2.0/libiberty/cp-demangle.[ch]' \
  'gcc-12.2.0/include/*.h'
gcc_src="$work/gcc-12.2.0"
mkdir -p "$work/decnumber-config"
: > "$work/decnumber-config/config.h"
echo '#include <stdint.h>' > "$work/decnumber-config/gstdint.h"

real_units=(
  "decNumber|libdecnumber/decNumber.c|-I$work/decnumber-config -I$gcc_src/libdecnumber -I$gcc_src/include"
  "cp-demangle|libiberty/cp-demangle.c|-DHAVE_STDLIB_H -DHAVE_STRING_H -DHAVE_LIMITS_H -I$gcc_src/include"
)
for entry in "${real_units[@]}"; do
  IFS='|' read -r name path flags <<< "$entry"
  read -ra flag_array <<< "$flags"
  read -r stmts funcs < <(count_stmts "$gcc_src/$path" "${flag_array[@]}")
  log "$path: $stmts statements in $funcs functions, $REAL_REPS pairs"
  measure "$name" "$gcc_src/$path" "$REAL_REPS" alternating "${flag_array[@]}"
  report "$name" "real: gcc-12.2.0/$path" "$stmts" "$funcs" "$REAL_REPS"
done

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
ftime_timer=$(awk '{ print $3 }' "$work/gen1-plug.runs" 2>/dev/null | median | xargs printf "%.3f" || true)

# ---- The report ----------------------------------------------------------

cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
{
  echo "# Escape pass: compile-time cost"
  echo
  echo "Generated by \`bench/analysis-cost.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC');"
  echo "CPU: ${cpu_model:-unknown}, $(nproc) cores; $("$CC" --version | head -1);"
  echo "repository at commit $(git -C "$bench_dir" rev-parse --short HEAD 2>/dev/null || echo unknown);"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| unit | GIMPLE stmts | functions | -O2 CPU s without | -O2 CPU s with | compile overhead | escape pass s | pass / compile | pass ms per 1k stmts | peak RSS MB without | peak RSS MB with | RSS overhead | reps |"
  echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "- **GIMPLE stmts**: statements in the \`-fdump-tree-release_ssa\` dump (the"
  echo "  last one before the escape pass), PHIs included, labels and edge gotos not."
  echo "- **CPU s**: median user+sys time of \`gcc -O2 -c\` (cc1 and as), from"
  echo "  \`/usr/bin/time\`; CPU rather than wall time because the machine may be shared."
  echo "  Generated units compile each pair concurrently, one per core; the real"
  echo "  units alternate without/with."
  echo "- **escape pass s**: the pass's CPU time measured by \`bench/pass-timer.cc\`,"
  echo "  from the pass's start to the next pass's, garbage collection excluded."
  echo "  **pass / compile** is that time over the compile without the plugin: the"
  echo "  pass's share alone, without the noise of subtracting two compile times"
  echo "  (**compile overhead** also includes what the rewrite changes downstream)."
  echo "- **peak RSS**: \`/usr/bin/time -f %M\`, the largest process (cc1)."
  echo "- Real units are unmodified files from \`$(basename "$GCC_TARBALL")\`;"
  echo "  decNumber.c gets an empty \`config.h\` and a \`gstdint.h\` that includes"
  echo "  \`<stdint.h>\`, which its configure script would otherwise generate."
  echo
  echo "**-ftime-report** on the 1× unit: \"plugin execution\" (user+sys) is"
  echo "${ftime_escape:-?} s with the escape pass and ${ftime_idle:-?} s with only the idle"
  echo "pass timer loaded, against ${ftime_timer:-?} s for the pass itself. Once any plugin"
  echo "is loaded GCC times every plugin event under that line (each pass's gate and"
  echo "execution per function, each declaration, each GC), and -ftime-report makes"
  echo "each such timing two system calls, so the line measures GCC's bookkeeping, not"
  echo "the pass. Without -ftime-report the bookkeeping is a few branches per event."
} > "$work/report.md"
cp "$work/report.md" "$OUT_MD"
cat "$work/report.md"
