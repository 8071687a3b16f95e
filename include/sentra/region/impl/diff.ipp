// sentra/region/impl/diff.ipp — the definitions of sentra/region/diff.hpp's functions.
// Included by the header when sentra is header-only, compiled once in the library otherwise
// (sentra/src.hpp).
#pragma once

#include <sentra/region/diff.hpp>

namespace sentra {

namespace detail {

SENTRA_DECL bool same_name_but_case_and_spacing(std::string_view a, std::string_view b) noexcept
{
    auto const next = [](std::string_view s, std::size_t& i) -> int {
        bool space = false;
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i, space = true;
        if (space && i < s.size()) return ' ';
        if (i == s.size()) return -1;
        unsigned char const c = static_cast<unsigned char>(s[i++]);
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    };
    std::size_t i = 0, j = 0;
    while (i < a.size() && (a[i] == ' ' || a[i] == '\t')) ++i;
    while (j < b.size() && (b[j] == ' ' || b[j] == '\t')) ++j;
    for (;;) {
        int const x = next(a, i), y = next(b, j);
        if (x != y) return false;
        if (x == -1) return true;
    }
}

} // namespace detail
} // namespace sentra
