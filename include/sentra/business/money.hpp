// sentra/business/money.hpp — rupiah amounts, on integers.
//
// Whole rupiah in a signed 64-bit integer (sen are not used in practice). Parses what
// people write — `1000000000`, `1.000.000.000`, `Rp1.000.000.000`, `Rp 1.000.000.000,00`,
// `Rp1.000.000,-` — and refuses malformed grouping, fractions of a rupiah and overflow.
// Arithmetic is checked: there is no silent wrap-around.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/detail/literal_error.hpp>
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

    // What people type into a spreadsheet, beside what parse() reads: a word for the
    // magnitude (`Rp1,5 juta`, `1,5 jt`, `750 rb`, `2 M`, `1,2 miliar`; ribu/rb, juta/jt,
    // miliar/milyar/M, triliun/T) with a decimal comma before it, grouping by commas in
    // threes as an English-locale sheet writes it (`1,500,000`), no-break spaces. A form
    // that could be read two ways is refused, not guessed: `1,500` (1.5 or 1500?) and
    // `1.5 jt` (a dot groups thousands in Indonesian); so is a spreadsheet's `1.5E+06`.
    static result<rupiah> parse_informal(std::string_view text);

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
        literal_error::rupiah_literal_out_of_range();
    return rupiah(static_cast<std::int64_t>(whole));
}
} // namespace literals

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

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/business/impl/money.ipp>
#endif
