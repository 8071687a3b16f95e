// sentra — the command-line tool of the sentra library, and its main example.
//
//   sentra regions check | lookup | search     (regions.cpp)
//   sentra kbli lookup | search, sentra scale    (business.cpp)
//   sentra cluster report                        (cluster.cpp)
//   sentra case check | overdue | open311        (cases.cpp)
//   sentra validate | fmt | redact | schema      (documents.cpp)
//   sentra data, sentra regions diff, kbli diff  (data.cpp, business.cpp)
//   sentra import | export enterprises           (import.cpp)
//   sentra aggregate, sentra map                 (mapping.cpp)
//   sentra init                                  (init.cpp)
//
// The command line is defined here, on CLI11: every command has its own options, typed and
// checked as they are read; anything else is refused (exit 2, with the nearest option
// name); the help of each (`sentra help CMD`, `sentra CMD --help`) is generated from these
// definitions in the chosen language. Exit codes: 0 success, 1 invalid data or not found,
// 2 usage, I/O error or malformed argument.
#include "cli.hpp"
#include "completion.hpp"

#include <sentra/programme_start.hpp>
#include <sentra/region/name.hpp>
#include <sentra/version.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <exception>
#include <functional>
#include <iostream>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using namespace sentra_cli;
using sentra::bilingual;

namespace {

// The language of everything printed, before the options are read (the help, a command
// that is not one): --lang where given, else the locale's.
void choose_language(int argc, char** argv)
{
    sentra::lang l = locale_language();
    for (int i = 1; i < argc; ++i) {
        std::string_view const a = argv[i];
        std::string_view v;
        if (a == "--lang" && i + 1 < argc)
            v = argv[i + 1];
        else if (a.starts_with("--lang="))
            v = a.substr(7);
        if (v == "id") l = sentra::lang::id;
        if (v == "en") l = sentra::lang::en;
    }
    sentra::set_default_lang(l);
}

std::string join(std::vector<std::string> const& names, std::string_view sep = ", ")
{
    std::string out;
    for (auto const& n : names) out += (out.empty() ? "" : std::string(sep)) + n;
    return out;
}

// Validators whose messages are sentra's, in the chosen language (CLI11 puts the option's
// name before them: "--format: 'xml' is not one of text, json").
CLI::Validator one_of(std::vector<std::string> names)
{
    auto const listed = join(names);
    CLI::Validator out(
        [names = std::move(names)](std::string& v) -> std::string {
            for (auto const& n : names)
                if (v == n) return {};
            return say({"'{value}' is not one of {names}", "'{value}' bukan salah satu dari {names}"},
                       {{"value", v}, {"names", join(names)}});
        },
        listed);
    out.name("values"); // the completion script lists them (completion.cpp)
    return out;
}

CLI::Validator whole_number(std::uint64_t low, std::uint64_t high)
{
    return CLI::Validator(
        [low, high](std::string& v) -> std::string {
            std::uint64_t n = 0;
            auto const r = std::from_chars(v.data(), v.data() + v.size(), n);
            bool const whole = !v.empty() && r.ec == std::errc() && r.ptr == v.data() + v.size();
            if (whole && n >= low && n <= high) return {};
            return say({"'{value}' is not a whole number from {low} to {high}",
                        "'{value}' bukan bilangan bulat {low} sampai {high}"},
                       {{"value", v}, {"low", std::to_string(low)}, {"high", std::to_string(high)}});
        },
        "");
}

// Text broken into lines of at most `width` characters (a word longer stays whole); the
// lines it already has are kept, each wrapped with its own indent.
std::string wrap(std::string_view text, std::size_t width)
{
    std::string out;
    while (!text.empty()) {
        auto const nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        std::size_t const indent = line.find_first_not_of(' ') == std::string_view::npos
                                       ? 0
                                       : line.find_first_not_of(' ');
        std::string current(line.substr(0, indent));
        line.remove_prefix(indent);
        bool first_word = true;
        while (!line.empty()) {
            auto const sp = line.find(' ');
            std::string_view const word = line.substr(0, sp);
            line = sp == std::string_view::npos ? std::string_view() : line.substr(sp + 1);
            if (word.empty()) continue;
            if (!first_word && current.size() + 1 + word.size() > width) {
                out += current + '\n';
                current.assign(indent + 2, ' ');
                first_word = true;
            }
            if (!first_word) current += ' ';
            current += word;
            first_word = false;
        }
        out += current;
        if (nl != std::string_view::npos) out += '\n';
    }
    return out;
}

// CLI11's help with sentra's line width: descriptions wrapped beside their option.
class help_formatter : public CLI::Formatter {
public:
    static constexpr std::size_t line_width = 92;
    std::string make_option_desc(CLI::Option const* opt) const override
    {
        return wrap(CLI::Formatter::make_option_desc(opt), line_width - get_column_width());
    }
    std::string make_subcommand(CLI::App const* sub) const override
    {
        // "  name" in the first column, the description beside it (below, when the name is
        // as wide as the column), its lines indented to the column.
        std::string out = "  " + sub->get_name();
        std::size_t const column = get_column_width();
        out += out.size() < column ? std::string(column - out.size(), ' ') : "\n" + std::string(column, ' ');
        for (char ch : wrap(sub->get_description(), line_width - column)) {
            out += ch;
            if (ch == '\n') out.append(column, ' ');
        }
        return out + '\n';
    }
    std::string make_footer(CLI::App const* app) const override
    {
        auto const f = app->get_footer();
        return f.empty() ? std::string() : wrap(f, line_width) + '\n';
    }
    std::string make_description(CLI::App const* app) const override
    {
        return wrap(CLI::Formatter::make_description(app), line_width);
    }
};

// "sentra regions lookup": the command's full name.
std::string full_name(CLI::App const* a)
{
    std::string out = a->get_name();
    for (auto const* p = a->get_parent(); p != nullptr; p = p->get_parent()) out = p->get_name() + " " + out;
    return out;
}

// One command's definition: its options bound into `o`, what it runs.
class command_line {
public:
    explicit command_line(options& o) : o_(o)
    {
        app_.name("sentra");
        app_.description(say({"sentra: regions, KBLI, sentra documents, cases and registries "
                              "of a cluster programme for small and medium enterprises",
                              "sentra: wilayah, KBLI, dokumen sentra, kasus, dan daftar usaha "
                              "program klaster untuk usaha kecil dan menengah"}));
        auto fmt = std::make_shared<help_formatter>();
        fmt->column_width(30);
        if (sentra::default_lang() == sentra::lang::id) {
            fmt->label("Usage", "pemakaian");
            fmt->label("OPTIONS", "OPSI");
            fmt->label("SUBCOMMAND", "PERINTAH");
            fmt->label("SUBCOMMANDS", "PERINTAH");
            fmt->label("Options", "opsi");
            fmt->label("Positionals", "argumen");
            fmt->label("Subcommands", "perintah");
            fmt->label("REQUIRED", "WAJIB");
        } else {
            fmt->label("Usage", "usage");
            fmt->label("Options", "options");
            fmt->label("Positionals", "arguments");
            fmt->label("Subcommands", "commands");
        }
        app_.formatter(fmt);
        app_.option_defaults()->group(say({"options", "opsi"}));
        app_.set_help_flag("-h,--help", say({"this help", "bantuan ini"}));
        app_.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
        app_.require_subcommand(1);
        app_.footer(say({"exit status: 0 success; 1 invalid data, or a well-formed code or name not "
                         "found; 2 usage, I/O error, or a malformed code or number.\n"
                         "sentra help COMMAND, or sentra COMMAND --help: a command's own options.",
                         "status keluar: 0 berhasil; 1 data tidak sah, atau kode atau nama yang "
                         "bentuknya benar tetapi tidak ditemukan; 2 salah pemakaian, kesalahan "
                         "masukan/keluaran, atau kode atau angka yang bentuknya salah.\n"
                         "sentra help PERINTAH, atau sentra PERINTAH --help: opsi setiap perintah."}));
        common(app_);
        define();
    }

    CLI::App& app() { return app_; }
    std::function<int(options const&)> const& chosen() const { return run_; }

private:
    options& o_;
    CLI::App app_;
    std::function<int(options const&)> run_;

    // --data and --lang: every command takes them (and so does `sentra` before one).
    void common(CLI::App& a)
    {
        a.add_option("--data", o_.data,
                     say({"the reference data folder, holding regions/<edition>/ and kbli/ (default: "
                          "$SENTRA_REFERENCE_DATA_DIR, else the data installed beside the program, "
                          "else the data sentra was built with)",
                          "folder data rujukan, berisi regions/<edisi>/ dan kbli/ (bawaan: "
                          "$SENTRA_REFERENCE_DATA_DIR, jika tidak data yang dipasang di samping "
                          "program, jika tidak data saat sentra dibangun)"}))
            ->type_name("DIR");
        a.add_option_function<std::string>(
             "--lang",
             [this](std::string const& v) {
                 o_.language = v == "id" ? sentra::lang::id : sentra::lang::en;
                 o_.language_given = true;
             },
             say({"the language of the output: en or id (default: the locale's, from LC_ALL, "
                  "LC_MESSAGES, LANG)",
                  "bahasa keluaran: en atau id (bawaan: menurut locale, LC_ALL, LC_MESSAGES, LANG)"}))
            ->type_name("LANG")
            ->check(one_of({"en", "id"}));
    }

    CLI::App* group(CLI::App& parent, std::string const& name, bilingual what)
    {
        auto* g = parent.add_subcommand(name, say(what));
        g->group(say({"commands", "perintah"}));
        g->set_help_flag("-h,--help", say({"this help", "bantuan ini"}));
        g->require_subcommand(1);
        common(*g);
        return g;
    }

    // A command that runs: its positional arguments (named `args`), --format among
    // `formats` (the first is the default), and what it does in detail below its options.
    CLI::App* leaf(CLI::App& parent, std::string const& name, bilingual what, bilingual details,
                   int (*run)(options const&), std::vector<std::string> formats = {},
                   std::string const& args = "", bilingual args_what = {"", ""})
    {
        auto* c = parent.add_subcommand(name, say(what));
        c->group(say({"commands", "perintah"}));
        c->set_help_flag("-h,--help", say({"this help", "bantuan ini"}));
        if (!details.en.empty()) c->footer(say(details));
        common(*c);
        if (!args.empty()) c->add_option(args, o_.args, say(args_what))->type_name("");
        if (formats.size() > 1) {
            c->add_option_function<std::string>(
                 "--format",
                 [this](std::string const& v) {
                     o_.format_given = true;
                     o_.output = v == "json"     ? output_format::json
                                 : v == "ndjson" ? output_format::ndjson
                                 : v == "html"   ? output_format::html
                                 : v == "csv"    ? output_format::csv
                                                 : output_format::text;
                     o_.json = o_.output == output_format::json;
                 },
                 say({"the output: {formats} (default {default})",
                      "keluaran: {formats} (bawaan {default})"},
                     {{"formats", join(formats)}, {"default", formats.front()}}))
                ->type_name("FORMAT")
                ->check(one_of(formats));
        }
        c->callback([this, run] { run_ = run; });
        return c;
    }

    // --format for a command that writes one format only: accepted for scripts that name it.
    void only_format(CLI::App* c, std::string const& name, output_format f)
    {
        c->add_option_function<std::string>("--format", [this, f](std::string const&) { o_.output = f; },
                                            say({"{format} (the only one)", "{format} (satu-satunya)"},
                                                {{"format", name}}))
            ->type_name("FORMAT")
            ->check(one_of({name}));
    }

    void edition(CLI::App* c)
    {
        c->add_option("--edition", o_.edition,
                      say({"the edition of the region codes: 2025 (default) or 2022",
                           "edisi kode wilayah: 2025 (bawaan) atau 2022"}))
            ->type_name("E");
    }
    void max_errors(CLI::App* c)
    {
        c->add_option("--max-errors", o_.max_errors,
                      say({"stop after N errors (0 = all)", "berhenti setelah N kesalahan (0 = semua)"}))
            ->type_name("N")
            ->check(whole_number(0, std::numeric_limits<std::uint32_t>::max()));
    }
    void classification(CLI::App* c)
    {
        c->add_option("--classification", o_.classification,
                      say({"the KBLI edition of the codes: kbli2025 (default: the latest) or "
                           "kbli2020; a document and an aggregate name their own",
                           "edisi KBLI kode-kodenya: kbli2025 (bawaan: yang terbaru) atau kbli2020; "
                           "dokumen dan rekap menyebut edisinya sendiri"}))
            ->type_name("C");
    }
    void threads(CLI::App* c)
    {
        c->add_option("--threads", o_.threads,
                      say({"cores to parse on (default 2)", "jumlah inti untuk mengurai (bawaan 2)"}))
            ->type_name("N")
            ->check(whole_number(1, 64));
    }
    void flag(CLI::App* c, std::string const& name, bool& to, bilingual what)
    {
        c->add_flag(name, to, say(what))->disable_flag_override(); // --write=yes is refused
    }
    CLI::Option* text(CLI::App* c, std::string const& name, std::optional<std::string>& to,
                      std::string const& type, bilingual what)
    {
        return c->add_option(name, to, say(what))->type_name(type);
    }

    void define();
};

void command_line::define()
{
    std::vector<std::string> const text_json{"text", "json"};

    // regions
    auto* regions = group(app_, "regions", {"region codes and names: check, lookup, search, diff",
                                            "kode dan nama wilayah: check, lookup, search, diff"});
    auto* c = leaf(*regions, "check",
                   {"load and check a region list", "memuat dan memeriksa daftar wilayah"},
                   {"An edition of the reference data (default: the latest), or a FOLDER of "
                    "provinces.csv, regencies.csv, districts.csv, villages.csv.",
                    "Satu edisi data rujukan (bawaan: yang terbaru), atau FOLDER berisi "
                    "provinces.csv, regencies.csv, districts.csv, villages.csv."},
                   regions_check, text_json, "FOLDER", {"a folder of region lists", "folder daftar wilayah"});
    edition(c);
    max_errors(c);
    c = leaf(*regions, "lookup",
             {"code, level, kind, name and the chain up to the province",
              "kode, tingkat, jenis, nama, dan rantai sampai ke provinsi"},
             {"", ""}, regions_lookup, text_json, "CODE", {"region codes (32.76.07.1002)", "kode wilayah (32.76.07.1002)"});
    edition(c);
    c = leaf(*regions, "search",
             {"every region of that name over the whole country, with its chain",
              "setiap wilayah bernama itu di seluruh Indonesia, dengan rantainya"},
             {"", ""}, regions_search, text_json, "NAME", {"the words of a name", "kata-kata nama"});
    edition(c);
    leaf(*regions, "diff",
         {"what changed between two editions (e.g. 2022 2025)",
          "perubahan antara dua edisi (mis. 2022 2025)"},
         {"Codes added and removed, names changed, regions recoded (moved or renumbered).",
          "Kode yang ditambah dan dihapus, nama yang berubah, wilayah yang berganti kode (pindah atau "
          "dinomori ulang)."},
         regions_diff, text_json, "EDITION", {"OLD NEW", "LAMA BARU"});

    // kbli
    auto* kbli = group(app_, "kbli", {"KBLI and ISIC codes: lookup, search, diff",
                                      "kode KBLI dan ISIC: lookup, search, diff"});
    c = leaf(*kbli, "lookup",
             {"code, level, title and the chain up to the section",
              "kode, tingkat, judul, dan rantai sampai ke kategori"},
             {"", ""}, kbli_lookup, text_json, "CODE", {"KBLI or ISIC codes", "kode KBLI atau ISIC"});
    text(c, "--scheme", o_.scheme, "S",
         {"kbli2025 (default: the latest), kbli2020 or isic4",
          "kbli2025 (bawaan: yang terbaru), kbli2020, atau isic4"});
    flag(c, "--legacy", o_.legacy,
         {"KBLI 2020: also codes of earlier editions, with what they became",
          "KBLI 2020: juga kode edisi sebelumnya, dengan penggantinya"});
    c = leaf(*kbli, "search", {"the codes whose titles hold every word",
                               "kode-kode yang judulnya memuat setiap kata"},
             {"", ""}, kbli_search, text_json, "WORDS", {"words of a title", "kata-kata judul"});
    text(c, "--scheme", o_.scheme, "S",
         {"kbli2025 (default: the latest), kbli2020 or isic4",
          "kbli2025 (bawaan: yang terbaru), kbli2020, atau isic4"});
    leaf(*kbli, "diff", {"what changed between KBLI 2020 and KBLI 2025",
                         "perubahan antara KBLI 2020 dan KBLI 2025"},
         {"For migrating records: codes only in one, codes in both whose title changed (those likely "
          "to mean something else flagged '!'), and the count with the same title.",
          "Untuk memindahkan catatan: kode yang hanya ada di salah satu, kode di keduanya yang "
          "judulnya berubah (yang kemungkinan berarti lain ditandai '!'), dan jumlah yang judulnya sama."},
         kbli_diff, text_json, "EDITION", {"2020 2025", "2020 2025"});

    leaf(app_, "data", {"the reference data: its version, editions, and where it was found",
                        "data rujukan: versinya, edisinya, dan tempat ditemukannya"},
         {"", ""}, data_info, text_json);

    // cluster
    auto* cluster = group(app_, "cluster", {"a programme's clusters: report",
                                            "klaster sebuah program: report"});
    c = leaf(*cluster, "report",
             {"each cluster of a sentra document: members, events, findings",
              "setiap klaster dalam dokumen sentra: anggota, kegiatan, temuan"},
             {"Members by category and size, events and stands, validation findings (a sentra "
              "document, or a programme file). --format html: one cluster (default: the first) as a "
              "self-contained page with charts, on standard output, Indonesian unless --lang en.",
              "Anggota menurut kategori dan ukuran usaha, kegiatan dan stan, temuan pemeriksaan "
              "(dokumen sentra, atau berkas program). --format html: satu klaster (bawaan: yang "
              "pertama) sebagai halaman HTML mandiri dengan grafik, ke keluaran standar, dalam bahasa "
              "Indonesia kecuali --lang en."},
             cluster_report, {"text", "json", "html"}, "FILE", {"a sentra document", "dokumen sentra"});
    edition(c);
    max_errors(c);
    text(c, "--cluster", o_.cluster, "ID",
         {"--format html: which cluster (default: the first)",
          "--format html: klaster yang mana (bawaan: yang pertama)"});
    text(c, "--now", o_.now, "TIME",
         {"--format html: the time deadlines are shown at (default: now)",
          "--format html: waktu tenggat ditampilkan (bawaan: sekarang)"});

    // case
    auto* cases = group(app_, "case", {"coordination cases: check, overdue, open311",
                                       "kasus koordinasi: check, overdue, open311"});
    c = leaf(*cases, "check",
             {"check coordination cases: form, log, references",
              "memeriksa kasus koordinasi: bentuk, log, rujukan"},
             {"A sentra document, or a JSON array of cases: their form, that each log replays through "
              "the lifecycle table, and that their clusters, enterprises and agencies exist (the "
              "document's, or a programme file's).",
              "Dokumen sentra, atau larik JSON berisi kasus: bentuknya, bahwa setiap log dapat diputar "
              "ulang menurut tabel siklus, dan bahwa klaster, usaha, dan instansinya ada (dalam "
              "dokumen, atau dalam berkas program)."},
             case_check, text_json, "FILE", {"a sentra document or cases", "dokumen sentra atau kasus"});
    text(c, "--programme", o_.programme, "FILE",
         {"the programme the cases refer to", "program yang dirujuk kasus"});
    max_errors(c);
    c = leaf(*cases, "overdue",
             {"the cases past a deadline at TIME, and the next step",
              "kasus yang melewati tenggat pada WAKTU, dan langkah berikutnya"},
             {"Forwarding, follow-up, resolution: the document's policy, else SP4N-LAPOR!'s; days are "
              "counted in the programme's time zone (--time-zone, else the document's, else WIB).",
              "Penerusan, tindak lanjut, penyelesaian: menurut kebijakan dokumen, jika tidak menurut "
              "SP4N-LAPOR!; hari dihitung dalam zona waktu program (--time-zone, jika tidak menurut "
              "dokumen, jika tidak WIB)."},
             case_overdue, text_json, "FILE", {"a sentra document or cases", "dokumen sentra atau kasus"});
    text(c, "--now", o_.now, "TIME",
         {"the time to look at (2020-01-15T09:00:00+07:00)", "waktu yang dilihat (2020-01-15T09:00:00+07:00)"});
    text(c, "--holidays", o_.holidays, "FILE",
         {"a JSON array of holiday dates", "larik JSON berisi tanggal libur"});
    text(c, "--time-zone", o_.time_zone, "Z",
         {"WIB, WITA, WIT, UTC or an offset such as +07:00",
          "WIB, WITA, WIT, UTC, atau selisih waktu seperti +07:00"});
    text(c, "--programme", o_.programme, "FILE",
         {"the programme the cases refer to", "program yang dirujuk kasus"});
    max_errors(c);
    auto* open311 = group(*cases, "open311", {"cases as Open311 GeoReport v2 service requests, and back",
                                              "kasus sebagai permintaan layanan Open311 GeoReport v2, dan sebaliknya"});
    for (auto const* action : {"export", "import"}) {
        c = leaf(*open311, action,
                 std::string_view(action) == "export"
                     ? bilingual{"a document's cases as Open311 requests", "kasus dokumen sebagai permintaan Open311"}
                     : bilingual{"Open311 requests as cases", "permintaan Open311 sebagai kasus"},
                 {"What a case's privacy forbids is withheld unless --internal.",
                  "Yang dilarang oleh kerahasiaan kasus tidak disertakan kecuali --internal."},
                 case_open311, {}, "FILE", {"the file to read", "berkas yang dibaca"});
        c->callback([this, name = std::string(action)] {
            o_.open311_action = name;
            run_ = case_open311;
        });
        flag(c, "--internal", o_.internal,
             {"for the agencies handling the cases: withhold nothing",
              "untuk instansi yang menangani kasus: tanpa ada yang ditahan"});
        text(c, "--now", o_.now, "TIME", {"the time deadlines are computed at", "waktu tenggat dihitung"});
        text(c, "--programme", o_.programme, "FILE",
             {"the programme the cases refer to", "program yang dirujuk kasus"});
        edition(c);
        max_errors(c);
    }

    // documents
    c = leaf(app_, "validate",
             {"check sentra documents (.json) and record streams (.ndjson, .jsonl, -)",
              "memeriksa dokumen sentra (.json) dan aliran catatan (.ndjson, .jsonl, -)"},
             {"Every problem as FILE:LINE:COL: error: POINTER: MESSAGE [code], then a summary line; "
              "villages and KBLI codes are checked against the reference data (the document's "
              "region_edition, else --edition). --format ndjson: one result line per record. "
              "--previous: FILE is a new version of the document OLD, which may not drop a case or "
              "change a case's log.",
              "Setiap masalah sebagai BERKAS:BARIS:KOLOM: error: POINTER: PESAN [kode], lalu satu baris "
              "ringkasan; desa/kelurahan dan kode KBLI diperiksa dengan data rujukan (region_edition "
              "dokumen, jika tidak --edition). --format ndjson: satu baris hasil per catatan. "
              "--previous: BERKAS adalah versi baru dokumen LAMA, yang tidak boleh membuang kasus atau "
              "mengubah log kasus."},
             validate_files, {"text", "json", "ndjson"}, "FILE",
             {"documents and record streams (- reads standard input)",
              "dokumen dan aliran catatan (- membaca masukan standar)"});
    edition(c);
    max_errors(c);
    classification(c);
    threads(c);
    text(c, "--records", o_.records, "KIND",
         {"what a stream holds: enterprise (default) or case",
          "isi aliran data: enterprise (bawaan) atau case"});
    text(c, "--previous", o_.previous, "OLD",
         {"the earlier version of the one document checked",
          "versi sebelumnya dari dokumen yang diperiksa"});
    c = leaf(app_, "fmt", {"the canonical form of a document", "bentuk kanonik sebuah dokumen"},
             {"On standard output; --write: into FILE itself, atomically (a temporary file renamed "
              "into place).",
              "Ke keluaran standar; --write: ke BERKAS itu sendiri, secara atomik (berkas sementara "
              "yang diganti namanya)."},
             format_file, {}, "FILE", {"a sentra document", "dokumen sentra"});
    flag(c, "--write", o_.write, {"replace FILE with its canonical form", "ganti BERKAS dengan bentuk kanoniknya"});
    c = leaf(app_, "redact",
             {"a copy of a document fit to share: no personal data",
              "salinan dokumen yang layak dibagikan: tanpa data pribadi"},
             {"On standard output: the document without owners' records (name, NIK, phone) and "
              "enterprises' street addresses, every case as anyone may see it (a confidential "
              "case's content, an anonymous case's reporters withheld), log actors who are "
              "people (not one of the document's agencies) withheld, and any NIK, phone number "
              "or owner's name in the cases' texts withheld. What was removed on standard error. "
              "Exit 0, 1 when FILE is no document, 2 when it cannot be read.",
              "Ke keluaran standar: dokumen tanpa data pemilik (nama, NIK, telepon) dan alamat "
              "usaha, setiap kasus seperti yang boleh dilihat umum (isi kasus rahasia, pelapor "
              "kasus anonim dirahasiakan), pelaku perorangan dalam log (bukan instansi dokumen) "
              "dirahasiakan, dan NIK, nomor telepon atau nama pemilik dalam teks kasus "
              "dirahasiakan. Yang dihapus ke galat standar. Keluar 0, 1 jika BERKAS bukan "
              "dokumen, 2 jika tidak dapat dibaca."},
             redact_file, {}, "FILE", {"a sentra document", "dokumen sentra"});
    c = leaf(app_, "schema",
             {"the JSON Schema (draft 2020-12) of a document, or of an import mapping",
              "JSON Schema (draft 2020-12) sebuah dokumen, atau pemetaan impor"},
             {"", ""}, print_schema, {}, "WHAT", {"nothing, or: mapping", "kosong, atau: mapping"});
    classification(c);

    // import, export
    auto* import = group(app_, "import", {"a members list from a spreadsheet: import enterprises",
                                          "daftar anggota dari lembar kerja: import enterprises"});
    c = leaf(*import, "enterprises",
             {"a members list from a spreadsheet's CSV", "daftar anggota dari CSV lembar kerja"},
             {"UTF-8, ',' ';' or tab, a header row with columns such as Nama Usaha, NIB, Pemilik, NIK, "
              "Kelurahan, KBLI or Jenis Usaha, Omzet, Modal, Tenaga Kerja, No. HP: the enterprises as "
              "NDJSON on standard output, every problem on standard error as FILE:LINE:COL: error: "
              "HEADER: MESSAGE [code], then a summary line. Rows with a problem are left out unless "
              "--keep-invalid. --document: into that document (a row matching an enterprise by id, "
              "NIB, or name and village updates it), written to standard output, or into DOC with "
              "--write.",
              "UTF-8, ',' ';' atau tab, satu baris judul dengan kolom seperti Nama Usaha, NIB, Pemilik, "
              "NIK, Kelurahan, KBLI atau Jenis Usaha, Omzet, Modal, Tenaga Kerja, No. HP: usaha sebagai "
              "NDJSON ke keluaran standar, setiap masalah ke galat standar sebagai "
              "BERKAS:BARIS:KOLOM: error: JUDUL: PESAN [kode], lalu satu baris ringkasan. Baris yang "
              "bermasalah tidak disertakan kecuali --keep-invalid. --document: ke dokumen itu (baris "
              "yang cocok dengan usaha menurut id, NIB, atau nama dan desa/kelurahan akan "
              "memperbaruinya), ditulis ke keluaran standar, atau ke DOK dengan --write."},
             import_enterprises, {"ndjson"}, "FILE", {"the CSV (- reads standard input)", "CSV-nya (- membaca masukan standar)"});
    only_format(c, "ndjson", output_format::ndjson);
    text(c, "--map", o_.map, "MAP",
         {"an import mapping (JSON; sentra schema mapping)", "pemetaan impor (JSON; sentra schema mapping)"});
    text(c, "--area", o_.area, "CODE",
         {"the city, regency or district villages given by name are in (32.76)",
          "kota, kabupaten, atau kecamatan tempat desa/kelurahan yang ditulis dengan nama (32.76)"});
    c->add_option("--year", o_.year,
                  say({"the year of the money and worker figures", "tahun angka uang dan tenaga kerja"}))
        ->type_name("YEAR")
        ->check(whole_number(1900, 9999));
    text(c, "--delimiter", o_.delimiter, "D",
         {"',', ';', tab or '|' (found if not given)", "',', ';', tab, atau '|' (dicari jika tidak diberikan)"});
    flag(c, "--keep-invalid", o_.keep_invalid,
         {"keep rows with problems, without the values that had them",
          "simpan baris yang bermasalah, tanpa nilai yang bermasalah"});
    text(c, "--document", o_.document, "DOC",
         {"the document to update and add the enterprises to", "dokumen yang diperbarui dan ditambahi usaha"});
    flag(c, "--write", o_.write, {"write into the --document itself", "tulis ke --document itu sendiri"});
    text(c, "--cluster", o_.cluster, "ID",
         {"--document: the cluster every row is a member of (default: the enterprises added join "
          "the document's only cluster)",
          "--document: klaster yang beranggotakan setiap baris (bawaan: usaha yang ditambahkan menjadi "
          "anggota satu-satunya klaster dokumen)"});
    edition(c);
    max_errors(c);
    classification(c);
    auto* exp = group(app_, "export", {"a document's enterprises for a spreadsheet: export enterprises",
                                       "usaha dalam dokumen untuk lembar kerja: export enterprises"});
    c = leaf(*exp, "enterprises",
             {"a document's enterprises as CSV for a spreadsheet", "usaha dalam dokumen sebagai CSV untuk lembar kerja"},
             {"Headers in Indonesian unless --lang en, ';' apart unless --delimiter, a UTF-8 mark for "
              "Excel; import reads it back.",
              "Judul kolom dalam bahasa Indonesia kecuali --lang en, dipisah ';' kecuali --delimiter, "
              "dengan penanda UTF-8 untuk Excel; dapat dibaca kembali oleh import."},
             export_enterprises, {}, "DOC", {"a sentra document", "dokumen sentra"});
    only_format(c, "csv", output_format::csv);
    text(c, "--delimiter", o_.delimiter, "D", {"',', ';', tab or '|'", "',', ';', tab, atau '|'"});
    flag(c, "--internal", o_.internal,
         {"with the owner's name, NIK and phone", "dengan nama, NIK, dan telepon pemilik"});

    // aggregate, map
    c = leaf(app_, "aggregate",
             {"enterprise records (NDJSON) counted by region, KBLI level and size class",
              "catatan usaha (NDJSON) dihitung per wilayah, tingkat KBLI, dan kelas ukuran"},
             {"The enterprises, workers and sales under each key, as NDJSON on standard output (a "
              "header line, then a line per key); records that fail validation are counted as "
              "refused, by reason. --merge PART...: the sum of aggregates counted by the same keys.",
              "Jumlah usaha, tenaga kerja, dan penjualan di setiap kunci, sebagai NDJSON ke keluaran "
              "standar (satu baris judul, lalu satu baris per kunci); catatan yang gagal diperiksa "
              "dihitung sebagai ditolak, menurut alasannya. --merge BAGIAN...: jumlah rekapitulasi "
              "dengan kunci yang sama."},
             aggregate_records, {}, "FILE", {"records (- reads standard input), or PARTs with --merge",
                                              "catatan (- membaca masukan standar), atau BAGIAN dengan --merge"});
    only_format(c, "ndjson", output_format::ndjson);
    text(c, "--by", o_.by, "KEYS",
         {"LEVEL or LEVEL,KBLI-LEVEL (district,division)", "TINGKAT atau TINGKAT,TINGKAT-KBLI (district,division)"});
    text(c, "--size", o_.size, "CRITERIA",
         {"also by size class under these criteria (pp7-2021, uu20-2008, permenperin64-2016)",
          "juga per kelas ukuran menurut kriteria ini (pp7-2021, uu20-2008, permenperin64-2016)"});
    flag(c, "--merge", o_.merge, {"sum the PARTs given", "jumlahkan BAGIAN yang diberikan"});
    text(c, "--source", o_.source, "NAME",
         {"the file name problems are placed in (a part's origin)",
          "nama berkas untuk menempatkan masalah (asal bagian)"});
    c->add_option("--first-line", o_.first_line,
                  say({"the line number of the input's first line (default 1)",
                       "nomor baris dari baris pertama masukan (bawaan 1)"}))
        ->type_name("N")
        ->check(whole_number(1, std::numeric_limits<std::uint32_t>::max()));
    edition(c);
    threads(c);
    classification(c);
    c = leaf(app_, "map",
             {"each region's location quotient for each industry, and the strong clusters",
              "location quotient setiap wilayah untuk setiap bidang usaha, dan klaster kuat"},
             {"From an aggregate (as fine as asked, or finer: rolled up), against the country or its "
              "province; the strong-cluster test is LQ >= 1 and at or above the 75th percentile of "
              "the industry's LQs over the regions compared (docs/analytics.md).",
              "Dari rekapitulasi (serinci yang diminta, atau lebih rinci: dijumlahkan ke atas), "
              "terhadap nasional atau provinsinya; uji klaster kuat: LQ >= 1 dan pada atau di atas "
              "persentil ke-75 LQ bidang usaha itu di antara wilayah yang dibandingkan "
              "(docs/analytics.md)."},
             map_command, {"ndjson", "csv"}, "AGG", {"an aggregate (- reads standard input)",
                                                    "rekapitulasi (- membaca masukan standar)"});
    text(c, "--level", o_.level, "LEVEL",
         {"the region level (province, regency, district, village)",
          "tingkat wilayah (province, regency, district, village)"});
    text(c, "--kbli", o_.kbli, "LEVEL",
         {"the KBLI level (section, division, group, class, subclass)",
          "tingkat KBLI (section, division, group, class, subclass)"});
    text(c, "--base", o_.base, "BASE", {"national (default) or province", "national (bawaan) atau province"});
    text(c, "--measure", o_.measure, "M", {"enterprises (default) or workers", "enterprises (bawaan) atau workers"});
    edition(c);
    classification(c);

    c = leaf(app_, "scale",
             {"the size class of an enterprise (mikro, kecil, menengah, besar), and why",
              "kelas ukuran usaha (mikro, kecil, menengah, besar), dan alasannya"},
             {"For the purpose (default empowerment, what a cluster programme does): the criterion "
              "that decided it and why, and the class under every criterion given; amounts in rupiah "
              "(1000000000, 1.000.000.000, Rp1.000.000.000).",
              "Untuk tujuannya (bawaan empowerment, yang dikerjakan program klaster): kriteria yang "
              "menentukannya dan alasannya, dan kelas menurut setiap kriteria yang diberikan; jumlah "
              "dalam rupiah (1000000000, 1.000.000.000, Rp1.000.000.000)."},
             scale, text_json);
    text(c, "--criteria", o_.criteria, "C", {"pp7-2021, uu20-2008 or permenperin64-2016",
                                             "pp7-2021, uu20-2008, atau permenperin64-2016"})
        ->check(one_of({sentra::size_criteria_names.begin(), sentra::size_criteria_names.end()}));
    text(c, "--capital", o_.capital, "N", {"business capital", "modal usaha"});
    text(c, "--net-assets", o_.net_assets, "N", {"net assets", "kekayaan bersih"});
    text(c, "--sales", o_.sales, "N", {"annual sales", "hasil penjualan tahunan"});
    c->add_option("--workers", o_.workers, say({"workers", "tenaga kerja"}))
        ->type_name("N")
        ->check(whole_number(0, std::numeric_limits<std::uint32_t>::max()));
    text(c, "--investment", o_.investment, "N", {"investment", "nilai investasi"});
    text(c, "--purpose", o_.purpose, "P", {"registration or empowerment (default)",
                                           "registration atau empowerment (bawaan)"})
        ->check(one_of({"registration", "empowerment"}));
    text(c, "--operating-since", o_.operating_since, "DATE",
         {"when the business started (PP 7/2021 Art. 35(6))",
          "sejak kapan usaha berjalan (PP 7/2021 Pasal 35 ayat (6))"});

    // init
    std::vector<std::string> focus_ids, agency_ids;
    std::string focus_list, agency_list;
    for (auto const& f : sentra::common_categories()) {
        focus_ids.emplace_back(f.id);
        focus_list += "\n  " + std::string(f.id) + ": " +
                      std::string(sentra::default_lang() == sentra::lang::id ? f.label_id : f.label_en);
    }
    for (auto const& a : sentra::usual_agencies()) {
        agency_ids.emplace_back(a.id);
        agency_list += "\n  " + std::string(a.id) + ": " +
                       std::string(sentra::default_lang() == sentra::lang::id ? a.name_id : a.name_en);
    }
    c = leaf(app_, "init", {"a new programme document from a few answers",
                            "dokumen program baru dari beberapa jawaban"},
             {"", ""}, init_programme, {}, "FILE", {"the document to write", "dokumen yang ditulis"});
    c->footer(say({"FILE is written atomically, and only if it does not exist (--force replaces it); a "
                   "name that does not resolve exits 1 with the nearest names. Edit the document "
                   "afterwards as you like; then: sentra import enterprises MEMBERS.csv --document FILE "
                   "--write.\ncategories (--focus):{focus}\nagencies (--lead, --partner):{agencies}",
                   "BERKAS ditulis secara atomik, dan hanya jika belum ada (--force menggantinya); nama "
                   "yang tidak ditemukan keluar dengan status 1 beserta nama terdekat. Dokumen dapat "
                   "disunting sesudahnya; lalu: sentra import enterprises ANGGOTA.csv --document BERKAS "
                   "--write.\nkategori (--focus):{focus}\ninstansi (--lead, --partner):{agencies}"},
                  {{"focus", focus_list}, {"agencies", agency_list}}));
    text(c, "--area", o_.area, "CODE|NAME",
         {"the city or regency running the programme: a code (73.71) or a name (Kota Makassar)",
          "kota atau kabupaten penyelenggara program: kode (73.71) atau nama (Kota Makassar)"});
    text(c, "--name", o_.programme_name, "TEXT", {"the programme's name", "nama program"});
    text(c, "--cluster", o_.cluster_name, "TEXT", {"the cluster's name", "nama klaster"});
    c->add_option("--focus", o_.focus,
                  say({"the cluster's category (listed below)", "kategori klaster (daftar di bawah)"}))
        ->type_name("CATEGORY")
        ->check(one_of(focus_ids));
    c->add_option("--locus", o_.locus,
                  say({"kelurahan, desa or kecamatan in the area, by name or code (several, or the "
                       "option again); 'Kelurahan X' or 'Kecamatan X' where a name is both",
                       "kelurahan, desa, atau kecamatan di wilayah itu, dengan nama atau kode (beberapa, "
                       "atau opsi diulang); 'Kelurahan X' atau 'Kecamatan X' bila namanya sama"}))
        ->type_name("NAME")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->expected(1, 64);
    c->add_option("--lead", o_.lead, say({"the lead agency's kind (listed below)", "jenis instansi pembina (daftar di bawah)"}))
        ->type_name("KIND")
        ->check(one_of(agency_ids));
    c->add_option("--partner", o_.partners, say({"a partner agency's kind (the option again for more)",
                                                 "jenis instansi mitra (ulangi opsi untuk lebih banyak)"}))
        ->type_name("KIND")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->check(one_of(agency_ids));
    text(c, "--locus-name", o_.locus_name, "TEXT",
         {"the locus's name (default: its regions' names)", "nama lokus (bawaan: nama wilayahnya)"});
    text(c, "--since", o_.since, "DATE",
         {"the day the cluster was proposed, its first phase", "tanggal klaster diusulkan, tahap pertamanya"});
    flag(c, "--force", o_.force, {"replace FILE if it exists", "ganti BERKAS jika sudah ada"});
    edition(c);
    classification(c);

    c = leaf(app_, "completion", {"a bash completion script, made from these definitions",
                                  "skrip pelengkapan bash, dibuat dari definisi ini"},
             {"sentra completion bash > /etc/bash_completion.d/sentra (or: source <(sentra completion bash)).",
              "sentra completion bash > /etc/bash_completion.d/sentra (atau: source <(sentra completion bash))."},
             nullptr, {}, "SHELL", {"bash (the only one)", "bash (satu-satunya)"});
    c->callback([this] {
        run_ = [this](options const& o) {
            if (o.args.size() != 1 || o.args[0] != "bash")
                return usage_error({"completion needs: bash", "completion memerlukan: bash"});
            std::cout << bash_completion(app_);
            return exit_ok;
        };
    });
}

// The deepest command the parser entered (the one whose help and options apply).
CLI::App* entered(CLI::App* a)
{
    for (;;) {
        auto subs = a->get_subcommands();
        if (subs.empty()) return a;
        a = subs.front();
    }
}

// The option names a command takes, for "did you mean".
std::vector<std::string> option_names(CLI::App const* a)
{
    std::vector<std::string> names;
    for (auto const* opt : a->get_options())
        for (auto const& l : opt->get_lnames()) names.push_back("--" + l);
    for (auto const* sub : a->get_subcommands([](CLI::App const*) { return true; }))
        names.push_back(sub->get_name());
    return names;
}

std::string nearest(std::string_view given, std::vector<std::string> const& names)
{
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(2, given.size() / 3) + 1;
    for (auto const& n : names) {
        auto const d = sentra::edit_distance(given, n, best_distance);
        if (d < best_distance) {
            best_distance = d;
            best = n;
        }
    }
    return best;
}

// What the user mistyped, in sentra's words and the chosen language: CLI11's own messages
// are English and name no alternative.
int refuse(CLI::App& app, CLI::ParseError const& e)
{
    // The command the stray words were given to: the deepest entered that kept some (an
    // option before its command stays with the one before).
    CLI::App* at = entered(&app);
    for (CLI::App* a = at; a != nullptr; a = a->get_parent())
        if (!a->remaining().empty()) {
            at = a;
            break;
        }
    command_help() = at->help(at->get_parent() != nullptr ? full_name(at->get_parent()) : "");
    std::string const command = full_name(at);
    std::vector<std::string> const extras = at->remaining();
    bool const extra = dynamic_cast<CLI::ExtrasError const*>(&e) != nullptr ||
                       dynamic_cast<CLI::RequiredError const*>(&e) != nullptr;
    if (extra && !extras.empty()) {
        // An unknown option is the likelier mistake: named before a stray argument.
        auto const option_at = std::find_if(extras.begin(), extras.end(), [](std::string const& x) {
            return x.size() > 1 && x[0] == '-';
        });
        std::string const& first = option_at != extras.end() ? *option_at : extras.front();
        bool const is_option = first.size() > 1 && first[0] == '-';
        std::string name = first.substr(0, first.find('='));
        std::string const close = nearest(name, option_names(at));
        if (is_option)
            return usage_error(close.empty()
                                   ? bilingual{"{command} takes no option '{option}'",
                                               "{command} tidak menerima opsi '{option}'"}
                                   : bilingual{"{command} takes no option '{option}'; did you mean '{near}'?",
                                               "{command} tidak menerima opsi '{option}'; maksudnya '{near}'?"},
                               {{"command", command}, {"option", name}, {"near", close}});
        if (at->get_subcommands([](CLI::App const*) { return true; }).empty())
            return usage_error({"{command} takes no further argument '{argument}'",
                                "{command} tidak menerima argumen lain '{argument}'"},
                               {{"command", command}, {"argument", first}});
        return usage_error(close.empty()
                               ? bilingual{"unknown command '{name}' for {command}",
                                           "perintah '{name}' tidak dikenal untuk {command}"}
                               : bilingual{"unknown command '{name}' for {command}; did you mean '{near}'?",
                                           "perintah '{name}' tidak dikenal untuk {command}; maksudnya '{near}'?"},
                           {{"command", command}, {"name", first}, {"near", close}});
    }
    if (dynamic_cast<CLI::RequiredError const*>(&e) != nullptr) {
        std::vector<std::string> subs;
        for (auto const* s : at->get_subcommands([](CLI::App const*) { return true; }))
            subs.push_back(s->get_name());
        return usage_error({"{command} needs one of: {names}", "{command} memerlukan salah satu dari: {names}"},
                           {{"command", command}, {"names", join(subs)}});
    }
    if (dynamic_cast<CLI::ArgumentMismatch const*>(&e) != nullptr) {
        std::string what = e.what();
        std::string option = what.substr(0, what.find_first_of(": "));
        if (!option.starts_with("-")) option = "--" + option;
        if (what.find("flag override") != std::string::npos)
            return usage_error({"{option} takes no value", "{option} tidak memerlukan nilai"},
                               {{"option", option}});
        return usage_error({"{option} needs a value", "{option} memerlukan nilai"}, {{"option", option}});
    }
    // Validation: the option's name and sentra's message ("--threads: '0' is not ...").
    return usage_error_text(e.what());
}

// sentra help [COMMAND...]: the help of that command, on standard output.
int help(command_line& cl, int argc, char** argv)
{
    CLI::App* at = &cl.app();
    for (int i = 2; i < argc; ++i) {
        std::string const name = argv[i];
        if (name.starts_with("-")) { // --lang id, handled already
            if (name.find('=') == std::string::npos) ++i;
            continue;
        }
        CLI::App* sub = nullptr;
        try {
            sub = at->get_subcommand(name);
        } catch (CLI::OptionNotFound const&) {
        }
        if (sub == nullptr) {
            command_help() = at->help(at->get_parent() != nullptr ? full_name(at->get_parent()) : "");
            std::vector<std::string> names;
            for (auto const* s : at->get_subcommands([](CLI::App const*) { return true; }))
                names.push_back(s->get_name());
            std::string const close = nearest(name, names);
            return usage_error(close.empty()
                                   ? bilingual{"no command '{name}'", "tidak ada perintah '{name}'"}
                                   : bilingual{"no command '{name}'; did you mean '{near}'?",
                                               "tidak ada perintah '{name}'; maksudnya '{near}'?"},
                               {{"name", name}, {"near", close}});
        }
        at = sub;
    }
    std::cout << at->help(at->get_parent() != nullptr ? full_name(at->get_parent()) : "");
    return exit_ok;
}

int run(int argc, char** argv)
{
    choose_language(argc, argv);
    options o;
    o.language = sentra::default_lang();
    command_line cl(o);
    command_help() = cl.app().help();
    if (argc < 2) return usage_error({"no command given", "tidak ada perintah"});
    std::string_view const first = argv[1];
    if (first == "--version") {
        std::cout << "sentra " << sentra::version_string << '\n' << data_summary() << '\n';
        return exit_ok;
    }
    if (first == "help") return help(cl, argc, argv);
    try {
        cl.app().parse(argc, argv);
    } catch (CLI::CallForHelp const&) {
        std::cout << cl.app().help();
        return exit_ok;
    } catch (CLI::CallForAllHelp const&) {
        std::cout << cl.app().help("", CLI::AppFormatMode::All);
        return exit_ok;
    } catch (CLI::ParseError const& e) {
        return refuse(cl.app(), e);
    }
    sentra::set_default_lang(o.language);
    CLI::App const* const at = entered(&cl.app());
    command_help() = at->help(at->get_parent() != nullptr ? full_name(at->get_parent()) : "");
    if (!cl.chosen()) return usage_error({"no command given", "tidak ada perintah"});
    return cl.chosen()(o);
}

} // namespace

int main(int argc, char** argv)
{
    try {
        return run(argc, argv);
    } catch (std::exception const& e) {
        std::cerr << "sentra: error: " << e.what() << '\n';
        return exit_usage;
    } catch (...) {
        std::cerr << "sentra: error: unexpected failure\n";
        return exit_usage;
    }
}
