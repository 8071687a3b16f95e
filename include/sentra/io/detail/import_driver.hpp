// sentra/io/detail/import_driver.hpp — the members-list import's driver: finds the header
// row and the delimiter, cuts the text into pieces at record ends (a stream is read 256 KiB
// at a time, so memory stays flat), and hands each piece's rows to enterprise_rows.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/error.hpp>
#include <sentra/io/csv.hpp>
#include <sentra/io/detail/enterprise_rows.hpp>
#include <sentra/io/detail/import_cells.hpp>
#include <sentra/io/enterprise_columns.hpp>
#include <sentra/io/import_types.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sentra::io::detail {

SENTRA_DECL bool blank_row(std::vector<csv_field> const& fields) noexcept;

// How many of a row's cells are headers the import knows.
SENTRA_DECL std::size_t header_score(std::vector<csv_field> const& fields, import_mapping const& m);

inline constexpr std::size_t header_search_rows = 30;

// The delimiter and header line of a sheet, from its first rows: the delimiter under which
// some row names most known columns. A mapping's choices are taken as given.
SENTRA_DECL std::pair<char, std::uint32_t> find_header(std::string_view text, import_mapping const& m);

// The end of the last whole record in `text` (a line break outside quotes), or 0.
SENTRA_DECL std::size_t last_record_end(std::string_view text, char delimiter) noexcept;

// The import of one input given in pieces: `next_piece(buffer)` appends the next bytes to
// `buffer` and returns false at the end.
template <class P, class NextPiece, class Deliver>
import_summary import_pieces(NextPiece&& next_piece, import_options const& o,
                             basic_import_context<P> const& cx, report& out, Deliver&& deliver)
{
    import_summary summary;
    using scheme = typename P::scheme_type;
    std::optional<region_view<scheme>> area;
    std::optional<any_region_code<scheme>> area_code = cx.area;
    if (!area_code && o.mapping.area) {
        auto parsed = any_region_code<scheme>::parse(*o.mapping.area);
        if (!parsed) {
            error e = parsed.error();
            e.where = {};
            e.where.field = "area";
            out.add(std::move(e));
            return summary;
        }
        area_code = *parsed;
    }
    if (!area_code && cx.document) area_code = programme_area(*cx.document);
    if (area_code && cx.regions) {
        area = cx.regions->find(*area_code);
        if (!area || area->level_index() + 1 >= scheme::levels) {
            location where;
            where.field = "area";
            out.add(area ? errc::wrong_level : errc::unknown_code, where,
                    area ? message_id("import.area_is_village")
                         : message_id("region.not_in_gazetteer"),
                    {{"code", area_code->to_string()}});
            return summary;
        }
    }

    std::string buffer;
    bool more = next_piece(buffer);
    // The first piece holds the header: at least the first rows, unless the input is short.
    while (more && buffer.size() < (std::size_t{1} << 16)) more = next_piece(buffer);
    location top;
    top.file = o.file;
    top.line = 1;
    top.column = 1;
    if (buffer.size() >= 2 && ((buffer[0] == '\xFF' && buffer[1] == '\xFE') ||
                               (buffer[0] == '\xFE' && buffer[1] == '\xFF'))) {
        out.add(errc::invalid_utf8, top,
                "import.utf16");
        return summary;
    }
    if (buffer.find('\0') != std::string::npos) {
        std::size_t const at = buffer.find('\0');
        top.line = static_cast<std::uint32_t>(1 + std::count(buffer.begin(),
                                                             buffer.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        out.add(errc::invalid_utf8, top,
                "import.nul_byte");
        return summary;
    }
    if (buffer.empty()) {
        out.add(errc::bad_header, top, "import.empty_file");
        return summary;
    }
    auto const [delimiter, header_line] = find_header(buffer, o.mapping);
    summary.delimiter = delimiter;
    if (header_line == 0) {
        out.add(errc::bad_header, top,
                "import.no_header_row");
        return summary;
    }
    enterprise_rows<P> rows(o, cx, area);
    std::vector<csv_field> fields;
    std::uint32_t line = 1;
    bool at_header = true;
    std::size_t consumed = 0;
    for (;;) {
        // Whole records only, unless the input has ended.
        while (more && last_record_end(std::string_view(buffer).substr(consumed), delimiter) == 0)
            more = next_piece(buffer);
        std::string_view piece = std::string_view(buffer).substr(consumed);
        if (more) piece = piece.substr(0, last_record_end(piece, delimiter));
        csv_reader in(piece, o.file, delimiter, line);
        for (;;) {
            auto const status = in.next(fields, out);
            if (status == csv_status::end) break;
            if (status == csv_status::problem) {
                if (!at_header) ++summary.rows, ++summary.refused;
                continue;
            }
            if (at_header) {
                if (in.line() < header_line) continue;
                at_header = false;
                summary.header_line = in.line();
                if (!rows.header(fields, in.line(), in, out, summary)) {
                    summary.header_line = 0;
                    return summary;
                }
                rows.reset_unnamed();
                continue;
            }
            if (blank_row(fields)) continue;
            rows.row(fields, in.line(), in, out, summary, deliver);
        }
        line = in.next_line();
        consumed += piece.size();
        if (!more) break;
        buffer.erase(0, consumed);
        consumed = 0;
        more = next_piece(buffer);
    }
    if (at_header) {
        top.line = header_line;
        out.add(errc::bad_header, top, "import.header_past_end");
    }
    return summary;
}


} // namespace sentra::io::detail

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/io/impl/import_driver.ipp>
#endif
