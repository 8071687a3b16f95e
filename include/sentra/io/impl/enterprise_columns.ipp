// sentra/io/impl/enterprise_columns.ipp — the definitions of
// sentra/io/enterprise_columns.hpp's functions. Included by the header when sentra is header-
// only, compiled once in the library otherwise (sentra/src.hpp).
#pragma once

#include <sentra/io/enterprise_columns.hpp>

namespace sentra::io {

namespace detail {

SENTRA_DECL std::string header_key(std::string_view header)
{
    std::string out;
    int depth = 0;
    for (char ch : header) {
        if (ch == '(' || ch == '[') ++depth;
        else if ((ch == ')' || ch == ']') && depth > 0) --depth;
        else if (depth == 0 && sentra::detail::ascii_alnum(static_cast<unsigned char>(ch)))
            out += static_cast<char>(sentra::detail::ascii_lower(static_cast<unsigned char>(ch)));
    }
    return out;
}

} // namespace detail

} // namespace sentra::io

namespace sentra::io {

SENTRA_DECL std::optional<enterprise_column> recognise_header(std::string_view header)
{
    std::string const key = detail::header_key(header);
    for (auto const& h : detail::known_headers)
        if (h.key == key) return h.column;
    return std::nullopt;
}

} // namespace sentra::io
