// sentra/date.hpp — a calendar date as a value type, read and written as ISO 8601
// "YYYY-MM-DD", over std::chrono::year_month_day.
#pragma once

#include <sentra/detail/defect_messages.hpp>
#include <sentra/detail/literal_error.hpp>
#include <sentra/error.hpp>

#include <chrono>
#include <compare>
#include <cstdio>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace sentra {

namespace detail {
struct date_text {
    std::chrono::year_month_day ymd{};
    std::string_view defect; // "" when the text is a date
};
// The one reading of "YYYY-MM-DD", for parse() and for literals.
constexpr date_text parse_date_text(std::string_view text) noexcept
{
    date_text out;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        out.defect = "a date is written YYYY-MM-DD";
        return out;
    }
    int v[3] = {0, 0, 0};
    std::size_t const begin[3] = {0, 5, 8};
    std::size_t const len[3] = {4, 2, 2};
    for (int k = 0; k < 3; ++k)
        for (std::size_t i = 0; i < len[k]; ++i) {
            char const c = text[begin[k] + i];
            if (c < '0' || c > '9') {
                out.defect = "a date is written YYYY-MM-DD";
                return out;
            }
            v[k] = v[k] * 10 + (c - '0');
        }
    if (v[0] < 1000) {
        out.defect = "the year must be 1000 or later";
        return out;
    }
    out.ymd = std::chrono::year_month_day(std::chrono::year{v[0]},
                                          std::chrono::month{static_cast<unsigned>(v[1])},
                                          std::chrono::day{static_cast<unsigned>(v[2])});
    if (!out.ymd.ok()) out.defect = "no such date";
    return out;
}
} // namespace detail

class date {
public:
    date() = default; // 1970-01-01
    constexpr date(std::chrono::year_month_day ymd) noexcept : ymd_(ymd) {}
    constexpr date(int y, unsigned m, unsigned d) noexcept
        : ymd_(std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d})
    {
    }

    // A literal, checked at compile time: `date d = "2024-03-01";`
    template <std::size_t N>
    consteval date(char const (&text)[N])
    {
        detail::date_text const t = detail::parse_date_text(std::string_view(text, N - 1));
        if (!t.defect.empty()) detail::literal_defect(t.defect);
        ymd_ = t.ymd;
    }

    // "2019-12-17"; the date must exist (no 2019-02-30) and the year be 1000 to 9999.
    static result<date> parse(std::string_view text)
    {
        detail::date_text const t = detail::parse_date_text(text);
        if (!t.defect.empty())
            return detail::defect_error(errc::invalid_value, text, t.defect);
        return date(t.ymd);
    }

    std::string to_string() const
    {
        int const y = static_cast<int>(ymd_.year());
        auto const m = static_cast<unsigned>(ymd_.month());
        auto const d = static_cast<unsigned>(ymd_.day());
        if (y >= 0 && y <= 9999 && m <= 99 && d <= 99) { // the common case, without printf
            auto const digit = [](unsigned v) { return static_cast<char>('0' + v % 10); };
            auto const uy = static_cast<unsigned>(y);
            return {digit(uy / 1000),
                    digit(uy / 100),
                    digit(uy / 10),
                    digit(uy),
                    '-',
                    digit(m / 10),
                    digit(m),
                    '-',
                    digit(d / 10),
                    digit(d)};
        }
        char buf[24];
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
        return buf;
    }

    // The same, appended to `out` (what writers call: no temporary).
    void append_to(std::string& out) const
    {
        int const y = static_cast<int>(ymd_.year());
        if (y < 0 || y > 9999) {
            out += to_string();
            return;
        }
        auto const m = static_cast<unsigned>(ymd_.month());
        auto const d = static_cast<unsigned>(ymd_.day());
        auto const uy = static_cast<unsigned>(y);
        char const text[10] = {static_cast<char>('0' + uy / 1000),  static_cast<char>('0' + uy / 100 % 10),
                               static_cast<char>('0' + uy / 10 % 10), static_cast<char>('0' + uy % 10),
                               '-', static_cast<char>('0' + m / 10 % 10), static_cast<char>('0' + m % 10),
                               '-', static_cast<char>('0' + d / 10 % 10), static_cast<char>('0' + d % 10)};
        out.append(text, 10);
    }

    constexpr std::chrono::year_month_day ymd() const noexcept { return ymd_; }
    constexpr std::chrono::sys_days days() const noexcept { return std::chrono::sys_days(ymd_); }

    friend constexpr bool operator==(date const&, date const&) = default;
    friend constexpr auto operator<=>(date const& a, date const& b) noexcept
    {
        return a.days() <=> b.days();
    }
    friend std::ostream& operator<<(std::ostream& os, date const& d) { return os << d.to_string(); }

private:
    std::chrono::year_month_day ymd_{std::chrono::year{1970}, std::chrono::month{1},
                                     std::chrono::day{1}};
};

// The names of the months, January first.
inline constexpr bilingual month_names[12] = {
    {"January", "Januari"},     {"February", "Februari"}, {"March", "Maret"},
    {"April", "April"},         {"May", "Mei"},           {"June", "Juni"},
    {"July", "Juli"},           {"August", "Agustus"},    {"September", "September"},
    {"October", "Oktober"},     {"November", "November"}, {"December", "Desember"}};

// A date as people write it: "17 Desember 2019", "17 December 2019" (to_string() is the
// ISO form that data and JSON use).
inline std::string format_date(date const& d, lang language)
{
    auto const ymd = d.ymd();
    auto const m = static_cast<unsigned>(ymd.month());
    std::string out = std::to_string(static_cast<unsigned>(ymd.day()));
    out += ' ';
    out += m >= 1 && m <= 12 ? month_names[m - 1].in(language) : std::string_view("?");
    out += ' ';
    out += std::to_string(static_cast<int>(ymd.year()));
    return out;
}

} // namespace sentra

template <>
struct std::hash<sentra::date> {
    std::size_t operator()(sentra::date const& d) const noexcept
    {
        return std::hash<long>{}(static_cast<long>(d.days().time_since_epoch().count()));
    }
};
