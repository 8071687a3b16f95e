#!/usr/bin/env bash
# The cluster report's page (sentra cluster report --format html) in a real browser:
# Debian's chromium, headless, offline (a dead proxy), for the founding case and for a large
# generated programme (10,000 members, 2,000 cases). For each page it
#   - loads it and checks the DOM (--dump-dom): the key figures, one table per chart, no
#     element that could fetch anything; and the browser's network log: no request made by
#     the page (chromium's own update and account checks are told apart by their hosts);
#   - takes screenshots at desktop (1280 px) and phone (360 px) widths, kept in OUT;
#   - prints it to PDF on A4 and checks the page count is sane;
# and checks that a hostile name (<script>, "><img onerror>) is shown as text.
# Tests compare numbers and structure, not pixels. Usage:
#   check_report.sh SENTRA SENTRA_GENERATE_PROGRAMME OUT
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
sentra=$1
generate=$2
out=$3
mkdir -p "$out"
out=$(cd "$out" && pwd) # file:// addresses need an absolute path
doc="$root/tests/data/documents/cipayung.json"
now=2020-03-01T10:00:00+07:00
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

chrome() {
  timeout 120 chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
    --no-first-run --disable-background-networking --disable-component-update --disable-sync \
    --disable-default-apps --no-pings --disable-domain-reliability \
    --proxy-server=127.0.0.1:9 "$@" 2>/dev/null
}

# page NAME FIGURE FIGURE MAX_PAGES [MIN_CHARTS]: checks $out/NAME.html, already written
page() {
  local name=$1 html="$out/$1.html" dom="$out/$1.dom.html" net="$out/$1.net.json"
  chrome --log-net-log="$net" --dump-dom "file://$html" >"$dom"
  [ -s "$dom" ] || fail "$name: the browser gave no DOM"
  for never in '<script' '<img' '<link' '<iframe' '<object' '<embed' '<video' '<audio' \
               '<source' 'url(' '@import'; do
    if grep -qiF -- "$never" "$dom"; then fail "$name: the DOM holds $never"; fi
  done
  # Any address the browser asked for, less its own services.
  local asked
  asked=$(grep -o '"url":"[a-z]*://[^"]*"' "$net" | sed 's/"url":"//; s/"$//' |
          grep -v '^file://' |
          grep -vE '^https?://([a-z0-9.-]+\.)?(google\.com|googleapis\.com|gstatic\.com)/' || true)
  [ -z "$asked" ] || fail "$name: the page made requests: $asked"
  local charts tables
  charts=$(grep -o '<svg role="img"' "$dom" | wc -l || true)
  tables=$(grep -o '<table' "$dom" | wc -l || true)
  [ "$charts" -ge "${5:-8}" ] || fail "$name: $charts charts, expected ${5:-8}"
  [ "$tables" -ge "$charts" ] || fail "$name: $tables tables for $charts charts"
  chrome --window-size=1280,2400 --screenshot="$out/$name-desktop.png" "file://$html" >/dev/null
  chrome --window-size=360,2400 --screenshot="$out/$name-phone.png" "file://$html" >/dev/null
  [ -s "$out/$name-desktop.png" ] && [ -s "$out/$name-phone.png" ] || fail "$name: no screenshot"
  chrome --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$html" >/dev/null
  local pages
  pages=$(pdfinfo "$out/$name.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}' || true)
  echo "$name: $charts charts, $tables tables, $(wc -c <"$html") bytes, ${pages:-?} A4 pages"
  [ -n "$pages" ] && [ "$pages" -ge 2 ] && [ "$pages" -le "$4" ] ||
    fail "$name: ${pages:-no} PDF pages, expected 2 to $4"
  # the figures, as the browser holds them
  grep -qF "$2" "$dom" || fail "$name: no '$2' in the DOM"
  grep -qF "$3" "$dom" || fail "$name: no '$3' in the DOM"
}

"$sentra" cluster report "$doc" --format html --now "$now" >"$out/cipayung.html"
page cipayung '<b>25 / 5 / 15 / 5</b>' 'id="fig-members"><b>7</b>' 8
grep -qF 'id="fig-cases-open"><b>1</b><span>kasus terbuka dari 1</span>' "$out/cipayung.dom.html" ||
  fail "cipayung: no case count in the DOM"
# One language at a time (issue 36): the text the browser shows of the Indonesian page has no
# English word outside the data (the programme's name and one category are English in it).
words=$(perl -0pe 's/<style.*?<\/style>//gs; s/<[^>]*>/ /g' "$out/cipayung.dom.html" |
        sed -e 's/Cipayung Industry Cluster Development Programme//g' -e 's/Fashion//g' |
        grep -oiwE 'the|of|and|members?|since|phase|launched|goals|enterprises|working|days|late|cases|none|deadlines?|category|village|escalate|level|december|march' |
        sort -u | tr '\n' ' ' || true)
[ -z "$words" ] || fail "cipayung: English words on the Indonesian page: $words"
grep -qF 'diluncurkan</bdi> (sejak 17 Desember 2019)' "$out/cipayung.dom.html" ||
  fail "cipayung: the phase is not labelled in Indonesian"
"$sentra" cluster report "$doc" --format html --lang en --now "$now" >"$out/cipayung-en.html"
page cipayung-en '<b>25 / 5 / 15 / 5</b>' 'Members by category' 8

# A programme from nothing (issue 38), the officer's day on a city outside Java: init, the
# members list from Excel into it, the report of the cluster.
mks="$out/makassar.json"
rm -f "$mks"
"$sentra" init "$mks" --area "Kota Makassar" --name "Program Sentra Kuliner Kota Makassar" \
  --cluster "Sentra Kuliner Pantai Losari" --focus kuliner --locus Losari Maloku \
  --lead diskopukm --partner disperindag --partner dinkes --partner kecamatan 2>/dev/null >/dev/null
"$sentra" import enterprises "$root/tests/data/officer/makassar_members.csv" --document "$mks" \
  --write 2>/dev/null
"$sentra" validate "$mks" >/dev/null
"$sentra" cluster report "$mks" --format html --now 2026-12-07T09:00:00+08:00 >"$out/makassar.html"
# A new programme has no events, phases or cases yet: their charts are not drawn.
page makassar 'id="fig-members"><b>6</b>' 'Sentra Kuliner Pantai Losari' 8 4
grep -qF 'Kecamatan Ujung Pandang' "$out/makassar.dom.html" || fail "makassar: no camat on the page"
if grep -qE '7371044501900002|0811-4100-0001|Andi Sampel' "$out/makassar.dom.html"; then
  fail "makassar: personal data on the page"
fi

# A large programme: its figures, and its size and render time.
"$generate" "$doc" 10000 2000 >"$out/large.json"
start=$(date +%s%N)
"$sentra" cluster report "$out/large.json" --format html --now 2021-06-30T16:00:00+07:00 \
  >"$out/large.html"
end=$(date +%s%N)
echo "large: rendered in $(( (end - start) / 1000000 )) ms (reading the 7 MB document included)"
page large 'id="fig-members"><b>10000</b>' 'kasus terbuka dari 2000' 15
size=$(wc -c <"$out/large.html")
[ "$size" -lt 2000000 ] || fail "large: the page is $size bytes, over 2 MB"

# A hostile name is text.
sed 's/"name": "Sentra Konveksi Cipayung"/"name": "<script>alert(1)<\/script> \\"><img src=x onerror=alert(2)>"/' \
  "$doc" >"$out/hostile.json"
"$sentra" cluster report "$out/hostile.json" --format html --now "$now" >"$out/hostile.html"
chrome --dump-dom "file://$out/hostile.html" >"$out/hostile.dom.html"
if grep -qiE '<script|<img' "$out/hostile.dom.html"; then fail "hostile: markup from the data"; fi
grep -qF '&lt;script&gt;alert(1)&lt;/script&gt; "&gt;&lt;img src=x onerror=alert(2)&gt;' \
  "$out/hostile.dom.html" || fail "hostile: the name is not shown as text"

[ "$failures" = 0 ] || { echo "$failures failures"; exit 1; }
echo "the report pages pass the browser checks (screenshots and PDFs in $out)"
