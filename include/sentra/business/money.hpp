// sentra/business/money.hpp — rupiah amounts, on integers.
//
// Whole rupiah in a signed 64-bit integer (sen are not used in practice). Parses what
// people write — `1000000000`, `1.000.000.000`, `Rp1.000.000.000`, `Rp 1.000.000.000,00`,
// `Rp1.000.000,-` — and refuses malformed grouping, fractions of a rupiah and overflow.
// Arithmetic is checked: there is no silent wrap-around.
#pragma once

#include <sentra/error.hpp>

#include <compare>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace sentra {

class rupiah {
public:
    constexpr rupiah() noexcept = default;
    constexpr explicit rupiah(std::int64_t whole) noexcept : value_(whole) {}

    constexpr std::int64_t value() const noexcept { return value_; }

    // Its JSON form is the whole amount as an integer (sentra/io/json.hpp); the text
    // that parse() reads is still read too, as older documents wrote it.
    static constexpr bool json_integer = true;

    static result<rupiah> parse(std::string_view text);

    // "Rp1.000.000.000", "-Rp5.000"
    std::string to_string() const;
    // The same, appended to `out` (what writers call: no temporary).
    void append_to(std::string& out) const;
    // "1000000000"
    std::string to_plain_string() const { return std::to_string(value_); }

    // Sums and differences that do not fit are errors, not wrap-around.
    friend constexpr std::optional<rupiah> checked_add(rupiah a, rupiah b) noexcept
    {
        std::int64_t r = 0;
        if (__builtin_add_overflow(a.value_, b.value_, &r)) return std::nullopt;
        return rupiah(r);
    }
    friend constexpr std::optional<rupiah> checked_sub(rupiah a, rupiah b) noexcept
    {
        std::int64_t r = 0;
        if (__builtin_sub_overflow(a.value_, b.value_, &r)) return std::nullopt;
        return rupiah(r);
    }

    friend constexpr bool operator==(rupiah, rupiah) noexcept = default;
    friend constexpr auto operator<=>(rupiah, rupiah) noexcept = default;
    friend std::ostream& operator<<(std::ostream& os, rupiah const& r)
    {
        return os << r.to_string();
    }

private:
    std::int64_t value_ = 0;
};

inline namespace literals {
// 1'000'000'000_rp
consteval rupiah operator""_rp(unsigned long long whole)
{
    if (whole > static_cast<unsigned long long>(std::numeric_limits<std::int64_t>::max()))
        throw "rupiah literal out of range";
    return rupiah(static_cast<std::int64_t>(whole));
}
} // namespace literals

inline result<rupiah> rupiah::parse(std::string_view text)
{
    auto fail = [&](std::string why, std::size_t offset, errc code = errc::invalid_value) {
        error e = make_error(
            code, detail::cat(quote_input(text), ": ", why));
        e.where.column = static_cast<std::uint32_t>(offset + 1);
        return e;
    };
    std::size_t i = 0;
    std::size_t const n = text.size();
    while (i < n && text[i] == ' ') ++i;
    bool negative = false;
    if (i < n && text[i] == '-') {
        negative = true;
        ++i;
    }
    if (i + 1 < n && (text[i] == 'R' || text[i] == 'r') &&
        (text[i + 1] == 'p' || text[i + 1] == 'P')) {
        i += 2;
        if (i < n && text[i] == '.') ++i; // "Rp." is common too
        while (i < n && text[i] == ' ') ++i;
    }
    if (i < n && text[i] == '-' && !negative) {
        negative = true;
        ++i;
    }
    std::size_t const digits_begin = i;
    // Digits, optionally grouped by dots in threes.
    std::uint64_t v = 0;
    std::size_t group = 0; // digits since the last dot
    bool grouped = false;
    bool any = false;
    constexpr std::uint64_t limit =
        static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    for (; i < n; ++i) {
        char const c = text[i];
        if (c >= '0' && c <= '9') {
            std::uint64_t const d = static_cast<std::uint64_t>(c - '0');
            if (v > (limit + (negative ? 1 : 0) - d) / 10)
                return fail("too large for a rupiah amount", digits_begin, errc::out_of_range);
            v = v * 10 + d;
            ++group;
            any = true;
            continue;
        }
        if (c == '.') {
            if (!any || (grouped ? group != 3 : group > 3))
                return fail("digits are grouped by dots in threes", i);
            grouped = true;
            group = 0;
            continue;
        }
        break;
    }
    if (!any) return fail("no digits", i);
    if (grouped && group != 3) return fail("digits are grouped by dots in threes", i);
    // A decimal comma may follow with zeros (",00") or a dash (",-"): no fractions.
    if (i < n && text[i] == ',') {
        ++i;
        if (i < n && text[i] == '-')
            ++i;
        else {
            std::size_t zeros = 0;
            while (i < n && text[i] == '0') ++i, ++zeros;
            if (zeros == 0 || (i < n && text[i] >= '1' && text[i] <= '9'))
                return fail("rupiah amounts are whole: no sen", i);
        }
    }
    while (i < n && text[i] == ' ') ++i;
    if (i != n) return fail("unexpected character", i);
    if (negative) {
        if (v == limit + 1) return rupiah(std::numeric_limits<std::int64_t>::min());
        return rupiah(-static_cast<std::int64_t>(v));
    }
    return rupiah(static_cast<std::int64_t>(v));
}

inline std::string rupiah::to_string() const
{
    std::string out;
    append_to(out);
    return out;
}

inline void rupiah::append_to(std::string& out) const
{
    std::uint64_t v =
        value_ < 0 ? 0 - static_cast<std::uint64_t>(value_) : static_cast<std::uint64_t>(value_);
    // Digits from the right, a dot every three: "Rp1.500.000.000".
    char buf[40];
    char* p = buf + sizeof buf;
    int count = 0;
    do {
        if (count != 0 && count % 3 == 0) *--p = '.';
        *--p = static_cast<char>('0' + v % 10);
        v /= 10;
        ++count;
    } while (v != 0);
    *--p = 'p';
    *--p = 'R';
    if (value_ < 0) *--p = '-';
    out.append(p, static_cast<std::size_t>(buf + sizeof buf - p));
}

} // namespace sentra

template <>
struct std::hash<sentra::rupiah> {
    std::size_t operator()(sentra::rupiah const& r) const noexcept
    {
        return std::hash<std::int64_t>{}(r.value());
    }
};
