// sentra/io/import_types.hpp — what an import of a members list is given and gives back:
// its options (the mapping, the file's name, whether rows with problems are kept), the
// context the reference data and the programme give it, the summary of what was read, and
// the rows imported. The import itself is sentra/io/enterprise_import.hpp.
#pragma once

#include <sentra/business/catalog.hpp>
#include <sentra/date.hpp>
#include <sentra/document.hpp>
#include <sentra/enterprise.hpp>
#include <sentra/error.hpp>
#include <sentra/io/enterprise_columns.hpp>
#include <sentra/io/import_mapping.hpp>
#include <sentra/optional_ref.hpp>
#include <sentra/region/gazetteer.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sentra::io {

struct import_options {
    import_mapping mapping = {};
    // Names the input in problems ("members.csv").
    std::string file = {};
    // Rows with problems are imported without the values that had them (a row without a
    // name is still refused); by default such a row is left out.
    bool keep_invalid = false;
    // Problems kept in the report (0: all); the rest are counted.
    std::size_t max_errors = 0;
};

// What the reference data and the programme give an import. All optional: without a
// gazetteer villages are taken by code only; without a catalog KBLI codes are taken by
// form only; without a document every row is a new enterprise. Each refers to an object
// that must outlive the import (a temporary is refused at compile time).
template <class P>
struct basic_import_context {
    optional_ref<basic_gazetteer<typename P::scheme_type> const> regions = {};
    optional_ref<basic_catalog<typename P::classification_type> const> catalog = {};
    // The programme imported into: a row that matches one of its enterprises (by id, then
    // NIB, then name and village) updates it and keeps its id; categories may be named.
    optional_ref<basic_document<P> const> document = {};
    // The region villages given by name are looked for in (else import_mapping::area).
    std::optional<any_region_code<typename P::scheme_type>> area = {};
    // "today", for founding dates that may not be later.
    std::optional<date> today = {};
};

// How the header was read, and how many rows went where.
struct import_summary {
    std::size_t rows = 0;     // data rows read (blank rows are not rows)
    std::size_t imported = 0; // delivered: new or updated, with problems or not
    std::size_t updated = 0;  // of which matched an enterprise of the document
    std::size_t kept_with_problems = 0;
    std::size_t refused = 0;
    std::uint32_t header_line = 0; // 0: no header was found, nothing was read
    char delimiter = ',';
    // Each column's header and what it was read as (`ignored` for a column not read).
    std::vector<std::pair<std::string, enterprise_column>> columns = {};
    friend bool operator==(import_summary const&, import_summary const&) = default;
};

// One row imported: the enterprise, the line its row starts on, and whether it had problems
// (imported only with import_options::keep_invalid).
template <class P>
struct basic_imported_row {
    basic_enterprise<P> enterprise;
    std::uint32_t line = 0;
    bool has_problems = false;
    bool updates_existing = false; // it matched an enterprise of the context's document
};

template <class P>
struct basic_import_result {
    std::vector<basic_imported_row<P>> rows;
    report problems;
    import_summary summary;
};

using import_context = basic_import_context<indonesia>;
using imported_row = basic_imported_row<indonesia>;
using import_result = basic_import_result<indonesia>;

} // namespace sentra::io
