#!/usr/bin/env python3
"""Every output of every sentra command, run on the fixtures, searched for personal data.

The members lists in tests/data hold owners' names, NIKs and phone numbers (fictitious).
They are imported into two programmes (Cipayung, from the hand-written document, and
Makassar, from `sentra init`), cases are added whose confidential texts and anonymous
actors carry the same data, and then every command is run on the fixtures. Each output
(standard output and standard error apart) is searched for every NIK, phone number (in any
of the ways people write one) and owner name. A command may show them only where it was
asked to (the document itself from `fmt`, the imported records, `--internal` exports), and
never on standard error. The redacted copy must hold none, and must validate.

usage: check_outputs.py SENTRA DATA TEST_DATA WORK
"""

import csv
import json
import os
import re
import shutil
import subprocess
import sys

sentra, data, test_data, work = sys.argv[1:5]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
failures = []


def members_lists():
    return [os.path.join(test_data, "import", "members_semicolon.csv"),
            os.path.join(test_data, "import", "members_comma_title_rows.csv"),
            os.path.join(test_data, "officer", "makassar_members.csv")]


def sheets(paths):
    """Each members list's header row and the rows under it."""
    for path in paths:
        with open(path, encoding="utf-8-sig", newline="") as f:
            text = f.read()
        delimiter = ";" if text.count(";") > text.count(",") else ","
        rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
        header = next((r for r in rows if any("nama" in c.lower() for c in r)), None)
        if header is not None:
            yield header, rows[rows.index(header) + 1:]


def business_names_of(paths):
    names = []
    for header, rows in sheets(paths):
        for i, h in enumerate(header):
            low = h.lower()
            if ("usaha" in low or "umkm" in low) and "nama" in low:
                names += [r[i] for r in rows if i < len(r)]
    return names


skipped = []


# The personal values of the fixtures: (kind, text as written, pattern that finds it).
def personal_values():
    found = {}
    for header, rows in sheets(members_lists()):
        for i, h in enumerate(header):
            low = h.lower()
            kind = ("nik" if "nik" in low else
                    "phone" if any(w in low for w in ("hp", "wa", "telepon", "telp")) else
                    "owner" if "pemilik" in low else None)
            if kind is None:
                continue
            for r in rows:
                if i < len(r) and r[i].strip():
                    found[(kind, r[i].strip())] = True
    # An owner whose name is a word of their business's name ("Jahit Bu Yanti", owner Yanti)
    # is named wherever the business is, by its name and the id made from it: the business
    # name is the enterprise's public, registered name, not the owner record. Such names are
    # not searched for (the NIK and phone of the same owner are).
    business_names = " ".join(business_names_of(members_lists())).lower()
    values = []
    for kind, value in found:
        if kind == "owner" and re.search(r"\b" + re.escape(value.lower()) + r"\b", business_names):
            skipped.append(value)
            continue
        if kind == "owner":
            pattern = re.compile(re.escape(value), re.IGNORECASE)
        else:
            digits = re.sub(r"\D", "", value)
            if kind == "phone":  # 0812…, 62812…, +62 812…: the digits after the prefix
                digits = re.sub(r"^(62|0)", "", digits)
                prefix = r"(?:\+?62|0)[\s\-.()]*"
            else:
                prefix = ""
            if len(digits) < 6:
                continue
            pattern = re.compile(prefix + r"[\s\-.()]*".join(digits))
        values.append((kind, value, pattern))
    return values


VALUES = personal_values()
assert len([v for v in VALUES if v[0] == "nik"]) >= 6, "the fixtures' NIKs were not found"
assert len([v for v in VALUES if v[0] == "phone"]) >= 6, "the fixtures' phones were not found"
assert len([v for v in VALUES if v[0] == "owner"]) >= 6, "the fixtures' owners were not found"


def run(args, stdin=None):
    p = subprocess.run([sentra, "--data", data] + args, capture_output=True, input=stdin,
                       env=dict(os.environ, LANG="C.UTF-8"))
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


runs = 0


def check(args, may_show=False, expect=(0,), stdin=None, name=None):
    """Runs a command and searches both outputs. Returns its standard output."""
    global runs
    runs += 1
    code, out, err = run(args, stdin)
    label = name or " ".join(args)
    if code not in expect:
        failures.append(f"{label}: exit {code}, expected {expect}: {err.strip()[:300]}")
    for stream, text, allowed in (("stdout", out, may_show), ("stderr", err, False)):
        if allowed:
            continue
        for kind, value, pattern in VALUES:
            if pattern.search(text):
                failures.append(f"{label}: {stream} shows a {kind} ({value})")
    return out


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


# The programmes, with the members lists imported (personal data included: the document is
# the programme's own file).
depok = shutil.copy(os.path.join(test_data, "documents", "cipayung.json"),
                    os.path.join(work, "depok.json"))
check(["import", "enterprises", members_lists()[0], "--document", depok, "--write"],
      expect=(0, 1))
check(["import", "enterprises", members_lists()[1], "--document", depok, "--write"],
      expect=(0, 1))
makassar = os.path.join(work, "makassar.json")
check(["init", makassar, "--area", "Kota Makassar", "--name", "Program Sentra Kuliner",
       "--cluster", "Sentra Kuliner Pantai Losari", "--focus", "kuliner", "--locus", "Losari",
       "Maloku", "--lead", "diskopukm", "--partner", "disperindag"])
check(["import", "enterprises", members_lists()[2], "--document", makassar, "--write"])

# Cases whose confidential texts and anonymous actors name the owners.
owners = [v for k, v, _ in VALUES if k == "owner"]
phones = [v for k, v, _ in VALUES if k == "phone"]
niks = [v for k, v, _ in VALUES if k == "nik"]
for path in (depok, makassar):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    assert any(e.get("owner") for e in doc["enterprises"]), path + ": no owner was imported"
    lead = doc["clusters"][0]["lead_agency"]
    cluster = doc["clusters"][0]["id"]
    member = doc["enterprises"][0]["id"]
    base = {"topic": "marketing", "cluster": cluster, "raised_by": [member], "priority": "normal"}
    doc.setdefault("cases", []).extend([
        dict(base, id="case-privacy-1", title=f"Keluhan {owners[0]}",
             description=f"{owners[1]} (NIK {niks[0]}, HP {phones[0]}) dimintai pungutan",
             privacy={"confidential": True, "anonymous": False},
             log=[{"at": "2026-11-02T09:00:00+07:00", "actor": "petugas-kecamatan",
                   "action": "report"},
                  {"at": "2026-11-02T10:00:00+07:00", "actor": "petugas", "action": "assign",
                   "agency": lead, "note": f"hubungi {phones[1]}"}]),
        # Anonymous: the reporter and every actor are withheld from anyone.
        dict(base, id="case-privacy-2", title="Pemasaran produk",
             description="Anggota meminta pendampingan pemasaran daring",
             privacy={"confidential": False, "anonymous": True},
             log=[{"at": "2026-11-03T09:00:00+07:00", "actor": owners[3], "action": "report"},
                  {"at": "2026-11-03T10:00:00+07:00", "actor": owners[4], "action": "assign",
                   "agency": lead}]),
    ])
    write(path, json.dumps(doc, ensure_ascii=False, indent=2))

members_ndjson = os.path.join(work, "members.ndjson")
# Makassar's programme is valid; Cipayung's, with both sheets' members merged in, is not (some
# live outside the locus, some KBLI codes are outside their category): its problems are
# printed, and searched, too.
for path, valid in ((depok, False), (makassar, True)):
    name = os.path.splitext(os.path.basename(path))[0]
    now = "2026-12-07T09:00:00+07:00"
    verdict = (0,) if valid else (1,)
    # The document itself, asked for.
    check(["fmt", path], may_show=True)
    check(["validate", path], expect=verdict)
    check(["validate", path, "--format", "json"], expect=verdict)
    check(["validate", path, "--format", "ndjson"], expect=verdict)
    for fmt in ("text", "json", "html"):
        check(["cluster", "report", path, "--format", fmt, "--now", now], expect=(0, 1))
    check(["case", "check", path], expect=verdict)
    check(["case", "check", path, "--format", "json"], expect=verdict)
    check(["case", "overdue", path, "--now", now], expect=(0, 1))
    check(["case", "overdue", path, "--now", now, "--format", "json"], expect=(0, 1))
    # A document is read whole and checked before its cases go out: an invalid one is refused.
    exported = check(["case", "open311", "export", path, "--now", now], expect=verdict)
    check(["case", "open311", "export", path, "--now", now, "--internal"], may_show=True,
          expect=verdict)
    if valid:
        check(["case", "open311", "import",
               write(os.path.join(work, name + "_open311.json"), exported)])
    check(["export", "enterprises", path], expect=(0, 1))
    check(["export", "enterprises", path, "--internal"], may_show=True, expect=(0, 1))
    # The copy to share: nothing personal, and as valid as the original.
    copy = write(os.path.join(work, name + "_redacted.json"), check(["redact", path]))
    check(["validate", copy], expect=verdict)
    check(["fmt", copy])  # its own text shows nothing either
    check(["redact", copy, "--lang", "id"])

# The import's records carry the owners (they are the programme's data, asked for); its
# problems never do, even for malformed NIKs and phones.
records = check(["import", "enterprises", members_lists()[0]], may_show=True, expect=(0, 1))
write(members_ndjson, records)
with open(members_lists()[0], encoding="utf-8-sig") as f:
    lines = f.read().splitlines()
bad = [lines[0]] + [re.sub(r";(\d{16});", r";\g<1>9;", l).replace("0812-3456-7890", "0812-3456-789x")
                    for l in lines[1:]]
check(["import", "enterprises", write(os.path.join(work, "bad_members.csv"), "\n".join(bad) + "\n")],
      may_show=True, expect=(0, 1))
check(["validate", members_ndjson])
check(["validate", members_ndjson, "--format", "json"])
aggregate = check(["aggregate", members_ndjson, "--by", "district,division",
                   "--classification", "kbli2020"])
aggregate_file = write(os.path.join(work, "aggregate.ndjson"), aggregate)
for fmt in ("ndjson", "csv"):
    check(["map", aggregate_file, "--level", "district", "--kbli", "division", "--format", fmt])

# Commands that take no programme data: nothing to show, checked all the same.
for args in (["regions", "lookup", "32.76.07.1002"], ["regions", "search", "Cipayung"],
             ["regions", "check", os.path.join(data, "regions", "2025")],
             ["kbli", "lookup", "14111"], ["kbli", "search", "konveksi"],
             ["scale", "--capital", "250000000", "--criteria", "pp7-2021"], ["data"], ["schema"],
             ["completion", "bash"]):
    check(args, expect=(0, 1))

for f in failures:
    print("FAIL", f)
print(f"privacy: {runs} command runs, {len(VALUES)} personal values searched "
      f"({len(skipped)} owner names that are part of their business's name not searched), "
      f"{len(failures)} failures")
sys.exit(1 if failures else 0)
