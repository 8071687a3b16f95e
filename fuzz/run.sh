#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each, from seed corpora made of the real data
# and the examples. Usage: fuzz/run.sh BUILD_DIR SECONDS [TARGET...]
# A failing property or a sanitizer report stops the run with the input saved as
# crash-* in the current directory; the script exits non-zero.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build=$(realpath "$1")
seconds=$2
shift 2
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(codes csv gazetteer document ndjson open311_routing json_differential import aggregate kbli_json)
data="$root/data"
seeds="$build/fuzz-seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{codes,csv,gazetteer,document,ndjson,open311_routing,json_differential,import,aggregate,kbli_json}
cp "$root"/tests/data/mapping/aggregate*.ndjson "$seeds/aggregate/"
cp "$root"/tests/data/import/*.csv "$seeds/import/"
# The first rows of each KBLI 2025 level file, closed as an array; a hand-made table.
for f in "$data"/kbli/2025/0*.json; do
  python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))[:3], indent=2))' "$f" \
    >"$seeds/kbli_json/$(basename "$f")"
done
printf 'kbli2020,kbli2025,partial\n56101,56101,1\n56103,56102,\n' >"$seeds/kbli_json/table.csv"

i=0
for s in 32 32.76 32.76.07 32.76.07.1002 3276071002 14111 C 1410 Rp1.000.000.000 1000000 \
         "Rp 150.000.000,-" 2019-12-17 2020-01-06T09:00:00+07:00 2020-01-06T02:00:00Z ent-001; do
  printf '%s' "$s" >"$seeds/codes/$((i++))"
done
for f in "$data"/regions/*/*.csv "$data"/kbli/*.csv; do
  name=$(basename "$(dirname "$f")")-$(basename "$f")
  head -c 4000 "$f" >"$seeds/gazetteer/$name"
  head -c 2000 "$f" >"$seeds/csv/$name"
done
cp "$root"/tests/data/documents/*.json "$root"/tests/data/documents/broken/*.json \
   "$root"/tests/data/documents/beyond_schema/*.json "$seeds/document/"
cp "$root"/tests/data/enterprises.ndjson "$seeds/ndjson/"
cp "$seeds"/document/*.json "$root"/tests/data/open311_specification_example.json "$seeds/json_differential/"
python3 - "$root" "$seeds" <<'PY'
import json, sys
root, seeds = sys.argv[1], sys.argv[2]
doc = json.load(open(f"{root}/tests/data/documents/cipayung.json"))
json.dump(doc["routing"], open(f"{seeds}/open311_routing/routing.json", "w"))
for i, e in enumerate(doc["enterprises"]):
    open(f"{seeds}/ndjson/e{i}.ndjson", "w").write(json.dumps(e) + "\n")
req = {"service_request_id": "case-1", "status": "open", "service_code": "marketing",
       "requested_datetime": "2020-01-06T09:00:00+07:00", "agency_responsible": "disperindag-depok"}
json.dump(req, open(f"{seeds}/open311_routing/request.json", "w"))
PY

status=0
for t in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$t"
  mkdir -p "$corpus"
  dict=()
  case $t in document|ndjson|open311_routing|json_differential) dict=(-dict="$root/fuzz/json.dict") ;; esac
  echo "== fuzz_$t, ${seconds}s"
  rc=0
  "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 "${dict[@]}" "$corpus" "$seeds/$t" \
    >"$build/fuzz_$t.log" 2>&1 || rc=$?
  grep -E "^(Done |stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb))|ERROR|SUMMARY|property failed|Test unit written" \
    "$build/fuzz_$t.log" || true
  grep -E "^#[0-9]+.*(cov|ft):" "$build/fuzz_$t.log" | tail -1 || true
  [ "$rc" = 0 ] || { tail -40 "$build/fuzz_$t.log"; echo "fuzz_$t FAILED (exit $rc)"; status=1; }
done
exit $status
