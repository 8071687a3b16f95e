#!/usr/bin/env bash
# The JSON Schema that `sentra schema` prints, checked by an independent validator (ajv,
# draft 2020-12) against sentra itself on the same documents:
#   tests/data/documents/*.json                 valid: both accept
#   tests/data/documents/broken/*.json          wrong in form: both refuse
#   tests/data/documents/beyond_schema/*.json   well-formed but wrong in ways a schema cannot
#                                               say (references, duplicates, case logs):
#                                               the schema accepts, sentra refuses
# Usage: check_schema.sh SENTRA_BINARY [AJV]
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
sentra=$1
ajv=${2:-ajv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$sentra" schema >"$work/schema.json" || { echo "sentra schema failed"; exit 1; }
# The schema must itself be a valid draft 2020-12 schema (ajv compiles it strictly).
"$ajv" compile --spec=draft2020 --strict=true -s "$work/schema.json" >/dev/null ||
  { echo "ajv cannot compile the schema"; exit 1; }

failures=0
check() { # FILE EXPECTED_AJV EXPECTED_SENTRA (0 accept, 1 refuse)
  local file=$1 want_ajv=$2 want_sentra=$3 got_ajv got_sentra
  "$ajv" validate --spec=draft2020 -s "$work/schema.json" -d "$file" >/dev/null 2>&1
  got_ajv=$(( $? == 0 ? 0 : 1 ))
  "$sentra" validate "$file" >/dev/null 2>&1
  got_sentra=$?
  if [ "$got_ajv" != "$want_ajv" ] || [ "$got_sentra" != "$want_sentra" ]; then
    echo "DISAGREE ${file#$root/}: ajv $got_ajv (want $want_ajv), sentra $got_sentra (want $want_sentra)"
    failures=$((failures + 1))
  else
    echo "ok ${file#$root/}: ajv $got_ajv, sentra $got_sentra"
  fi
}
for f in "$root"/tests/data/documents/*.json; do check "$f" 0 0; done
for f in "$root"/tests/data/documents/broken/*.json; do check "$f" 1 1; done
for f in "$root"/tests/data/documents/beyond_schema/*.json; do check "$f" 0 1; done

# The import mapping's schema (`sentra schema mapping`) on the mappings of tests/data/import:
# map_*.json valid, broken_map_*.json refused (sentra import exits 2 on a bad mapping).
"$sentra" schema mapping >"$work/mapping.json" || { echo "sentra schema mapping failed"; exit 1; }
"$ajv" compile --spec=draft2020 --strict=true -s "$work/mapping.json" >/dev/null ||
  { echo "ajv cannot compile the mapping schema"; exit 1; }
check_mapping() { # FILE EXPECTED (0 accept, 1 refuse)
  local file=$1 want=$2 got_ajv got_sentra
  "$ajv" validate --spec=draft2020 -s "$work/mapping.json" -d "$file" >/dev/null 2>&1
  got_ajv=$(( $? == 0 ? 0 : 1 ))
  "$sentra" import enterprises "$root/tests/data/import/members_semicolon.csv" --map "$file" >/dev/null 2>&1
  got_sentra=$(( $? == 2 ? 1 : 0 ))
  if [ "$got_ajv" != "$want" ] || [ "$got_sentra" != "$want" ]; then
    echo "DISAGREE ${file#$root/}: ajv $got_ajv, sentra $got_sentra (want $want)"
    failures=$((failures + 1))
  else
    echo "ok ${file#$root/}: ajv $got_ajv, sentra $got_sentra"
  fi
}
for f in "$root"/tests/data/import/map_*.json; do check_mapping "$f" 0; done
for f in "$root"/tests/data/import/broken_map_*.json; do check_mapping "$f" 1; done
[ "$failures" = 0 ] || { echo "$failures disagreements"; exit 1; }
echo "schema and sentra agree on every document and mapping"
