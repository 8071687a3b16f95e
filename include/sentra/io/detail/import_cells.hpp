// sentra/io/detail/import_cells.hpp — small pieces the members-list import and export
// share: a cell trimmed as spreadsheets pad it, digits ungrouped, a slug for an id, hashes of
// text and a flat index of keys to the line they were first seen on (duplicates in a list of
// a million rows), a region's label and "A, B and 3 more".
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/detail/ascii.hpp>
#include <sentra/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sentra::io::detail {

using sentra::detail::cat;

inline std::string_view trim_cell(std::string_view s) noexcept
{
    auto space_at_front = [&] {
        if (s.empty()) return std::size_t{0};
        if (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n') return std::size_t{1};
        if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') return std::size_t{2};
        return std::size_t{0};
    };
    auto space_at_back = [&] {
        std::size_t const n = s.size();
        if (n == 0) return std::size_t{0};
        char const c = s[n - 1];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return std::size_t{1};
        if (n >= 2 && s[n - 2] == '\xC2' && c == '\xA0') return std::size_t{2};
        return std::size_t{0};
    };
    for (std::size_t k; (k = space_at_front()) != 0;) s.remove_prefix(k);
    for (std::size_t k; (k = space_at_back()) != 0;) s.remove_suffix(k);
    return s;
}

// Digits with the spaces, dots and dashes people group them by taken out ("9120 0012 3456 7"),
// and a leading apostrophe (how a sheet is told a number is text) dropped.
SENTRA_DECL std::string ungrouped_digits(std::string_view s);

// "3.27607E+15": a spreadsheet showed a long number in exponent form, and its digits are gone.
inline bool exponent_form(std::string_view s) noexcept
{
    std::size_t const e = s.find_first_of("eE");
    return e != std::string_view::npos && e > 0 && e + 1 < s.size() &&
           (s[e + 1] == '+' || s[e + 1] == '-') && s[0] >= '0' && s[0] <= '9';
}


using sentra::detail::slug; // a stable id from a name (sentra/detail/ascii.hpp)

// Keys of 64 bits, each with the line it was first seen on: open addressing in two flat
// arrays, so that a list of a million rows costs a few dozen bytes a row and no allocation
// per key.
class line_index {
public:
    // The line `key` was first seen on; 0 when it is new (and now seen on `line`, >= 1).
    std::uint32_t first_seen(std::uint64_t key, std::uint32_t line)
    {
        if ((count_ + 1) * 2 > keys_.size()) grow();
        std::size_t const mask = keys_.size() - 1;
        for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
            if (lines_[i] == 0) {
                keys_[i] = key;
                lines_[i] = line;
                ++count_;
                return 0;
            }
            if (keys_[i] == key) return lines_[i];
        }
    }
    bool contains(std::uint64_t key) const noexcept
    {
        if (keys_.empty()) return false;
        std::size_t const mask = keys_.size() - 1;
        for (std::size_t i = mix(key) & mask; lines_[i] != 0; i = (i + 1) & mask)
            if (keys_[i] == key) return true;
        return false;
    }

private:
    static std::size_t mix(std::uint64_t x) noexcept // splitmix64's finaliser
    {
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return static_cast<std::size_t>(x ^ (x >> 31));
    }
    void grow()
    {
        std::vector<std::uint64_t> keys = std::move(keys_);
        std::vector<std::uint32_t> lines = std::move(lines_);
        keys_.assign(keys.empty() ? 1024 : keys.size() * 2, 0);
        lines_.assign(keys_.size(), 0);
        count_ = 0;
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (lines[i] != 0) first_seen(keys[i], lines[i]);
    }
    std::vector<std::uint64_t> keys_;
    std::vector<std::uint32_t> lines_;
    std::size_t count_ = 0;
};

// FNV-1a (64 bits) of text, continuing from `h`.
inline std::uint64_t fnv1a64(std::string_view s, std::uint64_t h = 14695981039346656037ULL) noexcept
{
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h;
}

// FNV-1a, for an id from a name with no ASCII letter or digit.
inline std::uint32_t fnv1a(std::string_view s) noexcept
{
    std::uint32_t h = 2166136261u;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

inline char hex_digit(unsigned v) noexcept { return "0123456789abcdef"[v & 15u]; }

template <class View>
std::string region_label(View const& v)
{
    return cat(v.name(), " (", v.code().to_string(), ")");
}

// "Cipayung, Kota Depok": a region below the regencies with its regency, so that the one
// district named does not pass for another of the same name.
template <class View>
std::string place_name(View const& v)
{
    std::string out(v.name());
    if (v.level_index() >= 2)
        if (auto p = v.parent()) out += cat(", ", p->name());
    return out;
}

// "A, B, C": the first `shown` items, `separator` apart (a message adds " and N more":
// more_arg).
SENTRA_DECL std::string listed(std::vector<std::string> const& items, std::size_t shown,
                               std::string_view separator = ", ");


} // namespace sentra::io::detail

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/io/impl/import_cells.ipp>
#endif
