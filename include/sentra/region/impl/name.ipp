// sentra/region/impl/name.ipp — the definitions of sentra/region/name.hpp's functions.
// Included by the header when sentra is header-only, compiled once in the library otherwise
// (sentra/src.hpp).
#pragma once

#include <sentra/region/name.hpp>

#include <algorithm>

namespace sentra {

SENTRA_DECL std::string normalize_name(std::string_view name)
{
    std::string out;
    out.reserve(name.size());
    for (char ch : name)
        if (detail::word_byte(ch))
            out += static_cast<char>(detail::ascii_lower(static_cast<unsigned char>(ch)));
    return out;
}

SENTRA_DECL bool equals_normalized(std::string_view name, std::string_view normalized) noexcept
{
    std::size_t j = 0;
    for (char ch : name) {
        if (!detail::word_byte(ch)) continue;
        auto const lower = static_cast<char>(detail::ascii_lower(static_cast<unsigned char>(ch)));
        if (j == normalized.size() || lower != normalized[j]) return false;
        ++j;
    }
    return j == normalized.size();
}

SENTRA_DECL std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit)
{
    std::size_t const gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (gap > limit) return limit + 1;
    std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t const cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t d = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, before[j - 2] + 1);
            cur[j] = d;
            row_min = std::min(row_min, d);
        }
        if (row_min > limit) return limit + 1;
        std::swap(before, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[b.size()], limit + 1);
}

} // namespace sentra
