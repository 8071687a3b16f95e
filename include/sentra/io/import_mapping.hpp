// sentra/io/import_mapping.hpp — how to read one spreadsheet of members: which header is
// which column, the delimiter, the header row, the area villages are looked for in and the
// year of the figures. Read from JSON (read_import_mapping, every problem at its pointer,
// line and column); its JSON Schema is import_mapping_schema. docs/import.md has an example.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/error.hpp>
#include <sentra/io/enterprise_columns.hpp>
#include <sentra/io/json.hpp>
#include <sentra/io/json_schema.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace sentra::io {

// How to read one spreadsheet: the JSON of an import mapping file (docs/import.md; its
// JSON Schema: `sentra schema --mapping`). Every member may be left out.
struct import_mapping {
    // Header (as written, compared as recognise_header compares) to column.
    std::optional<std::map<std::string, enterprise_column>> columns = {};
    // Whether headers not in `columns` are recognised (default true).
    std::optional<bool> recognise_headers = {};
    // ",", ";", "\t" or "|"; found from the header row when left out.
    std::optional<std::string> delimiter = {};
    // The line of the header row; else the row among the first 30 that names most columns.
    std::optional<std::uint32_t> header_line = {};
    // The region the list's villages are in (a regency or city, or a district): villages
    // given by name are looked for there. Its code, e.g. "32.76".
    std::optional<std::string> area = {};
    // The year the money and worker figures are for, unless a Tahun Data column says.
    std::optional<std::int32_t> figures_year = {};
    friend bool operator==(import_mapping const&, import_mapping const&) = default;
};
BOOST_DESCRIBE_STRUCT(import_mapping, (),
                      (columns, recognise_headers, delimiter, header_line, area, figures_year))

// Reads an import mapping (JSON), every problem with its line, column and pointer; a
// delimiter other than the four is an error at "/delimiter".
template <class = void> // compiled where called: it instantiates the parser
result<import_mapping, report> read_import_mapping(std::string_view text, std::string const& file = {})
{
    auto m = json::parse<import_mapping>(text, file);
    if (!m) return m;
    if (m->delimiter && *m->delimiter != "," && *m->delimiter != ";" && *m->delimiter != "\t" &&
        *m->delimiter != "|") {
        report r;
        r.add(errc::invalid_value, at_pointer("/delimiter"),
              "import.delimiter");
        json::locate(text, r, file);
        return r;
    }
    return m;
}

// The JSON Schema (draft 2020-12) of an import mapping file (`sentra schema mapping`).
inline boost::json::value import_mapping_schema()
{
    auto out = json::schema<import_mapping>("sentra import mapping");
    auto& properties = out.as_object()["properties"].as_object();
    properties["delimiter"] = {{"enum", {",", ";", "\t", "|"}}};
    out.as_object()["$id"] = "https://sentra.dev/schema/import-mapping-1.json";
    return out;
}

} // namespace sentra::io

// Compiled once in the sentra::compiled library (sentra/detail/config.hpp).
#if defined(SENTRA_SEPARATE_COMPILATION)
namespace sentra::io {
SENTRA_EXTERN template result<import_mapping, report>
read_import_mapping<void>(std::string_view, std::string const&);
} // namespace sentra::io
#endif
