#!/bin/bash
# codebase.sh -- a large real C code base to time the escape pass on: the
# C libraries in GCC's own source tarball, each configured and built once,
# as its own build system does it, to record its compile commands.
#
# Usage: bench/codebase.sh --work DIR [--tarball PATH] [--libs "LIB ..."]
#
# Extracts the libraries from the tarball (Debian's gcc-12-source) into
# DIR/src with tools/gcc-source, configures each in DIR/build/LIB with
# CFLAGS=-O2 and builds it under bear (apt-get install bear), which
# records every compiler call;
# then writes DIR/compile_commands.json: one entry per C translation unit
# (bench/compile-cost.py merge), named by its path in the tarball, with
# the library as its group.  A library already built in DIR for the same
# tarball and compiler is not built again, so only the first run pays for
# configure (about two minutes on 2 cores).
#
# Environment: CC (default gcc).  The default libraries, all the C ones
# that build without the rest of GCC's tree (libcpp and the others are
# C++; libgcc, libobjc and libgfortran need the GCC being built):
default_libs="libiberty zlib libbacktrace libdecnumber libgomp libatomic
  libquadmath libssp libffi fixincludes lto-plugin"

set -euo pipefail

bench_dir=$(cd "$(dirname "$0")" && pwd)
CC=${CC:-gcc}
work= libs=$default_libs
tarball=$(ls /usr/src/gcc-12/gcc-12*.tar.* 2>/dev/null | head -n 1 || true)
while [ $# -gt 0 ]; do
  case $1 in
    --work) work=$2; shift 2 ;;
    --tarball) tarball=$2; shift 2 ;;
    --libs) libs=$2; shift 2 ;;
    *) echo "codebase: unknown option '$1'" >&2; exit 2 ;;
  esac
done
log () { echo "codebase: $*" >&2; }
[ -n "$work" ] || { log "--work DIR is required"; exit 2; }
[ -n "$tarball" ] && [ -f "$tarball" ] || {
  log "GCC's source tarball not found; install gcc-12-source or pass --tarball"
  exit 2; }
command -v bear > /dev/null || {
  log "needs bear to record compile commands (apt-get install bear)"; exit 2; }
mkdir -p "$work"
work=$(cd "$work" && pwd)

# What a build depends on: the tarball and the compiler.  Another stamp
# than the one in DIR throws the old builds away.
stamp="$(realpath "$tarball") $(stat -c '%s %Y' "$tarball"); $("$CC" --version | head -1)"
if [ "$(cat "$work/stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$work/src" "$work/build"
  echo "$stamp" > "$work/stamp"
fi

# ---- Extract ---------------------------------------------------------------
# Each library with the tree's top-level files, config/ and include/, which
# configure scripts share; lto-plugin also needs one header of gcc/.
parts=(top config include $libs)
case " $(echo $libs) " in *" lto-plugin "*) parts+=(gcc/lto/common.h) ;; esac
bash "$bench_dir/../tools/gcc-source" --dest "$work/src" --tarball "$tarball" \
  "${parts[@]}" || exit 2

# ---- Configure and build ---------------------------------------------------
# Two libraries at a time (configure scripts are serial).  -O2 without -g,
# the level the bench is about; a library's own flags stay as it sets them.
# "make -k": some libraries fail to link here (lto-plugin wants libiberty's
# PIC archive, fixincludes the GCC tree), after every compile is done.
build_lib () {
  local lib=$1 dir="$work/build/$1"
  [ -s "$dir/compile_commands.json" ] && return 0
  rm -rf "$dir"; mkdir -p "$dir"
  if ! (cd "$dir" && "$work/src/$lib/configure" CC="$CC" CFLAGS=-O2 \
          --disable-multilib > configure.log 2>&1); then
    log "$lib: configure failed, see $dir/configure.log"; return 1
  fi
  (cd "$dir" && bear --output compile_commands.json.tmp -- \
     make -k -j2 > build.log 2>&1) || true
  if [ ! -s "$dir/compile_commands.json.tmp" ]; then
    log "$lib: no compile commands recorded, see $dir/build.log"; return 1
  fi
  mv "$dir/compile_commands.json.tmp" "$dir/compile_commands.json"
  log "$lib: built"
}
pids=() failed=0
for lib in $libs; do
  if [ ${#pids[@]} -ge 2 ]; then
    wait "${pids[0]}" || failed=1; pids=("${pids[@]:1}")
  fi
  build_lib "$lib" & pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
[ "$failed" = 0 ] || exit 1

dbs=()
for lib in $libs; do dbs+=("$lib=$work/build/$lib/compile_commands.json"); done
python3 "$bench_dir/compile-cost.py" merge --src-root "$work/src" "${dbs[@]}" \
  > "$work/compile_commands.json"
log "$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' \
  "$work/compile_commands.json") translation units in $work/compile_commands.json"
