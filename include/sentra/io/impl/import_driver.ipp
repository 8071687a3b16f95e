// sentra/io/impl/import_driver.ipp — the definitions of sentra/io/detail/import_driver.hpp's
// functions: the header row found, records cut at their ends. Included by the header when
// sentra is header-only, compiled once in the library otherwise (sentra/src.hpp).
#pragma once

#include <sentra/io/detail/import_driver.hpp>

namespace sentra::io::detail {

SENTRA_DECL bool blank_row(std::vector<csv_field> const& fields) noexcept
{
    return std::all_of(fields.begin(), fields.end(),
                       [](csv_field const& f) { return trim_cell(f.text).empty(); });
}

SENTRA_DECL std::size_t header_score(std::vector<csv_field> const& fields, import_mapping const& m)
{
    std::size_t score = 0;
    bool const recognise = m.recognise_headers.value_or(true);
    for (auto const& f : fields) {
        std::string const key = header_key(f.text);
        if (key.empty()) continue;
        bool mapped = false;
        if (m.columns)
            for (auto const& [text, column] : *m.columns)
                if (header_key(text) == key) mapped = true;
        if (mapped || (recognise && recognise_header(f.text))) ++score;
    }
    return score;
}

SENTRA_DECL std::pair<char, std::uint32_t> find_header(std::string_view text, import_mapping const& m)
{
    std::vector<char> candidates;
    if (m.delimiter) candidates.push_back((*m.delimiter)[0]);
    else candidates = {',', ';', '\t', '|'};
    char best_delimiter = candidates.front();
    std::uint32_t best_line = 0;
    std::size_t best_score = 0;
    std::vector<csv_field> fields;
    for (char d : candidates) {
        csv_reader in(text, {}, d);
        report ignored;
        for (std::size_t n = 0; n < header_search_rows; ++n) {
            auto const status = in.next(fields, ignored);
            if (status == csv_status::end) break;
            if (status != csv_status::record) continue;
            if (m.header_line && in.line() != *m.header_line) continue;
            std::size_t const score = header_score(fields, m);
            if (score > best_score) {
                best_score = score;
                best_line = in.line();
                best_delimiter = d;
            }
        }
    }
    if (m.header_line && best_line == 0) return {best_delimiter, *m.header_line};
    return {best_delimiter, best_line};
}

SENTRA_DECL std::size_t last_record_end(std::string_view text, char delimiter) noexcept
{
    std::size_t end = 0;
    bool quoted = false, field_start = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') ++i;
                else quoted = false;
            }
            continue;
        }
        if (c == '"' && field_start) quoted = true;
        field_start = c == delimiter || c == '\n';
        if (c == '\n') end = i + 1;
    }
    return end;
}

} // namespace sentra::io::detail
