#!/usr/bin/env python3
"""Compile time of sentra's headers against a baseline, in one run.

Each public header is compiled alone (a file that includes it and defines main) at -O0, as a
user's translation unit would be, and timed against the same for Boost.JSON and
Boost.Describe alone, the libraries every sentra build includes anyway. The figure is the
median of --runs compiles (CPU time of the compiler, user + system). Targets (issue 16):
the umbrella sentra/sentra.hpp at most 1.7x the baseline, a domain header (no io/) at most
1.3x. Prints a table, heaviest header first; benchmarks/README.md records it. sentra/src.hpp
(the compiled library's one file, which compiles every definition) is left out.

    python3 benchmarks/compile_time.py [--cxx g++] [--runs 3] [--include include]
                                       [--flags=-DSENTRA_SEPARATE_COMPILATION] [--only H,...]

--flags adds compiler flags (the macro: the headers as a program that links sentra::compiled
sees them, without the bodies of the .ipp files); --only times the listed headers alone.
"""
import argparse
import os
import pathlib
import resource
import statistics
import subprocess
import sys
import tempfile


def cpu_seconds(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cxx", default=os.environ.get("CXX", "g++"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--include", default=str(pathlib.Path(__file__).resolve().parent.parent / "include"))
    ap.add_argument("--flags", default="", help="extra compiler flags, e.g. -DSENTRA_SEPARATE_COMPILATION")
    ap.add_argument("--only", default="", help="comma-separated headers to time (default: every one)")
    args = ap.parse_args()
    include = pathlib.Path(args.include)
    headers = sorted(str(p.relative_to(include)) for p in include.glob("sentra/**/*.hpp")
                     if "/detail/" not in str(p) and p.name != "src.hpp")
    if args.only:
        headers = args.only.split(",")
    work = pathlib.Path(tempfile.mkdtemp(prefix="sentra-compile-time-"))

    def time_includes(lines):
        src = work / "tu.cpp"
        src.write_text("".join(f"#include <{l}>\n" for l in lines) + "int main() {}\n")
        cmd = [args.cxx, "-std=c++20", "-O0", *args.flags.split(), f"-I{include}", "-c", str(src),
               "-o", str(work / "tu.o")]
        return statistics.median(cpu_seconds(cmd) for _ in range(args.runs))

    baseline = time_includes(["boost/json.hpp", "boost/describe.hpp"])
    print(f"compiler: {args.cxx} {args.flags}; median of {args.runs}; CPU seconds of one -O0 translation unit")
    print(f"baseline: boost/json.hpp + boost/describe.hpp  {baseline:.2f} s")
    print()
    print("| header | s | x baseline | target | met |")
    print("|---|---:|---:|---:|---|")
    missed = []
    rows = []
    for h in headers:
        t = time_includes([h])
        ratio = t / baseline
        if h == "sentra/sentra.hpp":
            target = 1.7
        elif h.startswith("sentra/io/") or h == "sentra/format.hpp":
            target = None  # io headers include Boost.JSON's parser and the OS; no target
        else:
            target = 1.3
        met = "" if target is None else ("yes" if ratio <= target else "no")
        if met == "no":
            missed.append(h)
        rows.append((t, h, ratio, target, met))
    for t, h, ratio, target, met in sorted(rows, reverse=True):
        print(f"| `{h}` | {t:.2f} | {ratio:.2f} | {'' if target is None else f'{target:.1f}'} | {met} |")
    print()
    print(f"{len(missed)} over target" + (": " + ", ".join(missed) if missed else ""))


if __name__ == "__main__":
    sys.exit(main())
