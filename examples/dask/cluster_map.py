#!/usr/bin/python3
"""A national cluster map on Dask distributed: `sentra aggregate` on every partition of an
NDJSON registry on the workers, `sentra aggregate --merge` of the parts, `sentra map`.

The registry is split into byte ranges at line boundaries (Hadoop's input splits); each
worker streams its range into the sentra program through a subprocess, as Hadoop Streaming
would, with the name and line number of the whole file so that refusals are placed as a
single pass would place them. The merged aggregate and the map are byte for byte those of
`sentra aggregate REGISTRY` and `sentra map` in one process (docs/scale.md).

On one machine (a LocalCluster of worker processes):
    cluster_map.py registry.ndjson --sentra build/examples/sentra --out map/ \
        --by district,division --level district --kbli division --local-workers 2
On several (the registry and the program on storage every worker sees at the same path):
    cluster_map.py /shared/registry.ndjson --sentra /shared/bin/sentra --out map/ \
        --by district,division --level district --kbli division --scheduler tcp://10.0.0.1:8786
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

CHUNK = 1 << 20


def boundaries(path, partitions):
    """Byte offsets that cut the file into `partitions` ranges, each ending after a newline."""
    size = os.path.getsize(path)
    cuts = [0]
    with open(path, "rb") as f:
        for k in range(1, partitions):
            at = max(size * k // partitions, cuts[-1])
            if at >= size:
                break
            f.seek(at)
            f.readline()  # to the end of the line the cut fell in
            at = f.tell()
            if at > cuts[-1] and at < size:
                cuts.append(at)
    cuts.append(size)
    return list(zip(cuts[:-1], cuts[1:]))


def read_range(path, start, end):
    with open(path, "rb") as f:
        f.seek(start)
        left = end - start
        while left > 0:
            block = f.read(min(CHUNK, left))
            if not block:
                raise IOError(f"{path}: shorter than expected at byte {end - left}")
            left -= len(block)
            yield block


def count_lines(path, start, end):
    """Lines in [start, end): the newlines, and one more for a last line without one."""
    n, last = 0, b"\n"
    for block in read_range(path, start, end):
        n += block.count(b"\n")
        last = block[-1:]
    return n + (1 if last != b"\n" else 0)


def aggregate_range(sentra, path, source, start, end, first_line, by, size, data, edition, part):
    """Runs `sentra aggregate -` on one byte range (on a worker), into the file `part`."""
    command = [sentra, "aggregate", "-", "--by", by, "--threads", "1", "--source", source,
               "--first-line", str(first_line)]
    if size:
        command += ["--size", size]
    if data:
        command += ["--data", data]
    if edition:
        command += ["--edition", edition]
    with open(part, "wb") as out, tempfile.TemporaryFile() as err, open(path, "rb") as f:
        p = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=out, stderr=err)
        try:
            offset = start
            while offset < end:  # the kernel copies file to pipe (no pass through Python)
                sent = os.sendfile(p.stdin.fileno(), f.fileno(), offset, min(end - offset, 1 << 24))
                if sent == 0:
                    raise IOError(f"{path}: shorter than expected at byte {offset}")
                offset += sent
        finally:
            p.stdin.close()
        code = p.wait()
        if code != 0:
            err.seek(0)
            message = err.read().decode("utf-8", "replace")
            raise RuntimeError(f"sentra aggregate failed (exit {code}) on bytes {start}-{end}: {message}")
    return part


def merge_parts(sentra, parts, output):
    """Runs `sentra aggregate --merge` on some parts (on a worker), into `output`."""
    with open(output, "wb") as out:
        done = subprocess.run([sentra, "aggregate", "--merge"] + parts, stdout=out,
                              stderr=subprocess.PIPE)
    if done.returncode != 0:
        raise RuntimeError(f"sentra aggregate --merge failed (exit {done.returncode}): "
                           + done.stderr.decode("utf-8", "replace"))
    for part in parts:
        os.remove(part)
    return output


def run(command, output):
    with open(output, "wb") as out:
        done = subprocess.run(command, stdout=out, stderr=subprocess.PIPE)
    if done.returncode != 0:
        sys.stderr.write(done.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"{' '.join(command[:3])} failed (exit {done.returncode})")


def main():
    a = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    a.add_argument("registry", help="enterprise records, NDJSON, readable by every worker")
    a.add_argument("--sentra", required=True, help="the sentra program, at the same path on every worker")
    a.add_argument("--out", required=True,
                   help="folder for aggregate.ndjson and the map (and the parts while they are "
                        "merged: on several machines, storage every worker sees)")
    a.add_argument("--by", required=True, help="LEVEL,KBLI-LEVEL, as sentra aggregate --by")
    a.add_argument("--size", help="size criteria, as sentra aggregate --size")
    a.add_argument("--level", required=True, help="the map's region level")
    a.add_argument("--kbli", required=True, help="the map's KBLI level")
    a.add_argument("--base", default="national", choices=["national", "province"])
    a.add_argument("--measure", default="enterprises", choices=["enterprises", "workers"])
    a.add_argument("--format", default="ndjson", choices=["ndjson", "csv"])
    a.add_argument("--lang", choices=["en", "id"])
    a.add_argument("--data", help="the reference data folder, as sentra --data")
    a.add_argument("--edition", help="the region edition, as sentra --edition")
    a.add_argument("--partitions", type=int, default=0, help="default: 4 per worker thread")
    a.add_argument("--merge-fan-in", type=int, default=8,
                   help="parts merged by one task on the workers while more are left (default 8)")
    where = a.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running dask-scheduler")
    where.add_argument("--local-workers", type=int, help="start a LocalCluster of N processes")
    o = a.parse_args()

    from dask.distributed import Client, LocalCluster

    clock = [("start", time.monotonic())]
    sentra = os.path.abspath(o.sentra)
    registry = os.path.abspath(o.registry)
    os.makedirs(o.out, exist_ok=True)
    if o.local_workers:
        cluster = LocalCluster(n_workers=o.local_workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    else:
        cluster = None
        client = Client(o.scheduler)
    clock.append(("cluster", time.monotonic()))
    try:
        threads = sum(client.nthreads().values())
        ranges = boundaries(registry, o.partitions or 4 * max(threads, 1))
        # Where each range starts, in lines: counted on the workers, summed here.
        counts = client.gather(client.map(count_lines, [registry] * len(ranges),
                                          [s for s, _ in ranges], [e for _, e in ranges],
                                          pure=False))
        first_lines, line = [], 1
        for n in counts:
            first_lines.append(line)
            line += n
        clock.append(("split", time.monotonic()))
        # Each part is written where the workers write (--out: shared storage when the
        # workers are on other machines); only its name comes back.
        partdir = os.path.abspath(os.path.join(o.out, "parts"))
        os.makedirs(partdir, exist_ok=True)
        names = [os.path.join(partdir, f"part-{i:05d}.ndjson") for i in range(len(ranges))]
        parts = client.gather(client.map(
            aggregate_range, [sentra] * len(ranges), [registry] * len(ranges),
            [o.registry] * len(ranges), [s for s, _ in ranges], [e for _, e in ranges],
            first_lines, [o.by] * len(ranges), [o.size] * len(ranges), [o.data] * len(ranges),
            [o.edition] * len(ranges), names, pure=False))
        clock.append(("aggregate", time.monotonic()))
        # Merged on the workers in groups of --merge-fan-in, level by level, while more are
        # left: merging is associative and commutative, so any grouping gives the same.
        level, fan_in = 0, max(o.merge_fan_in, 2)
        while len(parts) > fan_in:
            groups = [parts[i:i + fan_in] for i in range(0, len(parts), fan_in)]
            outputs = [os.path.join(partdir, f"merge-{level}-{i:05d}.ndjson")
                       for i in range(len(groups))]
            parts = client.gather(client.map(merge_parts, [sentra] * len(groups), groups,
                                             outputs, pure=False))
            level += 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    aggregate = os.path.join(o.out, "aggregate.ndjson")
    run([sentra, "aggregate", "--merge"] + parts, aggregate)
    for part in parts:
        os.remove(part)
    os.rmdir(partdir)
    clock.append(("merge", time.monotonic()))
    command = [sentra, "map", aggregate, "--level", o.level, "--kbli", o.kbli, "--base", o.base,
               "--measure", o.measure, "--format", o.format]
    if o.lang:
        command += ["--lang", o.lang]
    if o.data:
        command += ["--data", o.data]
    run(command, os.path.join(o.out, "map." + o.format))
    clock.append(("map", time.monotonic()))
    print(f"{o.registry}: {len(ranges)} partitions on {threads} worker threads; "
          f"{os.path.join(o.out, 'aggregate.ndjson')}, {os.path.join(o.out, 'map.' + o.format)}")
    print("seconds: " + ", ".join(f"{name} {t - before:.2f}" for (_, before), (name, t)
                                  in zip(clock, clock[1:])), file=sys.stderr)


if __name__ == "__main__":
    main()
