// The sentra program's shared pieces: exit codes, usage, options, JSON output.
#pragma once

#include <sentra/io/reference_data.hpp>
#include <sentra/lang.hpp>
#include <sentra/message.hpp>
#include <sentra/region/gazetteer.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sentra_cli {

constexpr int exit_ok = 0;
constexpr int exit_invalid = 1;
constexpr int exit_usage = 2;

constexpr std::string_view usage_text =
    R"(usage: sentra <command> [options]

commands:
  regions check  [FOLDER] [--edition E] [--max-errors N]
                 load and check a region list: an edition of the reference data
                 (default: the latest), or a FOLDER of provinces.csv, regencies.csv,
                 districts.csv, villages.csv
  regions lookup CODE... [--edition E]
                 code, level, kind, name and the chain up to the province
  regions search NAME... [--edition E]
                 every region of that name over the whole country, with its chain
  regions diff OLD NEW
                 what changed between two editions (e.g. 2022 2025): codes added
                 and removed, names changed, regions recoded (moved or renumbered)
  kbli lookup CODE... [--scheme kbli2025|kbli2020|isic4] [--legacy]
                 code, level, title and the chain up to the section (default
                 scheme: kbli2025, the latest)
  kbli search WORDS... [--scheme kbli2025|kbli2020|isic4]
                 the codes whose titles hold every word
  kbli diff 2020 2025 [--format json]
                 what changed between the editions, for migrating records: codes
                 only in one, codes in both whose title changed (those likely to
                 mean something else flagged '!'), and the count with the same title
  data           the reference data: its version, editions, and where it was found
  cluster report FILE [--edition E]
                 each cluster of a sentra document (or of a programme file:
                 categories, agencies, enterprises, clusters as JSON): members by
                 category and size, events and stands, validation findings
  cluster report FILE --format html [--cluster ID] [--lang id|en] [--now TIME]
                 one cluster (default: the document's first) as a self-contained
                 HTML page with charts, on standard output: key figures, members,
                 events, cases and their deadlines at TIME (default: now), findings;
                 Indonesian unless --lang en
  case check FILE [--programme FILE]
                 check coordination cases (a sentra document, or a JSON array of
                 cases): their form, that each log replays through the lifecycle
                 table, and that their clusters, enterprises and agencies exist (the
                 document's, or a programme file's)
  case overdue FILE --now TIME [--holidays FILE] [--time-zone Z]
                 the cases past a deadline at TIME (forwarding, follow-up,
                 resolution: the document's policy, else SP4N-LAPOR!'s), with the
                 next step of the escalation chain, and the cases due to be completed
                 (no reply from the reporter); days are counted in the programme's
                 time zone (--time-zone, else the document's, else WIB)
  case open311 export|import FILE [--internal] [--now TIME]
                 cases as Open311 GeoReport v2 service requests, and back; what a
                 case's privacy forbids is withheld unless --internal
  validate FILE... [--edition E] [--max-errors N] [--records enterprise|case]
                 [--threads N] [--previous OLD] [--classification C]
                 check sentra documents (.json) and record streams (.ndjson or
                 .jsonl, one record a line; - reads standard input): every problem as
                 FILE:LINE:COL: error: POINTER: MESSAGE [code], then a summary line;
                 villages and KBLI codes are checked against the reference data (the
                 document's region_edition, else --edition); --format ndjson: one result line per
                 record (for Hadoop Streaming, Spark's RDD.pipe); --previous: FILE is a
                 new version of the document OLD, which may not drop a case or change
                 a case's log (logs only grow)
  fmt FILE [--write]
                 the canonical form of a document on standard output; --write:
                 into FILE itself, atomically (a temporary file renamed into place)
  schema [mapping]
                 the JSON Schema (draft 2020-12) of a document, or of an import
                 mapping file
  import enterprises FILE [--map MAP] [--area CODE] [--year YEAR] [--delimiter D]
                 [--keep-invalid] [--document DOC [--write]]
                 a members list from a spreadsheet's CSV (UTF-8, ',' ';' or tab, a
                 header row with columns such as Nama Usaha, NIB, Pemilik, NIK,
                 Kelurahan, KBLI or Jenis Usaha, Omzet, Modal, Tenaga Kerja, No. HP):
                 the enterprises as NDJSON on standard output, every problem on
                 standard error as FILE:LINE:COL: error: HEADER: MESSAGE [code] (COL
                 is the column's number), then a summary line. Villages by name are
                 looked for in --area (a city, regency or district code); --year: the
                 year of the money and worker figures; rows with a problem are left
                 out unless --keep-invalid. --document: into that document (a row
                 matching an enterprise by id, NIB, or name and village updates it),
                 written to standard output, or into DOC with --write
  export enterprises DOC [--format csv] [--delimiter D] [--lang id|en] [--internal]
                 a document's enterprises as CSV for a spreadsheet (headers in
                 Indonesian unless --lang en, ';' apart unless --delimiter, a UTF-8
                 mark for Excel), which import reads back; --internal: with the
                 owner's name, NIK and phone
  aggregate FILE|- --by LEVEL[,KBLI-LEVEL] [--size CRITERIA] [--edition E]
            [--threads N] [--source NAME] [--first-line N]
                 enterprise records (NDJSON) counted by region (province, regency,
                 district or village), by KBLI level of the main (first) code
                 (section, division, group, class, subclass) and by size class
                 under CRITERIA (pp7-2021, uu20-2008, permenperin64-2016): the
                 enterprises, workers and sales under each key, as NDJSON on standard
                 output (a header line, then a line per key); records that fail
                 validation are counted as refused, by reason, the first few with
                 their place; a summary line on standard error. --source, --first-line:
                 the name and line number a part of a split file is placed by
  aggregate --merge PART...
                 the sum of aggregates counted by the same keys (parts of one
                 registry, in any order and grouping): the same as counting the whole
  map AGG --level LEVEL --kbli KBLI-LEVEL [--base national|province]
      [--measure enterprises|workers] [--format ndjson|csv] [--lang en|id]
                 from an aggregate (as fine as asked, or finer: rolled up), each
                 region's location quotient for each industry against the country or
                 its province, and the strong-cluster test (LQ >= 1 and at or above the
                 75th percentile of the industry's LQs over the regions compared); with
                 region names and KBLI titles (Indonesian unless --lang en; CSV headers
                 in --lang); docs/analytics.md
  scale --criteria pp7-2021|uu20-2008|permenperin64-2016 [--capital N]
        [--net-assets N] [--sales N] [--workers N] [--investment N]
        [--purpose registration|empowerment] [--operating-since DATE]
                 the size class (mikro, kecil, menengah, besar) for the purpose
                 (default empowerment, what a cluster programme does), the criterion
                 that decided it and why, and the class under every criterion given;
                 amounts in rupiah (1000000000, 1.000.000.000, Rp1.000.000.000);
                 --operating-since: when the business started (PP 7/2021 Art. 35(6))

options:
  --data DIR        the reference data folder, holding regions/<edition>/ and kbli/
                    (default: $SENTRA_REFERENCE_DATA_DIR, else the data installed
                    beside the program, else the data sentra was built with)
  --edition E       the edition of the region codes: 2025 (default) or 2022
  --classification C
                    validate (streams), import, aggregate, map: the KBLI edition of
                    the codes, kbli2025 (default: the latest) or kbli2020; a document
                    and an aggregate name their own
  --format FORMAT   text (default) or json; validate also takes ndjson, cluster report html,
                    export csv
  --lang LANG       en or id: the language of the output (default: the locale's, from
                    LC_ALL, LC_MESSAGES, LANG; the HTML report: id)
  --max-errors N    stop after N errors (regions check, validate; 0 = all)
  --records KIND    validate: what a stream holds, enterprise (default) or case
  --threads N       validate: cores to parse streams on (default 2)
  --previous OLD    validate: the earlier version of the one document checked
  --time-zone Z     case: WIB, WITA, WIT, UTC or an offset such as +07:00
  --cluster ID      cluster report --format html: which cluster (default: the first)
  --internal        case: for the agencies handling the cases, withhold nothing;
                    export: with the owner's name, NIK and phone
  --write           fmt: replace FILE with its canonical form; import: write into
                    the --document itself
  --map MAP         import: an import mapping (JSON; `sentra schema mapping`)
  --area CODE       import: the region villages given by name are in (32.76)
  --year YEAR       import: the year of the money and worker figures
  --by KEYS         aggregate: LEVEL or LEVEL,KBLI-LEVEL (district,division)
  --size CRITERIA   aggregate: also by size class under these criteria
  --merge           aggregate: sum the PARTs given
  --source NAME     aggregate: the file name problems are placed in (a part's origin)
  --first-line N    aggregate: the line number of the input's first line (default 1)
  --level LEVEL     map: the region level (province, regency, district, village)
  --kbli LEVEL      map: the KBLI level (section, division, group, class, subclass)
  --base BASE       map: national (default) or province
  --measure M       map: enterprises (default) or workers
  --delimiter D     import, export: ',', ';', tab or '|' (import: found if not given)
  --document DOC    import: the document to update and add the enterprises to
  --keep-invalid    import: keep rows with problems, without the values that had them
  --help            this text
  --version         the version

exit status: 0 success; 1 invalid data, or a well-formed code or name not found;
2 usage, I/O error, or a malformed code or number
)";

// The same in Indonesian.
constexpr std::string_view usage_text_id =
    R"(pemakaian: sentra <perintah> [opsi]

perintah:
  regions check  [FOLDER] [--edition E] [--max-errors N]
                 memuat dan memeriksa daftar wilayah: satu edisi data rujukan
                 (bawaan: yang terbaru), atau FOLDER berisi provinces.csv, regencies.csv,
                 districts.csv, villages.csv
  regions lookup KODE... [--edition E]
                 kode, tingkat, jenis, nama, dan rantai sampai ke provinsi
  regions search NAMA... [--edition E]
                 setiap wilayah bernama itu di seluruh Indonesia, dengan rantainya
  regions diff LAMA BARU
                 perubahan antara dua edisi (mis. 2022 2025): kode yang ditambah
                 dan dihapus, nama yang berubah, wilayah yang berganti kode (pindah atau
                 dinomori ulang)
  kbli lookup KODE... [--scheme kbli2025|kbli2020|isic4] [--legacy]
                 kode, tingkat, judul, dan rantai sampai ke kategori (skema bawaan:
                 kbli2025, yang terbaru)
  kbli search KATA... [--scheme kbli2025|kbli2020|isic4]
                 kode-kode yang judulnya memuat setiap kata
  kbli diff 2020 2025 [--format json]
                 perubahan antara kedua edisi, untuk memindahkan catatan: kode yang
                 hanya ada di salah satu, kode di keduanya yang judulnya berubah (yang
                 kemungkinan berarti lain ditandai '!'), dan jumlah yang judulnya sama
  data           data rujukan: versinya, edisinya, dan tempat ditemukannya
  cluster report BERKAS [--edition E]
                 setiap klaster dalam dokumen sentra (atau berkas program: kategori,
                 instansi, usaha, klaster sebagai JSON): anggota menurut kategori dan
                 ukuran usaha, kegiatan dan stan, temuan pemeriksaan
  cluster report BERKAS --format html [--cluster ID] [--lang id|en] [--now WAKTU]
                 satu klaster (bawaan: yang pertama dalam dokumen) sebagai halaman HTML
                 mandiri dengan grafik, ke keluaran standar: angka utama, anggota,
                 kegiatan, kasus dan tenggatnya pada WAKTU (bawaan: sekarang), temuan;
                 dalam bahasa Indonesia kecuali --lang en
  case check BERKAS [--programme BERKAS]
                 memeriksa kasus koordinasi (dokumen sentra, atau larik JSON berisi
                 kasus): bentuknya, bahwa setiap log dapat diputar ulang menurut tabel
                 siklus, dan bahwa klaster, usaha, dan instansinya ada (dalam dokumen,
                 atau dalam berkas program)
  case overdue BERKAS --now WAKTU [--holidays BERKAS] [--time-zone Z]
                 kasus yang melewati tenggat pada WAKTU (penerusan, tindak lanjut,
                 penyelesaian: menurut kebijakan dokumen, jika tidak menurut
                 SP4N-LAPOR!), dengan langkah berikutnya dalam rantai eskalasi, dan kasus
                 yang sudah waktunya ditutup (pelapor tidak membalas); hari dihitung
                 dalam zona waktu program (--time-zone, jika tidak menurut dokumen, jika
                 tidak WIB)
  case open311 export|import BERKAS [--internal] [--now WAKTU]
                 kasus sebagai permintaan layanan Open311 GeoReport v2, dan sebaliknya;
                 yang dilarang oleh kerahasiaan kasus tidak disertakan kecuali --internal
  validate BERKAS... [--edition E] [--max-errors N] [--records enterprise|case]
                 [--threads N] [--previous LAMA] [--classification K]
                 memeriksa dokumen sentra (.json) dan aliran catatan (.ndjson atau
                 .jsonl, satu catatan per baris; - membaca masukan standar): setiap
                 masalah sebagai BERKAS:BARIS:KOLOM: error: POINTER: PESAN [kode], lalu
                 satu baris ringkasan; desa/kelurahan dan kode KBLI diperiksa dengan data
                 rujukan (region_edition dokumen, jika tidak --edition); --format ndjson:
                 satu baris hasil per catatan (untuk Hadoop Streaming, RDD.pipe Spark);
                 --previous: BERKAS adalah versi baru dokumen LAMA, yang tidak boleh
                 membuang kasus atau mengubah log kasus (log hanya bertambah)
  fmt BERKAS [--write]
                 bentuk kanonik sebuah dokumen ke keluaran standar; --write: ke BERKAS
                 itu sendiri, secara atomik (berkas sementara yang diganti namanya)
  schema [mapping]
                 JSON Schema (draft 2020-12) sebuah dokumen, atau berkas pemetaan impor
  import enterprises BERKAS [--map PETA] [--area KODE] [--year TAHUN] [--delimiter D]
                 [--keep-invalid] [--document DOK [--write]]
                 daftar anggota dari CSV lembar kerja (UTF-8, ',' ';' atau tab, satu
                 baris judul dengan kolom seperti Nama Usaha, NIB, Pemilik, NIK,
                 Kelurahan, KBLI atau Jenis Usaha, Omzet, Modal, Tenaga Kerja, No. HP):
                 usaha sebagai NDJSON ke keluaran standar, setiap masalah ke galat
                 standar sebagai BERKAS:BARIS:KOLOM: error: JUDUL: PESAN [kode] (KOLOM
                 adalah nomor kolom), lalu satu baris ringkasan. Desa/kelurahan yang
                 ditulis dengan nama dicari di --area (kode kota, kabupaten, atau
                 kecamatan); --year: tahun angka uang dan tenaga kerja; baris yang
                 bermasalah tidak disertakan kecuali --keep-invalid. --document: ke
                 dokumen itu (baris yang cocok dengan usaha menurut id, NIB, atau nama
                 dan desa/kelurahan akan memperbaruinya), ditulis ke keluaran standar,
                 atau ke DOK dengan --write
  export enterprises DOK [--format csv] [--delimiter D] [--lang id|en] [--internal]
                 usaha dalam dokumen sebagai CSV untuk lembar kerja (judul kolom dalam
                 bahasa Indonesia kecuali --lang en, dipisah ';' kecuali --delimiter,
                 dengan penanda UTF-8 untuk Excel), yang dapat dibaca kembali oleh
                 import; --internal: dengan nama, NIK, dan telepon pemilik
  aggregate BERKAS|- --by TINGKAT[,TINGKAT-KBLI] [--size KRITERIA] [--edition E]
            [--threads N] [--source NAMA] [--first-line N]
                 catatan usaha (NDJSON) dihitung per wilayah (province, regency,
                 district, atau village), per tingkat KBLI dari kode utama (pertama)
                 (section, division, group, class, subclass), dan per kelas ukuran
                 menurut KRITERIA (pp7-2021, uu20-2008, permenperin64-2016): jumlah
                 usaha, tenaga kerja, dan penjualan di setiap kunci, sebagai NDJSON ke
                 keluaran standar (satu baris judul, lalu satu baris per kunci);
                 catatan yang gagal diperiksa dihitung sebagai ditolak, menurut
                 alasannya, beberapa yang pertama beserta tempatnya; satu baris
                 ringkasan ke galat standar. --source, --first-line: nama dan nomor
                 baris untuk menempatkan bagian dari berkas yang dipecah
  aggregate --merge BAGIAN...
                 jumlah rekapitulasi yang dihitung dengan kunci yang sama (bagian dari
                 satu daftar, dalam urutan dan kelompok apa pun): sama dengan
                 menghitung keseluruhannya
  map REKAP --level TINGKAT --kbli TINGKAT-KBLI [--base national|province]
      [--measure enterprises|workers] [--format ndjson|csv] [--lang en|id]
                 dari rekapitulasi (serinci yang diminta, atau lebih rinci: dijumlahkan
                 ke atas), location quotient setiap wilayah untuk setiap bidang usaha
                 terhadap nasional atau provinsinya, dan uji klaster kuat (LQ >= 1 dan
                 pada atau di atas persentil ke-75 LQ bidang usaha itu di antara wilayah
                 yang dibandingkan); dengan nama wilayah dan judul KBLI (bahasa
                 Indonesia kecuali --lang en; judul kolom CSV menurut --lang);
                 docs/analytics.md
  scale --criteria pp7-2021|uu20-2008|permenperin64-2016 [--capital N]
        [--net-assets N] [--sales N] [--workers N] [--investment N]
        [--purpose registration|empowerment] [--operating-since TANGGAL]
                 kelas ukuran usaha (mikro, kecil, menengah, besar) untuk tujuannya
                 (bawaan empowerment, yang dikerjakan program klaster), kriteria yang
                 menentukannya dan alasannya, dan kelas menurut setiap kriteria yang
                 diberikan; jumlah dalam rupiah (1000000000, 1.000.000.000,
                 Rp1.000.000.000); --operating-since: sejak kapan usaha berjalan
                 (PP 7/2021 Pasal 35 ayat (6))

opsi:
  --data DIR        folder data rujukan, berisi regions/<edisi>/ dan kbli/ (bawaan:
                    $SENTRA_REFERENCE_DATA_DIR, jika tidak data yang dipasang di samping
                    program, jika tidak data saat sentra dibangun)
  --edition E       edisi kode wilayah: 2025 (bawaan) atau 2022
  --classification K
                    validate (aliran), import, aggregate, map: edisi KBLI kode-kodenya,
                    kbli2025 (bawaan: yang terbaru) atau kbli2020; dokumen dan rekap
                    menyebut edisinya sendiri
  --format FORMAT   text (bawaan) atau json; validate juga menerima ndjson, cluster
                    report html, export csv
  --lang LANG       id atau en: bahasa keluaran (bawaan: menurut locale, LC_ALL,
                    LC_MESSAGES, LANG; laporan HTML: id)
  --max-errors N    berhenti setelah N kesalahan (regions check, validate; 0 = semua)
  --records JENIS   validate: isi aliran data, enterprise (bawaan) atau case
  --threads N       validate: jumlah inti untuk mengurai aliran data (bawaan 2)
  --previous LAMA   validate: versi sebelumnya dari dokumen yang diperiksa
  --time-zone Z     case: WIB, WITA, WIT, UTC, atau selisih waktu seperti +07:00
  --cluster ID      cluster report --format html: klaster yang mana (bawaan: yang pertama)
  --internal        case: untuk instansi yang menangani kasus, tanpa ada yang ditahan;
                    export: dengan nama, NIK, dan telepon pemilik
  --write           fmt: ganti BERKAS dengan bentuk kanoniknya; import: tulis ke
                    --document itu sendiri
  --map PETA        import: pemetaan impor (JSON; `sentra schema mapping`)
  --area KODE       import: wilayah tempat desa/kelurahan yang ditulis dengan nama (32.76)
  --year TAHUN      import: tahun angka uang dan tenaga kerja
  --by KUNCI        aggregate: TINGKAT atau TINGKAT,TINGKAT-KBLI (district,division)
  --size KRITERIA   aggregate: juga per kelas ukuran menurut kriteria ini
  --merge           aggregate: jumlahkan BAGIAN yang diberikan
  --source NAMA     aggregate: nama berkas untuk menempatkan masalah (asal bagian)
  --first-line N    aggregate: nomor baris dari baris pertama masukan (bawaan 1)
  --level TINGKAT   map: tingkat wilayah (province, regency, district, village)
  --kbli TINGKAT    map: tingkat KBLI (section, division, group, class, subclass)
  --base DASAR      map: national (bawaan) atau province
  --measure UKURAN  map: enterprises (bawaan) atau workers
  --delimiter D     import, export: ',', ';', tab, atau '|' (import: dicari jika tidak
                    diberikan)
  --document DOK    import: dokumen yang diperbarui dan ditambahi usaha
  --keep-invalid    import: simpan baris yang bermasalah, tanpa nilai yang bermasalah
  --help            teks ini
  --version         versi

status keluar: 0 berhasil; 1 data tidak sah, atau kode atau nama yang bentuknya benar
tetapi tidak ditemukan; 2 salah pemakaian, kesalahan masukan/keluaran, atau kode atau
angka yang bentuknya salah
)";

enum class output_format { text, json, ndjson, html, csv };

struct options {
    std::vector<std::string> args; // positional, after the command words
    std::optional<std::string> data;
    std::optional<std::string> edition;
    bool json = false;
    output_format output = output_format::text;
    sentra::lang language = sentra::lang::en;
    bool language_given = false; // KBLI titles default to the classification's own language
    std::size_t max_errors = 0;
    // kbli
    std::optional<std::string> scheme;
    bool legacy = false;
    // scale
    std::optional<std::string> criteria, capital, net_assets, sales, workers, investment,
        purpose, operating_since;
    // case
    std::optional<std::string> now, holidays, programme, time_zone;
    // cluster report
    std::optional<std::string> cluster;
    bool internal = false; // the whole case, for exchange between agencies
    // validate
    std::optional<std::string> records, previous;
    unsigned threads = 2;
    // fmt, import --document
    bool write = false;
    // import, export
    std::optional<std::string> map, area, year, delimiter, document;
    bool keep_invalid = false;
    // aggregate, map
    std::optional<std::string> by, size, source, first_line, level, kbli, base, measure;
    // validate, import, aggregate, map: the KBLI edition (kbli2025, kbli2020)
    std::optional<std::string> classification;
    bool merge = false;
    bool format_given = false;
};

// The help in the chosen language (the process's default: --lang, else the locale).
inline std::string_view usage() noexcept
{
    return sentra::default_lang() == sentra::lang::id ? usage_text_id : usage_text;
}

// A line of the CLI's own in the chosen language: both wordings side by side, "{name}"
// where an argument goes (numbers written as the language writes them).
inline std::string say(sentra::bilingual text, std::vector<sentra::message_arg> const& args = {})
{
    sentra::lang const l = sentra::default_lang();
    return sentra::render_text(text.in(l), args, l);
}

// A usage problem, already in the chosen language (sentra's message), then the help.
inline int usage_error_text(std::string_view message)
{
    std::cerr << "sentra: " << message << "\n\n" << usage();
    return exit_usage;
}
inline int usage_error(sentra::bilingual message, std::vector<sentra::message_arg> const& args = {})
{
    return usage_error_text(say(message, args));
}

// The language of the user's locale, as Unix programs read it: LC_ALL, then LC_MESSAGES,
// then LANG (the first that is set and not empty); "id" or "id_*" is Indonesian, anything
// else English.
inline sentra::lang locale_language()
{
    for (char const* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        char const* v = std::getenv(name);
        if (v == nullptr || *v == '\0') continue;
        std::string_view const s(v);
        return s == "id" || s.starts_with("id_") || s.starts_with("id.") ? sentra::lang::id
                                                                            : sentra::lang::en;
    }
    return sentra::lang::en;
}

// Parses options after the command words; returns an exit code on failure. The language is
// the locale's unless --lang names one; it becomes the process's default (sentra's messages).
inline std::optional<int> parse_options(int argc, char** argv, int first, options& o)
{
    struct set_default {
        options& o;
        ~set_default() { sentra::set_default_lang(o.language); }
    } on_exit{o};
    // main() chose it already from the locale and any --lang (choose_language).
    if (!o.language_given) o.language = sentra::default_lang();
    bool only_positional = false;
    for (int i = first; i < argc; ++i) {
        std::string_view a = argv[i];
        if (only_positional || a.empty() || a[0] != '-' || a == "-") {
            o.args.emplace_back(a);
            continue;
        }
        if (a == "--") {
            only_positional = true;
            continue;
        }
        std::string_view name = a;
        std::optional<std::string_view> value;
        if (auto eq = a.find('='); eq != std::string_view::npos) {
            name = a.substr(0, eq);
            value = a.substr(eq + 1);
        }
        auto take = [&]() -> std::optional<std::string_view> {
            if (value) return value;
            if (i + 1 < argc) return std::string_view(argv[++i]);
            return std::nullopt;
        };
        if (name == "--data") {
            auto v = take();
            if (!v || v->empty()) return usage_error({"--data needs a folder",
                             "--data memerlukan folder"});
            o.data = std::string(*v);
        } else if (name == "--format") {
            auto v = take();
            constexpr std::pair<std::string_view, output_format> formats[] = {
                {"text", output_format::text},     {"json", output_format::json},
                {"ndjson", output_format::ndjson}, {"html", output_format::html},
                {"csv", output_format::csv}};
            auto const* f = std::find_if(std::begin(formats), std::end(formats),
                                         [&](auto const& x) { return v == x.first; });
            if (f == std::end(formats))
                return usage_error({"--format takes text, json, ndjson, html or csv",
                             "--format berisi text, json, ndjson, html, atau csv"});
            o.output = f->second;
            o.format_given = true;
            o.json = o.output == output_format::json;
        } else if (name == "--lang") {
            auto v = take();
            o.language_given = true;
            if (v == std::string_view("id"))
                o.language = sentra::lang::id;
            else if (v == std::string_view("en"))
                o.language = sentra::lang::en;
            else
                return usage_error({"--lang takes en or id",
                             "--lang berisi en atau id"});
        } else if (name == "--max-errors") {
            auto v = take();
            std::size_t n = 0;
            if (!v || v->empty() ||
                std::from_chars(v->data(), v->data() + v->size(), n).ec != std::errc() ||
                std::from_chars(v->data(), v->data() + v->size(), n).ptr != v->data() + v->size())
                return usage_error({"--max-errors takes a whole number",
                             "--max-errors berisi bilangan bulat"});
            o.max_errors = n;
        } else if (name == "--threads") {
            auto v = take();
            unsigned n = 0;
            if (!v || v->empty() ||
                std::from_chars(v->data(), v->data() + v->size(), n).ptr != v->data() + v->size() ||
                n == 0 || n > 64)
                return usage_error({"--threads takes a whole number from 1 to 64",
                             "--threads berisi bilangan bulat 1 sampai 64"});
            o.threads = n;
        } else if (name == "--legacy") {
            if (value) return usage_error({"--legacy takes no value",
                             "--legacy tidak memerlukan nilai"});
            o.legacy = true;
        } else if (name == "--internal") {
            if (value) return usage_error({"--internal takes no value",
                             "--internal tidak memerlukan nilai"});
            o.internal = true;
        } else if (name == "--write") {
            if (value) return usage_error({"--write takes no value",
                             "--write tidak memerlukan nilai"});
            o.write = true;
        } else if (name == "--keep-invalid") {
            if (value) return usage_error({"--keep-invalid takes no value",
                             "--keep-invalid tidak memerlukan nilai"});
            o.keep_invalid = true;
        } else if (name == "--merge") {
            if (value) return usage_error({"--merge takes no value",
                             "--merge tidak memerlukan nilai"});
            o.merge = true;

        } else if (name == "--scheme" || name == "--criteria" || name == "--capital" ||
                   name == "--net-assets" || name == "--sales" || name == "--workers" ||
                   name == "--investment" || name == "--now" || name == "--holidays" ||
                   name == "--programme" || name == "--records" || name == "--previous" ||
                   name == "--edition" || name == "--time-zone" || name == "--purpose" ||
                   name == "--operating-since" || name == "--cluster" || name == "--map" ||
                   name == "--area" || name == "--year" || name == "--delimiter" ||
                   name == "--document" || name == "--by" || name == "--size" ||
                   name == "--source" || name == "--first-line" || name == "--level" ||
                   name == "--kbli" || name == "--base" || name == "--measure" ||
                   name == "--classification") {
            auto v = take();
            if (!v) return usage_error({"{option} needs a value", "{option} memerlukan nilai"},
                                       {{"option", name}});
            std::optional<std::string>& slot = name == "--scheme"       ? o.scheme
                                               : name == "--criteria"   ? o.criteria
                                               : name == "--capital"    ? o.capital
                                               : name == "--net-assets" ? o.net_assets
                                               : name == "--sales"      ? o.sales
                                               : name == "--workers"    ? o.workers
                                               : name == "--now"        ? o.now
                                               : name == "--cluster"    ? o.cluster
                                               : name == "--holidays"   ? o.holidays
                                               : name == "--programme"  ? o.programme
                                               : name == "--records"    ? o.records
                                               : name == "--previous"   ? o.previous
                                               : name == "--edition"    ? o.edition
                                               : name == "--time-zone"  ? o.time_zone
                                               : name == "--purpose"    ? o.purpose
                                               : name == "--operating-since" ? o.operating_since
                                               : name == "--map"        ? o.map
                                               : name == "--area"       ? o.area
                                               : name == "--year"       ? o.year
                                               : name == "--delimiter"  ? o.delimiter
                                               : name == "--document"   ? o.document
                                               : name == "--by"         ? o.by
                                               : name == "--size"       ? o.size
                                               : name == "--source"     ? o.source
                                               : name == "--first-line" ? o.first_line
                                               : name == "--level"      ? o.level
                                               : name == "--kbli"       ? o.kbli
                                               : name == "--base"       ? o.base
                                               : name == "--measure"    ? o.measure
                                               : name == "--classification" ? o.classification
                                                                        : o.investment;
            slot = std::string(*v);
        } else {
            return usage_error({"unknown option '{option}'", "opsi '{option}' tidak dikenal"},
                               {{"option", name}});
        }
    }
    return std::nullopt;
}

inline void print_json(boost::json::value const& v)
{
    std::cout << boost::json::serialize(v) << '\n';
}

// The reference data (data.cpp): found as sentra::io finds it, --data first. Each prints
// its problems and sets `status` (2 for I/O and usage, 1 for a damaged list) on failure.
std::string_view edition_name(options const& o); // --edition, else the latest
std::filesystem::path data_option(options const& o); // --data, else found (empty)
// Prints why reference data could not be loaded, on stderr; the exit code: I/O problems
// (nothing found, a file missing) 2, a damaged list 1.
int print_load_problems(sentra::report const& r, options const& o);
std::optional<sentra::gazetteer> load_regions(options const& o, std::string_view edition,
                                              int& status);
std::optional<sentra::io::reference_data_folder> find_data(options const& o);
std::string data_summary(); // one line, for --version
// English titles for KBLI's sections and divisions, from ISIC Rev.4 when it is in `data`.
void take_isic_titles(sentra::kbli_catalog& kbli, sentra::io::reference_data_folder const& data);

int data_info(options const& o);
int regions_diff(options const& o);
int regions_check(options const& o);
int regions_lookup(options const& o);
int regions_search(options const& o);
int kbli_lookup(options const& o);
int kbli_search(options const& o);
int kbli_diff(options const& o);

// The KBLI edition a command reads codes in: --classification, else the latest (KBLI 2025),
// said once on standard error so that nobody takes it for a guess. nullopt (and a usage
// error printed, `status` 2) for a name sentra does not ship.
enum class kbli_edition { kbli2020, kbli2025 };
std::optional<kbli_edition> chosen_classification(options const& o, int& status,
                                                  bool say_default = true);
// The same from a name a file gives ("kbli2020", "kbli2025").
std::optional<kbli_edition> classification_named(std::string_view name);
// The edition a document's text names (its "classification"); nullopt when it names none
// (a programme file, or no JSON object) or one sentra does not ship. Callers take KBLI 2020
// then, as every document before KBLI 2025 was, and its reader says what is wrong.
std::optional<kbli_edition> edition_named_in(std::string_view document_text);
// The same of a file; nullopt also when it cannot be read (its reader then says why).
std::optional<kbli_edition> edition_named_in_file(std::string const& file);
// Calls f(profile) with the profile of the edition: sentra::indonesia (KBLI 2020) or
// sentra::indonesia_kbli2025.
template <class F>
decltype(auto) with_profile(kbli_edition e, F&& f)
{
    if (e == kbli_edition::kbli2025) return f(std::type_identity<sentra::indonesia_kbli2025>{});
    return f(std::type_identity<sentra::indonesia>{});
}
int scale(options const& o);
int cluster_report(options const& o);
int case_check(options const& o);
int case_overdue(options const& o);
int case_open311(options const& o);
int validate_files(options const& o);
int format_file(options const& o);
int print_schema(options const& o);
int import_enterprises(options const& o);
int export_enterprises(options const& o);
int aggregate_records(options const& o);
int map_command(options const& o);

} // namespace sentra_cli
