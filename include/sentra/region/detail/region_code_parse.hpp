// sentra/region/detail/region_code_parse.hpp — constexpr parsing and formatting of region codes.
#pragma once

#include <sentra/region/scheme.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

namespace sentra::detail {

inline constexpr std::array<std::uint64_t, 20> pow10_table = [] {
    std::array<std::uint64_t, 20> t{};
    std::uint64_t v = 1;
    for (std::size_t i = 0; i < t.size(); ++i) {
        t[i] = v;
        if (i + 1 < t.size()) v *= 10;
    }
    return t;
}();

template <region_scheme S>
struct scheme_layout {
    // digits of a code of each level: Kemendagri {2, 4, 6, 10}
    static constexpr std::array<std::size_t, S::levels> digits = [] {
        std::array<std::size_t, S::levels> d{};
        std::size_t sum = 0;
        for (std::size_t i = 0; i < S::levels; ++i) {
            sum += S::widths[i];
            d[i] = sum;
        }
        return d;
    }();
    static constexpr std::size_t total_digits = digits[S::levels - 1];
    static_assert(total_digits <= 19, "a region code must fit in 64 bits");

    // longest display form: digits plus separators
    static constexpr std::size_t max_text = total_digits + (S::separator != '\0' ? S::levels : 0);

    // length of the display form of a code of `level` ("32.76.07" is 8)
    static constexpr std::size_t display_length(std::size_t level) noexcept
    {
        return digits[level] + (S::separator != '\0' ? level : 0);
    }

    // part `i` (0-based) of a code `value` of level `level`
    static constexpr std::uint32_t segment(std::uint64_t value, std::size_t level,
                                           std::size_t i) noexcept
    {
        std::uint64_t const below = pow10_table[digits[level] - digits[i]];
        return static_cast<std::uint32_t>((value / below) % pow10_table[S::widths[i]]);
    }

    // the ancestor of `value` (of `level`) at level `up`
    static constexpr std::uint64_t truncate(std::uint64_t value, std::size_t level,
                                            std::size_t up) noexcept
    {
        return value / pow10_table[digits[level] - digits[up]];
    }

    // value scaled to the full width, for orderings that put a parent before its children
    static constexpr std::uint64_t widen(std::uint64_t value, std::size_t level) noexcept
    {
        return value * pow10_table[total_digits - digits[level]];
    }
};

// Calls f(std::integral_constant<std::size_t, I>{}) for the I equal to i (i < N), so that
// code on a run-time level can use compile-time constants (divisions by powers of ten
// become multiplications).
template <std::size_t N, class F>
constexpr decltype(auto) with_level(std::size_t i, F&& f)
{
    using R = decltype(f(std::integral_constant<std::size_t, 0>{}));
    return [&]<std::size_t... I>(std::index_sequence<I...>)->R
    {
        if constexpr (std::is_void_v<R>) {
            (void)((i == I ? (f(std::integral_constant<std::size_t, I>{}), true) : false) || ...);
        } else {
            R out{};
            (void)((i == I ? (out = f(std::integral_constant<std::size_t, I>{}), true) : false) ||
                   ...);
            return out;
        }
    }
    (std::make_index_sequence<N>{});
}

struct code_parse {
    std::uint64_t value = 0;
    std::size_t level = 0;
    std::string_view defect; // empty when the text is a well-formed code
    std::size_t offset = 0;  // 0-based byte offset of the defect in the text
};

constexpr bool is_digit(char c) noexcept
{
    return c >= '0' && c <= '9';
}

// Why a part has the wrong length, by the width it should have.
constexpr std::string_view width_defect(std::size_t width) noexcept
{
    constexpr std::array<std::string_view, 9> msg{"part has the wrong number of digits",
                                                  "part must have 1 digit",
                                                  "part must have 2 digits",
                                                  "part must have 3 digits",
                                                  "part must have 4 digits",
                                                  "part must have 5 digits",
                                                  "part must have 6 digits",
                                                  "part must have 7 digits",
                                                  "part must have 8 digits"};
    return width < msg.size() ? msg[width] : msg[0];
}

// Parses the display form ("32.76.07.1002") or the compact form ("3276071002"). One pass,
// no allocation: the gazetteer parses two codes a row with it.
template <region_scheme S>
constexpr code_parse parse_region_code(std::string_view text) noexcept
{
    using layout = scheme_layout<S>;
    code_parse out;
    std::size_t const n = text.size();
    if (n == 0) {
        out.defect = "empty code";
        return out;
    }
    if (n > layout::max_text) {
        out.defect = "too long for a code";
        out.offset = layout::max_text;
        return out;
    }
    // The display form has a separator right after the first part.
    bool const dotted =
        S::separator != '\0' && n > S::widths[0] && text[S::widths[0]] == S::separator;
    std::uint64_t value = 0;
    std::size_t level = 0;
    if (dotted || n <= S::widths[0]) {
        std::size_t part = 0;
        std::size_t begin = 0;
        std::uint32_t v = 0;
        for (std::size_t i = 0;; ++i) {
            if (i == n || text[i] == S::separator) {
                if (i - begin != S::widths[part]) {
                    out.defect = i == n && i == begin ? std::string_view("ends with a separator")
                                                      : width_defect(S::widths[part]);
                    out.offset = begin;
                    return out;
                }
                std::string_view const why = S::check_segment(part, v);
                if (!why.empty()) {
                    out.defect = why;
                    out.offset = begin;
                    return out;
                }
                value = value * pow10_table[S::widths[part]] + v;
                level = part;
                if (i == n) break;
                if (++part == S::levels) {
                    out.defect = "too many parts";
                    out.offset = i;
                    return out;
                }
                begin = i + 1;
                v = 0;
                continue;
            }
            if (!is_digit(text[i])) {
                out.defect = "only digits are allowed";
                out.offset = i;
                return out;
            }
            if (i - begin == S::widths[part]) {
                out.defect = width_defect(S::widths[part]);
                out.offset = begin;
                return out;
            }
            v = v * 10 + static_cast<std::uint32_t>(text[i] - '0');
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            if (!is_digit(text[i])) {
                out.defect = "only digits are allowed";
                out.offset = i;
                return out;
            }
        }
        bool fits = false;
        std::size_t deepest = 0;
        for (std::size_t l = 0; l < S::levels; ++l)
            if (layout::digits[l] == n && (!S::padded || l + 1 == S::levels)) {
                fits = true;
                deepest = l;
            }
        if (!fits) {
            out.defect = "wrong number of digits";
            out.offset = n < layout::total_digits ? n : layout::total_digits;
            return out;
        }
        std::array<std::uint32_t, S::levels> parts{};
        std::array<std::size_t, S::levels> part_offset{};
        std::size_t pos = 0;
        for (std::size_t part = 0; part <= deepest; ++part) {
            std::uint32_t v = 0;
            part_offset[part] = pos;
            for (std::size_t k = 0; k < S::widths[part]; ++k, ++pos)
                v = v * 10 + static_cast<std::uint32_t>(text[pos] - '0');
            parts[part] = v;
        }
        level = deepest;
        if constexpr (S::padded) {
            // trailing all-zero parts mean a higher level: 1300000000 is a region
            while (level > 0 && parts[level] == 0) --level;
        }
        for (std::size_t part = 0; part <= level; ++part) {
            std::string_view const why = S::check_segment(part, parts[part]);
            if (!why.empty()) {
                out.defect = why;
                out.offset = part_offset[part];
                return out;
            }
            value = value * pow10_table[S::widths[part]] + parts[part];
        }
    }
    out.value = value;
    out.level = level;
    return out;
}

// The fast path for the display form of a known level ("32.76.07.1002" as a village):
// false sends the caller to parse_region_code, which says what is wrong.
template <region_scheme S>
constexpr bool parse_display_at(std::string_view t, std::size_t level,
                                std::uint64_t& value) noexcept
{
    if constexpr (S::separator == '\0') {
        return false;
    } else {
        if (level >= S::levels || t.size() != scheme_layout<S>::digits[level] + level) return false;
        std::uint64_t v = 0;
        std::size_t pos = 0;
        for (std::size_t part = 0; part <= level; ++part) {
            if (part > 0 && t[pos++] != S::separator) return false;
            std::uint32_t p = 0;
            for (std::size_t k = 0; k < S::widths[part]; ++k) {
                auto const d =
                    static_cast<std::uint32_t>(static_cast<unsigned char>(t[pos++]) - '0');
                if (d > 9) return false;
                p = p * 10 + d;
            }
            if (!S::check_segment(part, p).empty()) return false;
            v = v * pow10_table[S::widths[part]] + p;
        }
        value = v;
        return true;
    }
}

// parse_display_at for a level known at compile time, where the loops unroll; `text` holds
// exactly scheme_layout<S>::digits[L] + L characters.
template <region_scheme S, std::size_t L>
constexpr bool parse_display_fixed(char const* text, std::uint64_t& value) noexcept
{
    std::uint64_t v = 0;
    std::size_t pos = 0;
    bool ok = true;
    [&]<std::size_t... Part>(std::index_sequence<Part...>)
    {
        (
            [&] {
                if (!ok) return;
                if (Part > 0 && text[pos++] != S::separator) {
                    ok = false;
                    return;
                }
                std::uint32_t p = 0;
                for (std::size_t k = 0; k < S::widths[Part]; ++k) {
                    auto const d =
                        static_cast<std::uint32_t>(static_cast<unsigned char>(text[pos++]) - '0');
                    if (d > 9) ok = false;
                    p = p * 10 + d;
                }
                if (ok && !S::check_segment(Part, p).empty()) ok = false;
                v = v * pow10_table[S::widths[Part]] + p;
            }(),
            ...);
    }
    (std::make_index_sequence<L + 1>{});
    if (ok) value = v;
    return ok;
}

// parse_display_fixed for each level, chosen at run time once per file.
template <region_scheme S>
using fixed_parser = bool (*)(char const*, std::uint64_t&) noexcept;

template <region_scheme S>
constexpr fixed_parser<S> fixed_parser_for(std::size_t level) noexcept
{
    return [&]<std::size_t... L>(std::index_sequence<L...>)
    {
        fixed_parser<S> f = nullptr;
        ((level == L ? (f = &parse_display_fixed<S, L>) : f), ...);
        return f;
    }
    (std::make_index_sequence<S::levels>{});
}

// Checks a compact integer value as a code of `level`.
template <region_scheme S>
constexpr std::string_view check_region_value(std::uint64_t value, std::size_t level) noexcept
{
    using layout = scheme_layout<S>;
    if (value >= pow10_table[layout::digits[level]]) return "too many digits for its level";
    for (std::size_t part = 0; part <= level; ++part) {
        std::string_view const why = S::check_segment(part, layout::segment(value, level, part));
        if (!why.empty()) return why;
    }
    return {};
}

// Writes the code into `out` (at least scheme_layout<S>::max_text chars); returns the length.
template <region_scheme S>
constexpr std::size_t format_region_code(std::uint64_t value, std::size_t level, bool display,
                                         char* out) noexcept
{
    using layout = scheme_layout<S>;
    std::size_t n = 0;
    std::size_t const last = S::padded ? S::levels - 1 : level;
    for (std::size_t part = 0; part <= last; ++part) {
        if (display && part > 0 && S::separator != '\0') out[n++] = S::separator;
        std::uint32_t const v = part <= level ? layout::segment(value, level, part) : 0;
        for (std::size_t k = S::widths[part]; k-- > 0;)
            out[n++] = static_cast<char>('0' + (v / pow10_table[k]) % 10);
    }
    return n;
}

} // namespace sentra::detail
