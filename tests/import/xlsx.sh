#!/usr/bin/env bash
# The XLSX pipeline of docs/import.md, end to end: a workbook made here with openpyxl as an
# agency's sheet looks (a merged title row, a blank row, numbers stored as numbers, dates as
# dates, a cell with quotes and the delimiter), converted by Debian's xlsx2csv, imported by
# sentra. Usage: xlsx.sh SENTRA WORK_DIR
set -euo pipefail
sentra=$1
work=$2
rm -rf "$work" && mkdir -p "$work"
# Debian's python3 has python3-openpyxl; a python3 earlier on PATH may not.
python=python3
[[ -x /usr/bin/python3 ]] && python=/usr/bin/python3

"$python" - "$work/members.xlsx" <<'PY'
import datetime, sys
import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Anggota"
ws.append(["DAFTAR ANGGOTA SENTRA KONVEKSI CIPAYUNG, KOTA DEPOK"])
ws.merge_cells("A1:J1")
ws.append([])
ws.append(["No", "Nama Usaha", "Pemilik", "NIK Pemilik", "Kelurahan/Desa", "KBLI",
           "Omzet per Tahun (Rp)", "Jumlah Tenaga Kerja", "No. HP/WA", "Tanggal Berdiri"])
ws.append([1, "Konveksi Maju Bersama", "Siti Rahmawati", "3276074501850002", "Cipayung Jaya",
           14111, 1500000000, 12, "0812-3456-7890", datetime.date(2012, 1, 15)])
ws.append([2, 'Sablon "Ratu"; Jaya', "Budi Santoso", "3276071203900001", "Ratu Jaya", "14111",
           250000000.0, 3, "081311112222", datetime.date(2019, 8, 15)])
# Typed as numbers: the phone lost its leading 0; the village name has a typo.
ws.append([3, "Bordir Cantik", "Dewi Lestari", 3276071203900002, "Cipayung Jya", 14111,
           120000000, 4, 81234567890, None])
ws["G4"].number_format = '"Rp"#,##0'
wb.save(sys.argv[1])
PY

xlsx2csv -d ';' "$work/members.xlsx" "$work/members.csv"

set +e
"$sentra" import enterprises "$work/members.csv" --area 32.76 --year 2025 >"$work/out.ndjson" 2>"$work/err.txt"
rc=$?
set -e
fail() { echo "xlsx pipeline: $*"; echo "--- stderr"; cat "$work/err.txt"; echo "--- stdout"; cat "$work/out.ndjson"; exit 1; }
[[ $rc -eq 1 ]] || fail "exit $rc, expected 1 (one row refused)"
grep -qF "members.csv:6:5: error: Kelurahan/Desa: no such name: no village 'Cipayung Jya' in Kota Depok (did you mean 'Cipayung Jaya'?) [unknown_name]" "$work/err.txt" ||
  fail "no error at the village's cell"
grep -qF "members.csv:6:9: error: No. HP/WA: invalid value:" "$work/err.txt" || fail "no error at the phone's cell"
grep -qF "members.csv: 3 rows read, 2 imported, 1 refused; 2 errors, 0 warnings (header on line 3, columns apart by ';')" "$work/err.txt" ||
  fail "wrong summary"
grep -q "Dewi\|3276071203900002\|81234567890" "$work/err.txt" && fail "personal data in a message"
[[ $(wc -l <"$work/out.ndjson") -eq 2 ]] || fail "expected 2 records"
grep -qF '"name":"Sablon \"Ratu\"; Jaya"' "$work/out.ndjson" || fail "the quoted name"
grep -qF '"founded":"2019-08-15"' "$work/out.ndjson" || fail "the date"
grep -qF '"annual_sales":{"value":1500000000,"year":2025}' "$work/out.ndjson" || fail "the amount"
grep -qF '"owner":{"name":"Siti Rahmawati","nik":"3276074501850002","phone":"+6281234567890"}' "$work/out.ndjson" ||
  fail "the owner"
echo "xlsx pipeline: workbook -> xlsx2csv -> sentra import: as expected"
