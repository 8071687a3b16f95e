#!/usr/bin/env bash
# Installs sentra into a scratch prefix and builds tests/package/consumer.cpp against it
# the three ways a user would (find_package, pkg-config, add_subdirectory), then the
# vcpkg port's and the Conan recipe's test consumers against the same install. Each
# consumer runs and its output is compared with expected_output.txt.
# Usage: tests/package/check.sh [WORK_DIR]   (default: build-package)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(realpath -m "${1:-$root/build-package}")"
prefix="$work/prefix"
rm -rf "$work"
mkdir -p "$work"

echo "-- install into $prefix"
cmake -S "$root" -B "$work/sentra" -DCMAKE_INSTALL_PREFIX="$prefix" \
  -DSENTRA_BUILD_TESTS=OFF -DSENTRA_BUILD_EXAMPLES=OFF -DSENTRA_BUILD_BENCHMARKS=OFF >/dev/null
cmake --install "$work/sentra" >/dev/null

consume() { # NAME SOURCE_DIR CMAKE_ARGS...
  local name=$1 src=$2
  shift 2
  echo "-- consumer: $name"
  cmake -S "$src" -B "$work/$name" -DCMAKE_BUILD_TYPE=Release "$@" >"$work/$name.log" 2>&1 ||
    { cat "$work/$name.log"; exit 1; }
  cmake --build "$work/$name" -j2 >>"$work/$name.log" 2>&1 || { cat "$work/$name.log"; exit 1; }
  ctest --test-dir "$work/$name" --output-on-failure
}

# The five consumers are independent single-file builds: run them side by side and print
# each one's output in order (half the time on two cores).
names=() pids=()
start() { # NAME SOURCE_DIR CMAKE_ARGS...: consume in the background, output to NAME.out
  consume "$@" >"$work/$1.out" 2>&1 &
  names+=("$1") pids+=($!)
}
start find_package "$root/tests/package" -DSENTRA_CONSUME=find_package -DCMAKE_PREFIX_PATH="$prefix"
PKG_CONFIG_PATH="$prefix/share/pkgconfig" start pkg-config "$root/tests/package" -DSENTRA_CONSUME=pkg-config
start subdirectory "$root/tests/package" -DSENTRA_CONSUME=subdirectory
start vcpkg-usage "$root/tests/package/vcpkg" -DCMAKE_PREFIX_PATH="$prefix"
start conan-test-package "$root/test_package" -DCMAKE_PREFIX_PATH="$prefix"
failed=0
for i in "${!names[@]}"; do
  wait "${pids[$i]}" || failed=1
  cat "$work/${names[$i]}.out"
done
[ "$failed" = 0 ] || { echo "-- a consumer failed (above)"; exit 1; }
echo "-- all consumers built, ran and printed what they should"

echo "-- manifests"
version=$(sed -n 's/^set(PACKAGE_VERSION "\(.*\)")$/\1/p' "$prefix/share/cmake/sentra/sentraConfigVersion.cmake")
python3 "$root/tests/package/check_manifests.py" "$root" "$version"

echo "-- version compatibility: 0.1 is found, 0.2 and 1.0 are not"
mkdir -p "$work/version"
for wanted in 0.1 0.2 1.0; do
  printf 'cmake_minimum_required(VERSION 3.20)\nproject(v LANGUAGES CXX)\nfind_package(sentra %s CONFIG QUIET)\nmessage(STATUS "found=${sentra_FOUND}")\n' \
    "$wanted" >"$work/version/CMakeLists.txt"
  found=$(cmake -S "$work/version" -B "$work/version/b$wanted" -DCMAKE_PREFIX_PATH="$prefix" | sed -n 's/^-- found=//p')
  expected=0; [ "$wanted" = 0.1 ] && expected=1
  [ "$found" = "$expected" ] || { echo "find_package(sentra $wanted): found=$found"; exit 1; }
done
echo "-- packaging checked"
