// sentra validate | fmt | redact | schema: documents (.json) and record streams (.ndjson, or
// - for standard input).
//
//   sentra validate FILE... [--data DIR] [--max-errors N] [--records enterprise|case]
//                   [--format text|json|ndjson] [--threads N]
//   sentra fmt FILE
//   sentra redact FILE
//   sentra schema
//
// Text output: one `FILE:LINE:COL: error: POINTER: MESSAGE [code]` line per problem, then
// one summary line. Exit 0 valid, 1 invalid (not JSON at all included), 2 usage or I/O.
#include "cli.hpp"
#include "outputs.hpp"

#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/io/enterprise_csv.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/ndjson.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/redaction.hpp>
#include <sentra/validation.hpp>

#include <memory>

namespace sentra_cli {

namespace {

using edition_diff_ptr = sentra::edition_diff<sentra::kbli2020, sentra::kbli2025> const*;

bool is_stream_name(std::string const& file)
{
    return sentra::io::format_of(file) == sentra::io::file_format::ndjson;
}

// Counts and prints problems in the chosen format; remembers the cap.
class printer {
public:
    explicit printer(options const& o) : o_(o) {}

    void problem(sentra::error const& e)
    {
        if (e.level == sentra::severity::warning)
            ++warnings_;
        else
            ++errors_;
        if (o_.output == output_format::json)
            problems_.push_back(sentra::io::json::write(e));
        else if (o_.output == output_format::text)
            std::cout << e.to_string(o_.language) << '\n';
    }
    void problems(sentra::report const& r)
    {
        for (auto const& e : r.problems()) problem(e);
    }
    // One result line per record (--format ndjson).
    void record_line(std::string const& file, std::uint64_t line, std::string const& id,
                     sentra::report const& r)
    {
        for (auto const& e : r.problems())
            e.level == sentra::severity::warning ? ++warnings_ : ++errors_;
        validated_record_output out{file, line, r.ok(), {}, {}};
        if (!id.empty()) out.id = id;
        for (auto const& e : r.problems()) out.problems.push_back(sentra::io::json::write(e));
        print_result(out);
    }
    bool full() const { return o_.max_errors != 0 && errors_ >= o_.max_errors; }
    std::size_t errors() const { return errors_; }
    std::size_t warnings() const { return warnings_; }
    json_problems take_problems() { return std::move(problems_); }

private:
    options const& o_;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
    json_problems problems_;
};

struct file_result {
    std::string file;
    std::uint64_t records = 0; // documents count as one
    std::size_t errors = 0;
    std::size_t warnings = 0;
    bool io_failure = false;
};

file_result validate_document(std::string const& file, options const& o,
                              sentra::io::reference_set& refs, printer& out)
{
    file_result result{file};
    result.records = 1;
    std::size_t const errors_before = out.errors(), warnings_before = out.warnings();
    std::string text;
    if (auto r = sentra::io::read_file_into(file, text, sentra::io::document_max_bytes); !r) {
        std::cerr << r.error().to_string(o.language) << '\n';
        result.io_failure = true;
        result.records = 0;
        return result;
    }
    // The earlier version, read before the new one is checked so that its own problems
    // (which make the comparison meaningless) stop here.
    std::optional<sentra::document> previous;
    if (o.previous && edition_named_in(text) == kbli_edition::kbli2025) {
        std::cerr << "sentra: "
                  << say({"--previous compares KBLI 2020 documents; {file} is in KBLI 2025",
                          "--previous membandingkan dokumen KBLI 2020; {file} memakai KBLI 2025"},
                         {{"file", file}})
                  << '\n';
        result.io_failure = true;
        result.records = 0;
        return result;
    }
    if (o.previous) {
        auto old = sentra::io::read_document_file(*o.previous);
        if (!old) { // the comparison cannot be made: exit 2, as for an unreadable file
            for (auto const& e : old.error().problems())
                std::cerr << e.to_string(o.language) << '\n';
            result.io_failure = true;
            result.records = 0;
            return result;
        }
        previous = std::move(old->document);
    }
    sentra::io::json::read_options ro;
    ro.max_errors = o.max_errors;
    auto checked = sentra::io::check_document(text, file, refs, edition_name(o), ro,
                                              previous ? &*previous : nullptr);
    if (!checked) { // the reference data of the edition the document names is not there
        print_load_problems(checked.error(), o);
        result.io_failure = true;
        result.records = 0;
        return result;
    }
    sentra::report const& problems = *checked;
    if (o.output == output_format::ndjson) {
        out.record_line(file, 1, {}, problems);
    } else {
        out.problems(problems);
        if (problems.truncated())
            std::cout << file << ": "
                      << say({"{count} more errors not shown", "{count} kesalahan lainnya tidak ditampilkan"},
                             {{"count", problems.omitted()}})
                      << '\n';
    }
    result.errors = out.errors() - errors_before;
    result.warnings = out.warnings() - warnings_before;
    return result;
}

template <class T, class Check>
file_result validate_stream(std::string const& file, options const& o, Check const& check,
                            printer& out)
{
    file_result result{file};
    std::size_t const errors_before = out.errors(), warnings_before = out.warnings();
    std::string const name = file == "-" ? "<stdin>" : file;
    sentra::io::ndjson::read_options ro;
    ro.threads = o.threads;
    ro.max_errors = o.max_errors == 0 ? 0 : o.max_errors - std::min(o.max_errors, out.errors());
    if (o.max_errors != 0 && ro.max_errors == 0) return result;
    auto deliver = [&](sentra::io::ndjson::record<T>&& r) {
        if (o.output == output_format::ndjson)
            out.record_line(name, r.line, r.value ? r.value->id.to_string() : std::string(),
                            r.problems);
        else
            out.problems(r.problems);
    };
    // A file is read with its size checked at the end, so that a file truncated while it is
    // read is an error (exit 2), not a shorter valid stream.
    auto summary = file == "-" ? sentra::io::ndjson::read<T>(std::cin, name, check, deliver, ro)
                               : sentra::io::ndjson::read_file<T>(file, check, deliver, ro);
    if (!summary) {
        std::cerr << summary.error().to_string(o.language) << '\n';
        result.io_failure = true;
        return result;
    }
    result.records = summary->records;
    result.errors = out.errors() - errors_before;
    result.warnings = out.warnings() - warnings_before;
    return result;
}

} // namespace

int validate_files(options const& o)
{
    if (o.args.empty())
        return usage_error({"validate needs FILE... (.json, .ndjson, or - for stdin)",
                             "validate memerlukan BERKAS... (.json, .ndjson, atau - untuk masukan standar)"});
    if (o.records && *o.records != "enterprise" && *o.records != "case")
        return usage_error({"--records takes enterprise or case",
                             "--records berisi enterprise atau case"});
    if (o.previous && (o.args.size() != 1 || is_stream_name(o.args[0])))
        return usage_error({"--previous compares one document FILE with its earlier version",
                             "--previous membandingkan satu dokumen BERKAS dengan versi sebelumnya"});
    sentra::io::reference_set refs(data_option(o));
    sentra::gazetteer const* stream_regions = nullptr;
    bool enterprise_streams = false;
    for (auto const& file : o.args)
        if (is_stream_name(file) && !stream_regions) {
            auto regions = refs.regions(edition_name(o));
            if (!regions) return print_load_problems(regions.error(), o);
            stream_regions = *regions;
            enterprise_streams = !(o.records && *o.records == "case");
        }
    // Streams of enterprises are in the edition --classification names (else the latest);
    // documents name their own.
    kbli_edition stream_edition = kbli_edition::kbli2025;
    if (enterprise_streams) {
        int status = exit_ok;
        auto e = chosen_classification(o, status);
        if (!e) return status;
        stream_edition = *e;
    } else if (o.classification && !classification_named(*o.classification)) {
        int status = exit_ok;
        chosen_classification(o, status);
        return status;
    }
    edition_diff_ptr changes = nullptr;
    if (enterprise_streams) {
        auto c = refs.kbli_changes();
        if (!c) return print_load_problems(c.error(), o);
        changes = *c;
    }

    printer out(o);
    std::vector<file_result> results;
    auto const check_case = [](sentra::coordination_case const& c) { return sentra::validate(c); };
    for (auto const& file : o.args) {
        if (out.full()) break;
        if (is_stream_name(file)) {
            if (o.records && *o.records == "case") {
                results.push_back(
                    validate_stream<sentra::coordination_case>(file, o, check_case, out));
                continue;
            }
            int const loaded = with_profile(stream_edition, [&](auto profile) {
                using P = typename decltype(profile)::type;
                auto const catalog = refs.catalog_of<typename P::classification_type>();
                if (!catalog) return print_load_problems(catalog.error(), o);
                sentra::basic_validation_context<P> ecx;
                ecx.regions = stream_regions;
                ecx.catalog = *catalog;
                // Each record checked, and warned of codes that likely mean something else
                // in the other edition.
                auto const check = [&](sentra::basic_enterprise<P> const& e) {
                    auto r = sentra::validate(e, ecx);
                    r.merge(sentra::check_other_meanings(e, *changes));
                    return r;
                };
                results.push_back(validate_stream<sentra::basic_enterprise<P>>(file, o, check, out));
                return exit_ok;
            });
            if (loaded != exit_ok) return loaded;
        } else {
            results.push_back(validate_document(file, o, refs, out));
        }
    }

    bool io_failure = false;
    std::uint64_t records = 0;
    for (auto const& r : results) {
        io_failure = io_failure || r.io_failure;
        records += r.records;
    }
    bool const valid = out.errors() == 0 && !io_failure;
    if (o.output == output_format::json) {
        validate_output summary;
        summary.valid = valid;
        for (auto const& r : results)
            summary.files.push_back({r.file, r.records, r.errors, r.warnings, !r.io_failure});
        summary.records = records;
        summary.errors = out.errors();
        summary.warnings = out.warnings();
        summary.stopped_at_max_errors = out.full();
        summary.problems = out.take_problems();
        // The KBLI edition enterprise streams were read in (documents name their own).
        if (enterprise_streams)
            summary.classification = stream_edition == kbli_edition::kbli2025 ? "kbli2025" : "kbli2020";
        print_result(summary);
    } else if (o.output == output_format::text) {
        sentra::lang const l = o.language;
        std::cout << "sentra validate: " << sentra::counted(results.size(), {"file", "files", "berkas"}, l)
                  << ", " << sentra::counted(records, {"record", "records", "catatan"}, l) << ", "
                  << sentra::counted(out.errors(), {"error", "errors", "kesalahan"}, l) << ", "
                  << sentra::counted(out.warnings(), {"warning", "warnings", "peringatan"}, l)
                  << (out.full() ? say({" (stopped at --max-errors)", " (berhenti karena --max-errors)"})
                                 : std::string())
                  << ": "
                  << say(io_failure ? sentra::bilingual{"unreadable input", "masukan tidak dapat dibaca"}
                         : valid    ? sentra::bilingual{"valid", "valid"}
                                    : sentra::bilingual{"invalid", "tidak valid"})
                  << '\n';
    }
    if (io_failure) return exit_usage;
    return valid ? exit_ok : exit_invalid;
}

namespace {
// Reads the one document FILE (parsed, not checked: fmt and redact take any document) with
// the types of the KBLI edition it names, and gives it to `use`. Exit 2 when it cannot be
// read, 1 when it is no document (its problems on standard error).
template <class Use>
int with_document_file(options const& o, std::string const& file, Use use)
{
    std::string text;
    if (auto r = sentra::io::read_file_into(file, text); !r) {
        std::cerr << r.error().to_string(o.language) << '\n';
        return exit_usage;
    }
    return with_profile(edition_named_in(text).value_or(kbli_edition::kbli2020), [&](auto profile) {
        using P = typename decltype(profile)::type;
        auto d = sentra::io::json::parse<sentra::basic_document<P>>(text, file);
        if (!d) {
            for (auto const& e : d.error().problems()) std::cerr << e.to_string(o.language) << '\n';
            return exit_invalid;
        }
        return use(std::move(*d));
    });
}
} // namespace

int format_file(options const& o)
{
    if (o.args.size() != 1) return usage_error({"fmt needs one FILE",
                             "fmt memerlukan satu BERKAS"});
    std::string const& file = o.args[0];
    return with_document_file(o, file, [&](auto&& d) {
        if (!o.write) {
            std::cout << sentra::io::write_document(d);
            return exit_ok;
        }
        if (auto w = sentra::io::write_document_file(file, d); !w) {
            std::cerr << w.error().to_string(o.language) << '\n';
            return exit_usage;
        }
        return exit_ok;
    });
}

// The copy to share on standard output, what was removed on standard error.
int redact_file(options const& o)
{
    if (o.args.size() != 1) return usage_error({"redact needs one FILE",
                                                "redact memerlukan satu BERKAS"});
    std::string const& file = o.args[0];
    return with_document_file(o, file, [&](auto&& d) {
        auto const copy = sentra::redact(std::move(d));
        std::cout << sentra::io::write_document(copy.document);
        // What went, one part for each kind there was: "removed 6 owner records; …".
        sentra::lang const l = o.language;
        auto const& r = copy.removed;
        std::string said;
        auto part = [&](std::size_t n, sentra::bilingual line, sentra::noun const& what) {
            if (n == 0) return;
            said += (said.empty() ? "" : "; ") + say(line, {{"n", sentra::counted(n, what, l)}});
        };
        part(r.owners, {"removed {n}", "dihapus {n}"}, {"owner record", "owner records", "data pemilik"});
        part(r.addresses, {"removed {n}", "dihapus {n}"}, {"address", "addresses", "alamat"});
        part(r.confidential_cases, {"withheld the content of {n}", "dirahasiakan isi {n}"},
             {"confidential case", "confidential cases", "kasus rahasia"});
        part(r.anonymous_cases, {"withheld the reporters of {n}", "dirahasiakan pelapor {n}"},
             {"anonymous case", "anonymous cases", "kasus anonim"});
        part(r.actors, {"withheld {n} who are people", "dirahasiakan {n} perorangan"},
             {"actor", "actors", "pelaku"});
        part(r.texts, {"withheld a NIK, phone number or owner's name from {n}",
                       "dirahasiakan NIK, nomor telepon atau nama pemilik dari {n}"},
             {"case text", "case texts", "teks kasus"});
        std::cerr << file << ": "
                  << (said.empty() ? say({"no personal data found", "tidak ada data pribadi"}) : said)
                  << '\n';
        return exit_ok;
    });
}

int print_schema(options const& o)
{
    if (o.args.size() == 1 && o.args[0] == "mapping") {
        std::cout << sentra::io::json::canonical_text(sentra::io::import_mapping_schema());
        return exit_ok;
    }
    if (!o.args.empty()) return usage_error({"schema takes no arguments, or: mapping",
                             "schema tidak menerima argumen, atau: mapping"});
    // The schema of a document in the edition --classification names (default: KBLI 2020's,
    // the form every document written before KBLI 2025 has).
    std::optional<kbli_edition> edition = kbli_edition::kbli2020;
    if (o.classification) {
        int status = exit_ok;
        edition = chosen_classification(o, status, false);
        if (!edition) return status;
    }
    return with_profile(*edition, [&](auto profile) {
        using P = typename decltype(profile)::type;
        std::cout << sentra::io::json::canonical_text(
            sentra::io::document_schema<sentra::basic_document<P>>());
        return exit_ok;
    });
}

} // namespace sentra_cli
