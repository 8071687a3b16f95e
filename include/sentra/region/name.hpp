// sentra/region/name.hpp — how the names of places are compared: "Kota Depok", "KOTA
// DEPOK" and "Kota-Depok" are one name. normalize_name keeps ASCII letters and digits in
// lower case and every byte of a UTF-8 sequence, and drops spaces and punctuation;
// edit_distance measures how far a misspelt name is from a listed one ("did you mean").
// The gazetteer's search, the spreadsheet import (villages, KBLI titles and categories by
// name) and the diff of two editions compare names this way.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/detail/ascii.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sentra {

namespace detail {

// Whether a byte belongs to a word of a name: letters, digits, and every byte of a UTF-8
// sequence; spaces and punctuation part words and do not count.
constexpr bool word_byte(char ch) noexcept
{
    auto const c = static_cast<unsigned char>(ch);
    return c >= 0x80 || ascii_alnum(c);
}

// Where the next word of `name` starts, at or after `i` (name.size() when none is left).
constexpr std::size_t next_word(std::string_view name, std::size_t i) noexcept
{
    while (i < name.size() && !word_byte(name[i])) ++i;
    return i;
}

inline bool starts_with_ci(std::string_view s, std::string_view prefix) noexcept
{
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (ascii_lower(static_cast<unsigned char>(s[i])) != static_cast<unsigned char>(prefix[i]))
            return false;
    return true;
}

inline bool equal_ci(std::string_view word, std::string_view lower) noexcept
{
    return word.size() == lower.size() && starts_with_ci(word, lower);
}

} // namespace detail

// A name as names are compared: ASCII letters and digits in lower case and every non-ASCII
// byte, spaces and punctuation left out ("Kota-Depok " is "kotadepok").
SENTRA_DECL std::string normalize_name(std::string_view name);

// Whether normalize_name(name) == normalized, without allocating.
SENTRA_DECL bool equals_normalized(std::string_view name, std::string_view normalized) noexcept;

// The edit distance of two strings (optimal string alignment: a byte added, dropped,
// changed, or two neighbours swapped), or `limit + 1` as soon as it must exceed `limit`.
SENTRA_DECL std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

} // namespace sentra

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/region/impl/name.ipp>
#endif
