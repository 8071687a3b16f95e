#!/bin/bash
# The Dask run agrees with one process, byte for byte (run by ctest as example_dask):
#   check.sh SENTRA GENERATE WORK [RECORDS]
# Generates RECORDS enterprise records (default 20000), breaks some of them (not JSON, a
# malformed village, a wrong type, a blank line, no final newline), then compares
# `sentra aggregate` + `sentra map` in one process with examples/dask/cluster_map.py on a
# LocalCluster of two worker processes on the loopback interface.
set -euo pipefail
sentra=$1 generate=$2 work=$3 records=${4:-20000}
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3
[ -x "$python" ] || python=python3
rm -rf "$work" && mkdir -p "$work" && cd "$work"

"$generate" "$records" > clean.ndjson
# Every 997th record broken in one of four ways; a blank line; the last newline dropped.
awk 'NR % 997 == 0 { k = (NR / 997) % 4
       if (k == 0) { print substr($0, 1, 40); next }
       if (k == 1) { sub(/"village":"[0-9.]*"/, "\"village\":\"32.76.07.99\""); print; next }
       if (k == 2) { sub(/"name":"[^"]*"/, "\"name\":5"); print; next }
       print ""; print; next }
     { print }' clean.ndjson | head -c -1 > registry.ndjson

by=district,division
"$sentra" aggregate registry.ndjson --by "$by" --size pp7-2021 > single.aggregate.ndjson 2> single.summary
"$sentra" map single.aggregate.ndjson --level district --kbli division > single.map.ndjson
"$sentra" map single.aggregate.ndjson --level regency --kbli section --base province \
    --measure workers --format csv --lang id > single.map.csv
cat single.summary

"$python" "$here/cluster_map.py" registry.ndjson --sentra "$sentra" --out dask \
    --by "$by" --size pp7-2021 --level district --kbli division --local-workers 2 --partitions 7 \
    --merge-fan-in 2  # merged on the workers in pairs, twice, then on the client
"$python" "$here/cluster_map.py" registry.ndjson --sentra "$sentra" --out dask_csv \
    --by "$by" --size pp7-2021 --level regency --kbli section --base province \
    --measure workers --format csv --lang id --local-workers 2 --partitions 5

refused=$(grep -o '"refused":{"records":[0-9]*' single.aggregate.ndjson | grep -o '[0-9]*$')
[ "$refused" -gt 0 ] || { echo "no record was refused: the check would prove nothing"; exit 1; }
cmp single.aggregate.ndjson dask/aggregate.ndjson
cmp single.map.ndjson dask/map.ndjson
cmp single.map.csv dask_csv/map.csv
echo "dask agrees with one process: $(wc -l < single.map.ndjson) map lines, $refused refused records, byte for byte"
