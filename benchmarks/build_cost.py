#!/usr/bin/env python3
"""Build cost of whole programs that use sentra, as their users pay it (issue 24).

Each program is compiled (one translation unit, -c, no link) at -O0 and -O2 as a user's
build would, --runs times; the figure is the median CPU time of the compiler (user +
system) and the largest resident memory it reached (GNU time's %M). The programs:
benchmarks/build_cost/app.cpp (a newcomer's whole programme: gazetteer, cluster, sizes,
validation, a case and its deadlines, a document, Open311, the report page, an import),
examples/cipayung (the founding case: a document built, checked, written and read back,
routed cases and deadlines) and benchmarks/build_cost/read_document.cpp (a document read
and checked against the national gazetteer); beside them the yardsticks, a one-struct
nlohmann/json program, a one-struct Boost.JSON + Describe program, and sentra/sentra.hpp
alone against boost/json.hpp + boost/describe.hpp. Each is compiled header-only, as it is by
default, and with SENTRA_SEPARATE_COMPILATION, as a program linking sentra::compiled
compiles it; the library's own translation unit (cmake/sentra_compiled.cpp), compiled once
for the whole program, is timed too. Last, with sentra::compiled and sentra/sentra.hpp
precompiled (what CMake's target_precompile_headers makes): the header is compiled once per
level (its row), and each program includes it first. benchmarks/README.md records the table.

    python3 benchmarks/build_cost.py [--cxx g++] [--runs 3] [--flags "-DX"] [--levels -O0,-O2]
"""
import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = [
    ("app (the newcomer's programme)", ROOT / "benchmarks/build_cost/app.cpp"),
    ("examples/cipayung", ROOT / "examples/cipayung/main.cpp"),
    ("read_document", ROOT / "benchmarks/build_cost/read_document.cpp"),
]
# The yardsticks (issue 35): one-struct programs of the JSON libraries a user compares with,
# and the umbrella header alone against the two Boost headers every sentra build includes.
YARDSTICKS = [
    ("one-struct nlohmann/json program", ROOT / "benchmarks/build_cost/nlohmann_struct.cpp"),
    ("one-struct Boost.JSON + Describe program", ROOT / "benchmarks/build_cost/boost_json_struct.cpp"),
]


def compile_once(cxx, source, level, extra, out, header=False):
    kind = ["-x", "c++-header"] if header else []
    cmd = ["/usr/bin/time", "-f", "%U %S %M", cxx, "-std=c++20", level, f"-I{ROOT / 'include'}",
           *extra, *kind, "-c", str(source), "-o", str(out)]
    r = subprocess.run(cmd, capture_output=True, text=True, check=True)
    user, system, kib = r.stderr.strip().splitlines()[-1].split()
    return float(user) + float(system), int(kib) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cxx", default=os.environ.get("CXX", "g++"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--flags", default="", help="extra compiler flags, e.g. a configuration macro")
    ap.add_argument("--levels", default="-O0,-O2", help="optimisation levels, in turn")
    args = ap.parse_args()
    work = pathlib.Path(tempfile.mkdtemp(prefix="sentra-build-cost-"))
    print(f"compiler: {args.cxx}; median of {args.runs}; one translation unit, -c")
    print()
    print("| program | build | level | CPU s (runs) | median s | peak MB |")
    print("|---|---|---|---|---:|---:|")
    separate = ["-DSENTRA_SEPARATE_COMPILATION"]
    umbrella = work / "umbrella.cpp"
    umbrella.write_text("#include <sentra/sentra.hpp>\nint main() {}\n")
    boost_only = work / "boost_only.cpp"
    boost_only.write_text("#include <boost/json.hpp>\n#include <boost/describe.hpp>\nint main() {}\n")
    rows = [(name, source, "yardstick", []) for name, source in YARDSTICKS]
    rows += [("boost/json.hpp + boost/describe.hpp alone", boost_only, "yardstick", [])]
    rows += [("sentra/sentra.hpp alone", umbrella, "header-only", [])]
    rows += [(name, source, "header-only", []) for name, source in PROGRAMS]
    rows += [(name, source, "sentra::compiled", separate) for name, source in PROGRAMS]
    rows += [("the library, once", ROOT / "cmake/sentra_compiled.cpp", "sentra::compiled", separate)]
    # The precompiled header: compiled per level, then each program includes it first (GCC
    # uses pch.hpp.gch when the flags match).
    pch = work / "pch.hpp"
    pch.write_text("#include <sentra/sentra.hpp>\n")
    with_pch = separate + ["-include", str(pch)]
    rows += [("sentra/sentra.hpp precompiled, once", pch, "sentra::compiled", separate)]
    rows += [(name, source, "sentra::compiled + precompiled header", with_pch)
             for name, source in PROGRAMS]
    for level in args.levels.split(","):
        for name, source, build, flags in rows:
            header = source == pch
            out = work / ("pch.hpp.gch" if header else "p.o")
            runs = [compile_once(args.cxx, source, level, flags + args.flags.split(), out, header)
                    for _ in range(args.runs)]
            seconds = [s for s, _ in runs]
            peak = max(m for _, m in runs)
            print(f"| {name} | {build} | {level} | {', '.join(f'{s:.1f}' for s in seconds)} | "
                  f"{statistics.median(seconds):.1f} | {peak:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
