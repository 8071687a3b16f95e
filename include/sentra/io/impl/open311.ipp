// sentra/io/impl/open311.ipp — the definitions of sentra/io/open311.hpp's functions. Included
// by the header when sentra is header-only, compiled once in the library otherwise
// (sentra/src.hpp).
#pragma once

#include <sentra/io/open311.hpp>

namespace sentra::io {

namespace detail {

SENTRA_DECL std::string quote_leading_zero_numbers(std::string_view text,
                                              std::vector<quoted_number>& shifts)
{
    std::string out;
    out.reserve(text.size() + 16);
    std::vector<std::pair<std::size_t, std::uint32_t>> quotes; // offset in `out`, length
    bool in_string = false;
    char previous = 0; // the last byte outside strings and spaces
    for (std::size_t i = 0; i < text.size();) {
        char const c = text[i];
        if (in_string) {
            out += c;
            if (c == '\\' && i + 1 < text.size()) {
                out += text[i + 1];
                i += 2;
                continue;
            }
            if (c == '"') in_string = false;
            ++i;
            continue;
        }
        bool const value_start = previous == ':' || previous == '[' || previous == ',';
        std::size_t const digits = i + (c == '-' ? 1 : 0);
        if (value_start && digits + 1 < text.size() && text[digits] == '0' &&
            text[digits + 1] >= '0' && text[digits + 1] <= '9') {
            std::size_t end = digits;
            while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') ||
                                         text[end] == '.' || text[end] == 'e' ||
                                         text[end] == 'E' || text[end] == '+' || text[end] == '-'))
                ++end;
            quotes.emplace_back(out.size(), static_cast<std::uint32_t>(end - i));
            out += '"';
            out.append(text.substr(i, end - i));
            out += '"';
            i = end;
            previous = '0';
            continue;
        }
        out += c;
        if (c == '"') in_string = true;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') previous = c;
        ++i;
    }
    for (auto const& [offset, length] : quotes) { // counted as the reader counts columns
        quoted_number q{0, 0, length};
        json::detail::line_and_column(out, offset, q.line, q.column);
        shifts.push_back(q);
    }
    return out;
}

SENTRA_DECL void unshift_columns(report& problems, std::vector<quoted_number> const& shifts)
{
    for (auto& e : problems.problems()) {
        std::uint32_t back = 0;
        for (auto const& q : shifts) {
            if (q.line != e.where.line || e.where.column <= q.column) continue;
            back += e.where.column > q.column + q.length + 1 ? 2 : 1;
        }
        e.where.column -= back;
    }
}

} // namespace detail
} // namespace sentra::io
