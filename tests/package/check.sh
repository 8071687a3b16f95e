#!/usr/bin/env bash
# Installs sentra into a scratch prefix and builds tests/package/consumer.cpp against it
# the three ways a user would (find_package, pkg-config, add_subdirectory), then the
# vcpkg port's and the Conan recipe's test consumers against the same install. Each
# consumer runs, loads the national data with no path given, and its output is compared
# with expected_output.txt. Then the installed sentra program, run from another folder,
# must find the installed data on its own; and again after the prefix is moved.
# Usage: tests/package/check.sh [WORK_DIR] [BUILD_DIR]   (default: build-package; BUILD_DIR:
# a configured build of sentra whose program is installed, else one is made here)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(realpath -m "${1:-$root/build-package}")"
prefix="$work/prefix"
rm -rf "$work"
mkdir -p "$work"
unset SENTRA_REFERENCE_DATA_DIR # the installed copies must find the data on their own

echo "-- install into $prefix"
build="${2:-}"
if [ -z "$build" ]; then
  build="$work/sentra"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release \
    -DSENTRA_BUILD_TESTS=OFF -DSENTRA_BUILD_EXAMPLES=OFF -DSENTRA_BUILD_BENCHMARKS=OFF >/dev/null
fi
# The compiled library holds the data folder of the prefix it is configured for: configure
# with the prefix (README's install row does the same), then build and install.
cmake -S "$root" -B "$build" -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null
cmake --build "$build" -j2 --target sentra_cli sentra_compiled_installed >/dev/null
cmake --install "$build" >/dev/null
for f in bin/sentra lib/libsentra.a include/sentra/io/impl/file.ipp lib/cmake/sentra/sentraConfig.cmake lib/pkgconfig/sentra.pc \
         lib/pkgconfig/sentra-compiled.pc share/sentra/data/README.md share/sentra/data/regions/2025/villages.csv \
         share/sentra/data/regions/2025/LICENSE.md share/sentra/data/regions/2022/villages.csv \
         share/sentra/data/kbli/kbli2020.csv share/sentra/data/kbli/isic_rev4.csv \
         share/sentra/data/kbli/2025/05_kelompok.json share/sentra/data/kbli/2025/LICENSE; do
  [ -e "$prefix/$f" ] || { echo "-- not installed: $f"; exit 1; }
done

consume() { # NAME SOURCE_DIR CMAKE_ARGS...
  local name=$1 src=$2
  shift 2
  echo "-- consumer: $name"
  cmake -S "$src" -B "$work/$name" -DCMAKE_BUILD_TYPE=Release "$@" >"$work/$name.log" 2>&1 ||
    { cat "$work/$name.log"; exit 1; }
  cmake --build "$work/$name" -j2 >>"$work/$name.log" 2>&1 || { cat "$work/$name.log"; exit 1; }
  ctest --test-dir "$work/$name" --output-on-failure
}

# The consumers are independent builds: run them side by side and print each one's output
# in order.
names=() pids=()
start() { # NAME SOURCE_DIR CMAKE_ARGS...: consume in the background, output to NAME.out
  consume "$@" >"$work/$1.out" 2>&1 &
  names+=("$1") pids+=($!)
}
start find_package "$root/tests/package" -DSENTRA_CONSUME=find_package -DCMAKE_PREFIX_PATH="$prefix"
start find_package-compiled "$root/tests/package" -DSENTRA_CONSUME=find_package-compiled \
  -DCMAKE_PREFIX_PATH="$prefix"
PKG_CONFIG_PATH="$prefix/lib/pkgconfig" start pkg-config "$root/tests/package" -DSENTRA_CONSUME=pkg-config
PKG_CONFIG_PATH="$prefix/lib/pkgconfig" start pkg-config-compiled "$root/tests/package" \
  -DSENTRA_CONSUME=pkg-config-compiled
start subdirectory "$root/tests/package" -DSENTRA_CONSUME=subdirectory
start subdirectory-compiled "$root/tests/package" -DSENTRA_CONSUME=subdirectory-compiled
start vcpkg-usage "$root/tests/package/vcpkg" -DCMAKE_PREFIX_PATH="$prefix"
start conan-test-package "$root/test_package" -DCMAKE_PREFIX_PATH="$prefix"
failed=0
for i in "${!names[@]}"; do
  wait "${pids[$i]}" || failed=1
  cat "$work/${names[$i]}.out"
done
[ "$failed" = 0 ] || { echo "-- a consumer failed (above)"; exit 1; }
echo "-- all consumers built, ran and printed what they should"

# expect OUTPUT TEXT: fail unless TEXT is in OUTPUT.
expect() { grep -qF -- "$2" <<<"$1" || { printf -- '-- expected "%s" in:\n%s\n' "$2" "$1"; exit 1; }; }
check_program() { # PREFIX: the installed program, run from elsewhere, finds its data
  local out
  out=$(cd "$work" && "$1/bin/sentra" data)
  expect "$out" "found: beside the program  $1/share/sentra/data"
  out=$(cd / && "$1/bin/sentra" kbli lookup 14111 --scheme kbli2020)
  expect "$out" "14111  subclass  Industri Pakaian Jadi (Konveksi) Dari Tekstil"
  out=$(cd / && "$1/bin/sentra" kbli lookup 56101 --scheme kbli2025)
  expect "$out" "56101  subclass  AKTIVITAS PENYEDIAAN MAKANAN DI BANGUNAN TETAP"
  out=$(cd / && "$1/bin/sentra" regions search Cipayung)
  [ "$(wc -l <<<"$out")" = 8 ] || { echo "-- expected 8 places named Cipayung:"; echo "$out"; exit 1; }
  out=$(cd / && "$1/bin/sentra" regions lookup 92.02.05.2031 --edition 2022)
  expect "$out" "92.02.05.2031  village (rural village)  Ririnfos"
}
echo "-- the installed program finds the installed data"
check_program "$prefix"

echo "-- the prefix moved: the program and a new find_package consumer still find the data"
moved="$work/moved/elsewhere"
mkdir -p "$work/moved"
mv "$prefix" "$moved"
check_program "$moved"
consume moved-find_package "$root/tests/package" -DSENTRA_CONSUME=find_package -DCMAKE_PREFIX_PATH="$moved"
mv "$moved" "$prefix"

echo "-- manifests"
version=$(sed -n 's/^set(PACKAGE_VERSION "\(.*\)")$/\1/p' "$prefix/lib/cmake/sentra/sentraConfigVersion.cmake")
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
