// sentra import enterprises, sentra export enterprises: a members list as the agency keeps
// it in a spreadsheet, into sentra and back (sentra/io/enterprise_csv.hpp, docs/import.md).
//
//   sentra import enterprises FILE [--map MAP] [--area CODE] [--year YEAR] [--delimiter D]
//                 [--keep-invalid] [--document DOC [--write]] [--edition E] [--data DIR]
//   sentra export enterprises DOC [--format csv] [--delimiter D] [--lang id|en] [--internal]
//
// Import writes the enterprises as NDJSON on standard output (or the document with them, with
// --document), every problem on standard error as FILE:LINE:COL: error: HEADER: MESSAGE
// [code], then a summary line. Exit 0 every row imported, 1 a row refused or kept with a
// problem (or the list has no usable header), 2 usage or I/O.
#include "cli.hpp"

#include <sentra/document.hpp>
#include <sentra/io/document.hpp>
#include <sentra/io/enterprise_csv.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/ndjson.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/validation.hpp>

#include <filesystem>
#include <iostream>

namespace sentra_cli {

namespace {

std::optional<char> delimiter_of(std::string_view v)
{
    if (v == "," || v == ";" || v == "|") return v[0];
    if (v == "tab" || v == "\\t" || v == "\t") return '\t';
    return std::nullopt;
}

template <class P>
int import_as(options const& o, sentra::io::import_options const& io, std::string const& file);

} // namespace

int import_enterprises(options const& o)
{
    if (o.args.size() != 1)
        return usage_error({"import enterprises needs one FILE (- reads standard input)",
                             "import enterprises memerlukan satu BERKAS (- membaca masukan standar)"});
    if (o.output != output_format::text && o.output != output_format::ndjson)
        return usage_error({"import writes NDJSON, or a document with --document",
                             "import menulis NDJSON, atau dokumen dengan --document"});
    if (o.write && !o.document) return usage_error({"--write is for --document",
                             "--write hanya bersama --document"});
    std::string const file = o.args[0];

    sentra::io::import_options io;
    io.file = file == "-" ? "<stdin>" : file;
    io.keep_invalid = o.keep_invalid;
    io.max_errors = o.max_errors;
    if (o.map) {
        auto text = sentra::io::read_file(*o.map, std::uintmax_t{1} << 20);
        if (!text) {
            sentra::error e = text.error();
            if (e.where.file.empty()) e.where.file = *o.map;
            std::cerr << "sentra: " << e.to_string(o.language) << '\n';
            return exit_usage;
        }
        auto m = sentra::io::read_import_mapping(*text, *o.map);
        if (!m) {
            print_problems(std::cerr, m.error());
            return exit_usage;
        }
        io.mapping = std::move(*m);
    }
    if (o.area) io.mapping.area = *o.area;
    if (o.delimiter) {
        auto d = delimiter_of(*o.delimiter);
        if (!d)
            return usage_error({"--delimiter takes ',', ';', tab or '|'",
                                "--delimiter berisi ',', ';', tab, atau '|'"});
        io.mapping.delimiter = std::string(1, *d);
    }
    if (o.year) io.mapping.figures_year = *o.year;
    if (io.mapping.area && !sentra::any_region_code<sentra::kemendagri>::parse(*io.mapping.area))
        return usage_error({"--area takes a region code, such as 32.76 (Kota Depok)",
                             "--area berisi kode wilayah, misalnya 32.76 (Kota Depok)"});

    // The KBLI edition: the document's when given (it names it), else --classification, else
    // the latest.
    int status = exit_ok;
    kbli_edition edition = kbli_edition::kbli2025;
    if (o.document) {
        edition = edition_named_in_file(*o.document).value_or(kbli_edition::kbli2020);
        if (o.classification) {
            auto const wanted = chosen_classification(o, status, false);
            if (!wanted) return status;
            if (*wanted != edition)
                return usage_error({"--classification {wanted} differs from the document's",
                                    "--classification {wanted} berbeda dengan edisi dokumen"},
                                   {{"wanted", *o.classification}});
        }
    } else {
        auto const chosen = chosen_classification(o, status);
        if (!chosen) return status;
        edition = *chosen;
    }
    return with_profile(edition, [&](auto profile) {
        using P = typename decltype(profile)::type;
        return import_as<P>(o, io, file);
    });
}

namespace {
template <class P>
int import_as(options const& o, sentra::io::import_options const& io, std::string const& file)
{
    using document_type = sentra::basic_document<P>;
    // The programme the list goes into, when given: its enterprises are matched, its
    // categories named, its edition used.
    std::optional<document_type> doc;
    if (o.document) {
        auto d = sentra::io::read_document_file<document_type>(*o.document);
        if (!d) {
            print_problems(std::cerr, d.error());
            return d.error().has(sentra::error_class::io) ? exit_usage : exit_invalid;
        }
        doc = std::move(d->document);
    }
    std::string const edition(doc ? sentra::edition_to_check(*doc, edition_name(o)) : edition_name(o));
    sentra::io::reference_set refs(data_option(o));
    auto regions = refs.regions(edition);
    if (!regions) return print_load_problems(regions.error(), o);
    auto catalog = refs.catalog_of<typename P::classification_type>();
    if (!catalog) return print_load_problems(catalog.error(), o);
    auto changes = refs.kbli_changes();
    if (!changes) return print_load_problems(changes.error(), o);

    sentra::io::basic_import_context<P> cx;
    cx.regions = *regions;
    cx.catalog = *catalog;
    if (doc) cx.document = *doc;

    sentra::report problems(o.max_errors);
    std::vector<sentra::io::basic_imported_row<P>> rows;
    sentra::io::json::write_options const personal{.personal_data = true};
    auto const deliver = [&](sentra::io::basic_imported_row<P>&& row) {
            // A code that likely means something else in the other edition: a warning on
            // its row.
            for (auto w : sentra::check_other_meanings(row.enterprise, **changes)) {
                w.where.file = io.file;
                w.where.line = row.line;
                w.where.column = 1;
                problems.add(std::move(w));
            }
            if (doc)
                rows.push_back(std::move(row));
            else
                sentra::io::ndjson::write(std::cout, row.enterprise, personal);
        };
    auto const summary =
        file == "-" ? sentra::io::import_enterprises(std::cin, io, cx, problems, deliver)
                    : sentra::io::import_enterprises_file(file, io, cx, problems, deliver);
    if (file == "-" && std::cin.bad()) {
        sentra::location where;
        where.file = io.file;
        problems.add(sentra::make_error(sentra::errc::file_unreadable, {}, {}, where));
    }
    if (problems.has(sentra::error_class::io)) { // the input could not be opened or read
        // "sentra: FILE: error: ... [code]", exit 2
        for (auto const& e : problems.problems())
            if (sentra::class_of(e.code) == sentra::error_class::io)
                std::cerr << "sentra: " << e.to_string(o.language) << '\n';
        return exit_usage;
    }
    // The warnings of other meanings at their row's KBLI cell, named by its header, as the
    // import's own problems are.
    for (std::size_t c = 0; c < summary.columns.size(); ++c) {
        if (summary.columns[c].second != sentra::io::enterprise_column::kbli) continue;
        for (auto& e : problems.problems())
            if (e.id == sentra::message_id("edition.other_meaning") && !e.where.pointer.empty()) {
                e.where.column = static_cast<std::uint32_t>(c + 1);
                e.where.field = summary.columns[c].first;
                e.where.pointer.clear();
            }
        break;
    }
    print_problems(std::cerr, problems);

    // Into the document: matched enterprises updated, the others added, the whole checked.
    std::size_t added = 0;
    std::size_t members = 0;
    std::optional<sentra::cluster_id> cluster;
    sentra::report document_problems;
    if (doc) {
        added = sentra::io::merge_into(*doc, rows);
        // A members list is a cluster's: every row a member of --cluster; without it, the
        // enterprises it adds join the document's only cluster (those it updates keep their
        // memberships).
        std::vector<sentra::io::basic_imported_row<P>> joining;
        if (o.cluster) {
            auto id = sentra::cluster_id::parse(*o.cluster);
            if (!id) return usage_error_text("--cluster: " + id.error().detail(o.language));
            cluster = *id;
            joining = rows;
        } else if (doc->clusters.size() == 1) {
            cluster = doc->clusters.front().id;
            for (auto const& r : rows)
                if (!r.updates_existing) joining.push_back(r);
        }
        if (cluster) {
            auto m = sentra::io::add_members(*doc, *cluster, joining);
            if (!m) {
                std::cerr << "sentra: " << m.error().to_string(o.language) << '\n';
                return exit_usage;
            }
            members = *m;
        }
        // The document is its own registry (validate indexes it as it is now).
        sentra::basic_validation_context<P> const vcx{*regions, *catalog, {}, {}};
        document_problems = sentra::validate(*doc, vcx);
        document_problems.name_file(*o.document);
        print_problems(std::cerr, document_problems);
    }

    // The summary line, in the chosen language (docs/import.md).
    sentra::lang const l = o.language;
    std::cerr << io.file << ": "
              << say({"{rows} read, {imported} imported", "{rows} dibaca, {imported} diimpor"},
                     {{"rows", sentra::counted(summary.rows, {"row", "rows", "baris"}, l)},
                      {"imported", summary.imported}});
    if (doc)
        std::cerr << say(cluster && members > 0 ? sentra::bilingual{" ({updated} updated, {added} added, {members} of {cluster})",
                                                     " ({updated} diperbarui, {added} ditambahkan, {members} {cluster})"}
                                 : sentra::bilingual{" ({updated} updated, {added} added)",
                                                     " ({updated} diperbarui, {added} ditambahkan)"},
                         {{"updated", summary.updated},
                          {"added", added},
                          {"members", sentra::counted(members, {"new member", "new members", "anggota baru"}, l)},
                          {"cluster", cluster ? cluster->to_string() : std::string()}});
    if (summary.kept_with_problems)
        std::cerr << say({", {count} kept with problems", ", {count} disimpan dengan masalah"},
                         {{"count", summary.kept_with_problems}});
    std::cerr << say({", {refused} refused; ", ", {refused} ditolak; "}, {{"refused", summary.refused}})
              << sentra::counted(problems.error_count(), {"error", "errors", "kesalahan"}, l) << ", "
              << sentra::counted(problems.warning_count(), {"warning", "warnings", "peringatan"}, l);
    if (summary.header_line)
        std::cerr << say({" (header on line {line}, columns apart by '{delimiter}')",
                          " (judul di baris {line}, kolom dipisah '{delimiter}')"},
                         {{"line", summary.header_line},
                          {"delimiter", summary.delimiter == '\t' ? std::string("tab")
                                                                  : std::string(1, summary.delimiter)}});
    std::cerr << '\n';

    if (doc) {
        if (!o.write) {
            std::cout << sentra::io::write_document(*doc);
        } else if (auto w = sentra::io::write_document_file(*o.document, *doc); !w) {
            std::cerr << "sentra: " << w.error().to_string(o.language) << '\n';
            return exit_usage;
        }
    }
    return problems.ok() && document_problems.ok() ? exit_ok : exit_invalid;
}
} // namespace

int export_enterprises(options const& o)
{
    if (o.args.size() != 1)
        return usage_error({"export enterprises needs one DOC",
                             "export enterprises memerlukan satu DOK"});
    if (o.output != output_format::text && o.output != output_format::csv)
        return usage_error({"export writes --format csv",
                             "export menulis --format csv"});
    sentra::io::csv_write_options w;
    w.language = o.language_given ? o.language : sentra::lang::id;
    w.personal_data = o.internal;
    if (o.delimiter) {
        auto d = delimiter_of(*o.delimiter);
        if (!d)
            return usage_error({"--delimiter takes ',', ';', tab or '|'",
                                "--delimiter berisi ',', ';', tab, atau '|'"});
        w.delimiter = *d;
    }
    // Read with the types of the KBLI edition the document names.
    return with_profile(edition_named_in_file(o.args[0]).value_or(kbli_edition::kbli2020), [&](auto profile) {
        using P = typename decltype(profile)::type;
        auto d = sentra::io::read_document_file<sentra::basic_document<P>>(o.args[0]);
        if (!d) {
            print_problems(std::cerr, d.error());
            return d.error().has(sentra::error_class::io) ? exit_usage : exit_invalid;
        }
        std::string const edition(sentra::edition_to_check(d->document, edition_name(o)));
        int status = exit_ok;
        auto regions = load_regions(o, edition, status);
        if (!regions) return status;
        std::cout << sentra::io::write_enterprises_csv(d->document.enterprises, &*regions, w);
        return exit_ok;
    });
}

} // namespace sentra_cli
