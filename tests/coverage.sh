#!/usr/bin/env bash
# Prints the line, function and branch coverage of include/sentra/ from a build compiled with
# clang's source-based coverage (-fprofile-instr-generate -fcoverage-mapping) whose tests ran
# with LLVM_PROFILE_FILE=BUILD/profiles/%4m.profraw: the summary, then the per-file table.
# Usage: tests/coverage.sh BUILD LLVM_PROFDATA LLVM_COV
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build=$(realpath "$1")
profdata=$2
cov=$3
shopt -s nullglob
profiles=("$build"/profiles/*.profraw)
[ ${#profiles[@]} -gt 0 ] || { echo "coverage: no profiles in $build/profiles" >&2; exit 1; }
"$profdata" merge -sparse "${profiles[@]}" -o "$build/coverage.profdata"
# Every program the tests ran that carries coverage mapping (the test runners, the CLI, the
# documentation's programs).
objects=()
while IFS= read -r f; do
  if readelf -S "$f" 2>/dev/null | grep -q __llvm_covmap; then
    objects+=(-object "$f")
  fi
done < <(find "$build" -type f -perm -u+x ! -name '*.so*' ! -path '*/CMakeFiles/*' | sort)
[ ${#objects[@]} -gt 0 ] || { echo "coverage: no instrumented programs in $build" >&2; exit 1; }
"$cov" report -instr-profile="$build/coverage.profdata" "${objects[@]:1}" \
  "$root/include/sentra" >"$build/coverage.txt"
# The total first (the CI log's summary), then the table.
tail -n 1 "$build/coverage.txt"
cat "$build/coverage.txt"
