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

SENTRA_DECL std::string slug(std::string_view name, std::size_t max)
{
    std::string out;
    bool dash = false;
    for (char ch : name) {
        auto const c = static_cast<unsigned char>(ch);
        if (sentra::detail::ascii_alnum(c)) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            if (out.size() >= max) break;
            out += static_cast<char>(sentra::detail::ascii_lower(c));
        } else {
            dash = true;
        }
    }
    while (out.size() > max || (!out.empty() && out.back() == '-')) out.pop_back();
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
