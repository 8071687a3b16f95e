// sentra/io/document.hpp — a document (sentra/document.hpp) as JSON text and files.
//
// read_document() parses and checks a whole document and reports every problem at once,
// each with its JSON Pointer, line and column and code: syntax, unknown or missing keys,
// wrong types, malformed codes, duplicate keys and ids, dangling references, and the
// domain rules. write_document() writes the canonical form: fixed key order, two-space
// indentation, one member a line, so that write(read(x)) is a fixed point and diffs of
// documents are meaningful. document_schema() is the JSON Schema of the format.
// The format and its rules of compatible change: docs/json-format.md.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/data_version.hpp>
#include <sentra/document.hpp>
#include <sentra/error.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/json.hpp>
#include <sentra/io/json_schema.hpp>
#include <sentra/io/reference_data.hpp>
#include <sentra/validation.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sentra::io {

// The functions here are templates over the document type (any profile's; the default is
// Indonesia's `document`), and so compiled only where they are called: each instantiates
// the JSON converter of the whole document, and a translation unit that includes this
// header without calling them should not pay for it (benchmarks/README.md, compile time).

// A document read and checked, with the warnings found on the way (a cluster still short
// of members): findings that do not make it invalid.
template <class Document>
struct basic_read_document_result {
    Document document;
    report warnings;
};
using read_document_result = basic_read_document_result<sentra::document>;

// The validation context of a document type.
template <class Document>
using context_of = basic_validation_context<typename Document::profile_type>;

// Parses and checks a document: every problem (errors and warnings, in the order found)
// with its pointer, line and column. With `options.max_errors` the report stops at that
// many.
template <class Document = sentra::document>
result<basic_read_document_result<Document>, report>
read_document(std::string_view text, std::string const& file = {},
              context_of<Document> const& cx = {}, json::read_options options = {})
{
    auto d = json::parse<Document>(text, file, options);
    if (!d) return std::move(d).error();
    report out(options.max_errors);
    out.merge(validate(*d, cx));
    json::locate(text, out, file);
    if (!out.ok()) return out;
    return basic_read_document_result<Document>{std::move(*d), std::move(out)};
}

// The canonical text of a document (personal data included unless `options` leave it
// out: a document is the programme's own file, not a log), in the format version this
// library writes whatever version it was read from: the forms it writes (money as
// integers since version 4) are that version's.
template <class P>
std::string write_document(basic_document<P> const& d,
                           json::write_options options = {.personal_data = true})
{
    boost::json::value v = json::write(d, options);
    v.as_object()["format_version"] = document_format_version;
    return json::canonical_text(v);
}

// The largest document read_document_file() reads by default. A document is parsed whole,
// so its size bounds the memory taken (about four times the text); streams of records
// have no such limit (sentra/io/ndjson.hpp).
inline constexpr std::uintmax_t document_max_bytes = std::uintmax_t{1} << 30;

// Reads and checks the document in `path`; its problems name the file. A missing or
// unreadable file, one that shrank while it was read, or one over `max_bytes`
// (`value_too_long`) is a one-problem report.
template <class Document = sentra::document>
result<basic_read_document_result<Document>, report>
read_document_file(std::filesystem::path const& path, context_of<Document> const& cx = {},
                   json::read_options options = {}, std::uintmax_t max_bytes = document_max_bytes)
{
    std::string text;
    if (auto r = read_file_into(path, text, max_bytes); !r) {
        report out;
        out.add(r.error());
        return out;
    }
    return read_document<Document>(text, path.string(), cx, options);
}

// Writes the canonical text of a document to `path` atomically (write_file): a
// failure, or a crash, leaves the previous file whole.
template <class P>
result<void> write_document_file(std::filesystem::path const& path, basic_document<P> const& d,
                                 json::write_options options = {.personal_data = true})
{
    return write_file(path, write_document(d, options));
}

// The KBLI edition a document's text names ("kbli2025", "kbli2020"), found before the
// document is read (the member alone is read): to choose the document type to read it as.
// nullopt when the text names none, or is no JSON object up to its "classification".
inline std::optional<std::string> document_classification(std::string_view text)
{
    return json::detail::top_level_string(text, "classification");
}

namespace detail {
// check_document for one document type (one KBLI edition).
template <class Document>
result<report, report> check_document_as(std::string_view text, std::string const& file,
                                         reference_set& refs, std::string_view fallback_edition,
                                         json::read_options options, Document const* previous)
{
    using classification = typename Document::classification_type;
    // Both sides are reports: the tags say which is which.
    auto const checked = [](report r) {
        return result<report, report>(boost::system::in_place_value, std::move(r));
    };
    auto const unloaded = [](report r) {
        return result<report, report>(boost::system::in_place_error, std::move(r));
    };
    auto catalog = refs.template catalog_of<classification>();
    if (!catalog) return unloaded(std::move(catalog).error());
    auto d = json::parse<Document>(text, file, options);
    if (!d) return checked(std::move(d).error());
    auto regions = refs.regions(edition_to_check(*d, fallback_edition));
    if (!regions) return unloaded(std::move(regions).error());
    report out(options.max_errors);
    out.merge(validate(*d, context_of<Document>{*regions, *catalog, nullptr, {}}));
    if (previous) out.merge(check_history(*previous, *d));
    if (d->classification == classification::name) { // codes that mean otherwise in the other edition
        auto changes = refs.kbli_changes();
        if (!changes) return unloaded(std::move(changes).error());
        out.merge(check_other_meanings(*d, **changes));
    }
    json::locate(text, out, file);
    return checked(std::move(out));
}
} // namespace detail

// Checks a document's text against the reference data as `sentra validate` does: read with
// the types of the KBLI edition it names ("classification": kbli2025 or kbli2020; never
// guessed from its codes), validated with that edition's catalog and the gazetteer of the
// region edition it names (else `fallback_edition`), compared with `previous` when given
// (check_history; KBLI 2020 documents), warned of each code that likely means something
// else in the other KBLI edition (check_other_meanings), and every problem placed (file,
// line, column), errors and warnings in the order found. Fails only when the reference data
// cannot be loaded, with why.
template <class = void> // compiled where called (see the note at the top)
result<report, report> check_document(std::string_view text, std::string const& file,
                                             reference_set& refs,
                                             std::string_view fallback_edition,
                                             json::read_options options = {},
                                             sentra::document const* previous = nullptr)
{
    auto const named = document_classification(text);
    if (named && *named == kbli2025::name)
        return detail::check_document_as<basic_document<indonesia_kbli2025>>(
            text, file, refs, fallback_edition, options, nullptr);
    return detail::check_document_as<sentra::document>(text, file, refs, fallback_edition,
                                                       options, previous);
}

namespace detail {
// The programme file of sentra 0.x before documents: the four lists, no header.
struct programme_lists {
    std::vector<programme_category> categories = {};
    std::vector<agency> agencies = {};
    std::vector<enterprise> enterprises = {};
    std::vector<cluster> clusters = {};
};
BOOST_DESCRIBE_STRUCT(programme_lists, (), (categories, agencies, enterprises, clusters))
} // namespace detail

// A programme's data from either form it comes in: a sentra document (an object with
// "format"), or the bare programme file of earlier versions (categories, agencies,
// enterprises and clusters, no header), read into a document with the defaults. Parsed
// for form only; validate() checks the rest.
template <class = void> // compiled where called (see the note at the top)
result<sentra::document, report> parse_programme(std::string_view text,
                                                        std::string const& file = {},
                                                        json::read_options options = {})
{
    auto v = json::parse_value(text, file, options);
    if (v && v->is_object() && v->as_object().contains("format"))
        return json::parse<sentra::document>(text, file, options);
    auto p = json::parse<detail::programme_lists>(text, file, options);
    if (!p) return std::move(p).error();
    sentra::document d;
    d.categories = std::move(p->categories);
    d.agencies = std::move(p->agencies);
    d.enterprises = std::move(p->enterprises);
    d.clusters = std::move(p->clusters);
    return d;
}

// The JSON Schema (draft 2020-12) of a document, generated from the types (`sentra
// schema` prints it). "format" must be "sentra"; "format_version" any this sentra reads;
// the scheme and classification are the profile's.
template <class Document = sentra::document>
boost::json::value document_schema()
{
    using scheme = typename Document::scheme_type;
    using classification = typename Document::classification_type;
    auto out = json::schema<Document>("sentra document");
    auto& properties = out.as_object()["properties"].as_object();
    properties["format"] = {{"const", document_format_name}};
    properties["format_version"] = {
        {"type", "integer"}, {"minimum", 1}, {"maximum", document_format_version}};
    properties["region_scheme"] = {{"const", scheme::name}};
    if constexpr (std::is_same_v<scheme, kemendagri>) { // the editions sentra ships
        boost::json::array editions;
        for (auto const& e : kemendagri_editions) editions.emplace_back(e.name);
        properties["region_edition"] = {{"enum", std::move(editions)}};
    }
    properties["classification"] = {{"const", classification::name}};
    out.as_object()["$id"] =
        "https://sentra.dev/schema/document-" + std::to_string(document_format_version) + ".json";
    return out;
}

} // namespace sentra::io

// The default document's instantiations — the JSON reader and writer walked over every type
// of a document, the checks, the programme reader —, compiled once in the sentra::compiled
// library (sentra/detail/config.hpp) instead of in every file that reads or writes one.
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra::io {
SENTRA_EXTERN template result<basic_read_document_result<sentra::document>, report>
read_document<sentra::document>(std::string_view, std::string const&,
                                context_of<sentra::document> const&, json::read_options);
SENTRA_EXTERN template result<basic_read_document_result<sentra::document>, report>
read_document_file<sentra::document>(std::filesystem::path const&,
                                     context_of<sentra::document> const&, json::read_options,
                                     std::uintmax_t);
SENTRA_EXTERN template std::string
write_document<sentra::indonesia>(basic_document<sentra::indonesia> const&, json::write_options);
SENTRA_EXTERN template result<void>
write_document_file<sentra::indonesia>(std::filesystem::path const&,
                                       basic_document<sentra::indonesia> const&,
                                       json::write_options);
SENTRA_EXTERN template result<report, report>
check_document<void>(std::string_view, std::string const&, reference_set&, std::string_view,
                     json::read_options, sentra::document const*);
SENTRA_EXTERN template result<sentra::document, report>
parse_programme<void>(std::string_view, std::string const&, json::read_options);
SENTRA_EXTERN template boost::json::value document_schema<sentra::document>();
SENTRA_EXTERN template result<sentra::document, report>
json::parse<sentra::document>(std::string_view, std::string const&, json::read_options,
                              std::uint32_t);
SENTRA_EXTERN template boost::json::value
json::write<sentra::document>(sentra::document const&, json::write_options const&);
} // namespace sentra::io
#endif
