// sentra/io/impl/import_cells.ipp — the definitions of sentra/io/detail/import_cells.hpp's
// functions. Included by the header when sentra is header-only, compiled once in the library
// otherwise (sentra/src.hpp).
#pragma once

#include <sentra/io/detail/import_cells.hpp>

#include <algorithm>

namespace sentra::io::detail {

SENTRA_DECL std::string ungrouped_digits(std::string_view s)
{
    if (!s.empty() && s[0] == '\'') s.remove_prefix(1);
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '.' && c != '-') out += c;
    return out;
}

SENTRA_DECL std::string listed(std::vector<std::string> const& items, std::size_t shown,
                           std::string_view separator)
{
    std::string out;
    std::size_t const n = std::min(items.size(), shown);
    for (std::size_t i = 0; i < n; ++i) {
        if (i) out += separator;
        out += items[i];
    }
    return out;
}

} // namespace sentra::io::detail
