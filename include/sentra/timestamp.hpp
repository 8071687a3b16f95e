// sentra/timestamp.hpp — an instant with the UTC offset it was written in, read and
// written as RFC 3339 ("2020-01-15T09:00:00+07:00"). Time is always given to sentra,
// never read from the system clock, so that results are reproducible.
#pragma once

#include <sentra/date.hpp>
#include <sentra/detail/defect_messages.hpp>
#include <sentra/error.hpp>

#include <chrono>
#include <compare>
#include <cstdlib>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace sentra {

namespace detail {
struct timestamp_text {
    std::chrono::sys_seconds utc{};
    int offset_minutes = 0;
    std::string_view defect; // "" when the text is a time
};
// The one reading of RFC 3339 text, for parse() and for literals.
constexpr timestamp_text parse_timestamp_text(std::string_view text) noexcept
{
    timestamp_text out;
    auto fail = [&] {
        out.defect = "a time is written YYYY-MM-DDThh:mm:ss+hh:mm (or Z)";
        return out;
    };
    if (text.size() < 20 || (text[10] != 'T' && text[10] != 't')) return fail();
    date_text const d = parse_date_text(text.substr(0, 10));
    if (!d.defect.empty()) return fail();
    auto num = [&](std::size_t at, int& v) {
        if (text[at] < '0' || text[at] > '9' || text[at + 1] < '0' || text[at + 1] > '9')
            return false;
        v = (text[at] - '0') * 10 + (text[at + 1] - '0');
        return true;
    };
    int h = 0, m = 0, s = 0;
    if (!num(11, h) || text[13] != ':' || !num(14, m) || text[16] != ':' || !num(17, s))
        return fail();
    if (h > 23 || m > 59 || s > 59) return fail();
    std::size_t const pos = 19;
    if (text[pos] == '.') {
        out.defect = "sentra keeps whole seconds; write the time without a fraction";
        return out;
    }
    int offset = 0;
    std::string_view const tz = text.substr(pos);
    if (tz == "Z" || tz == "z")
        offset = 0;
    else if (tz.size() == 6 && (tz[0] == '+' || tz[0] == '-') && tz[3] == ':') {
        int oh = 0, om = 0;
        if (!num(pos + 1, oh) || !num(pos + 4, om) || oh > 23 || om > 59) return fail();
        offset = (tz[0] == '-' ? -1 : 1) * (oh * 60 + om);
    } else {
        return fail();
    }
    auto const local = std::chrono::sys_days(d.ymd) + std::chrono::hours{h} +
                       std::chrono::minutes{m} + std::chrono::seconds{s};
    out.utc = local - std::chrono::minutes{offset};
    out.offset_minutes = offset;
    return out;
}
} // namespace detail

class timestamp {
public:
    timestamp() = default;
    // `utc` is the instant; `offset_minutes` only says how to write it (WIB is +420).
    constexpr timestamp(std::chrono::sys_seconds utc, int offset_minutes = 0) noexcept
        : utc_(utc), offset_(offset_minutes)
    {
    }

    // A literal, checked at compile time: `timestamp t = "2024-03-01T09:00:00+07:00";`
    template <std::size_t N>
    consteval timestamp(char const (&text)[N])
    {
        detail::timestamp_text const t = detail::parse_timestamp_text(std::string_view(text, N - 1));
        if (!t.defect.empty()) detail::literal_defect(t.defect);
        utc_ = t.utc;
        offset_ = t.offset_minutes;
    }

    // RFC 3339 with whole seconds: "2020-01-06T09:00:00+07:00" or "...Z".
    static result<timestamp> parse(std::string_view text)
    {
        detail::timestamp_text const t = detail::parse_timestamp_text(text);
        if (!t.defect.empty())
            return detail::defect_error(errc::invalid_value, text, t.defect);
        return timestamp(t.utc, t.offset_minutes);
    }

    // "2020-01-06T09:00:00+07:00", or "...Z" at offset zero.
    std::string to_string() const
    {
        std::string out;
        append_to(out);
        return out;
    }
    // The same, appended to `out` (what writers call: no temporary, no printf).
    void append_to(std::string& out) const
    {
        auto const local = utc_ + std::chrono::minutes{offset_};
        auto const day = std::chrono::floor<std::chrono::days>(local);
        std::chrono::hh_mm_ss const t{local - day};
        date(std::chrono::year_month_day{day}).append_to(out);
        auto const two = [](unsigned v, char* at) {
            at[0] = static_cast<char>('0' + v / 10 % 10);
            at[1] = static_cast<char>('0' + v % 10);
        };
        char text[15] = {'T', '0', '0', ':', '0', '0', ':', '0', '0'};
        two(static_cast<unsigned>(t.hours().count()), text + 1);
        two(static_cast<unsigned>(t.minutes().count()), text + 4);
        two(static_cast<unsigned>(t.seconds().count()), text + 7);
        if (offset_ == 0) {
            text[9] = 'Z';
            out.append(text, 10);
            return;
        }
        auto const off = offset_ < 0 ? 0u - static_cast<unsigned>(offset_) : static_cast<unsigned>(offset_);
        text[9] = offset_ < 0 ? '-' : '+';
        if (off / 60 > 99) { // no real offset (parse refuses it), written whole all the same
            out.append(text, 10);
            out += std::to_string(off / 60);
            two(off % 60, text + 13);
            out += ':';
            out.append(text + 13, 2);
            return;
        }
        two(off / 60, text + 10);
        text[12] = ':';
        two(off % 60, text + 13);
        out.append(text, 15);
    }

    constexpr std::chrono::sys_seconds utc() const noexcept { return utc_; }
    constexpr int offset_minutes() const noexcept { return offset_; }
    // The calendar date where it was written (local to its offset).
    date local_date() const noexcept
    {
        return date(std::chrono::year_month_day{
            std::chrono::floor<std::chrono::days>(utc_ + std::chrono::minutes{offset_})});
    }

    // Equal instants are equal whatever offset they were written in... but a round trip
    // must keep the offset, so equality compares both; ordering compares instants.
    friend constexpr bool operator==(timestamp const&, timestamp const&) = default;
    friend constexpr std::strong_ordering operator<=>(timestamp const& a,
                                                      timestamp const& b) noexcept
    {
        if (auto c = a.utc_ <=> b.utc_; c != 0) return c;
        return a.offset_ <=> b.offset_;
    }
    friend std::ostream& operator<<(std::ostream& os, timestamp const& t)
    {
        return os << t.to_string();
    }

private:
    std::chrono::sys_seconds utc_{};
    int offset_ = 0;
};

} // namespace sentra

// Hashes what equality compares: the instant and the offset.
template <>
struct std::hash<sentra::timestamp> {
    std::size_t operator()(sentra::timestamp const& t) const noexcept
    {
        auto const seconds = t.utc().time_since_epoch().count();
        return std::hash<long long>{}(static_cast<long long>(seconds) * 2048 + t.offset_minutes());
    }
};
