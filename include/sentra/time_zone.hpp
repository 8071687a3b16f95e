// sentra/time_zone.hpp — the time zone a programme counts its days in: a fixed offset from
// UTC with its name. Working days and deadlines are dates in this zone, whatever offset a
// time happens to be written with ("2019-12-31T03:00:00+07:00" and "2019-12-30T20:00:00Z"
// are the same instant and fall on the same day in WIB).
//
// Indonesia's three zones (WIB +07, WITA +08, WIT +09) keep no daylight saving, so a fixed
// offset is the whole rule; a zone with daylight saving is not modelled (give the offset
// the programme works in). Which province is in which zone: sentra/region/time_zones.hpp.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/date.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>
#include <sentra/timestamp.hpp>

#include <array>
#include <chrono>
#include <cstdlib>
#include <ostream>
#include <string>
#include <string_view>

namespace sentra {

class time_zone {
public:
    // UTC.
    constexpr time_zone() noexcept = default;

    // Waktu Indonesia Barat, Tengah, Timur (Keppres 41/1987).
    static constexpr time_zone wib() noexcept { return time_zone(420, 1); }
    static constexpr time_zone wita() noexcept { return time_zone(480, 2); }
    static constexpr time_zone wit() noexcept { return time_zone(540, 3); }
    static constexpr time_zone utc() noexcept { return time_zone(0, 0); }
    // A zone by its offset (-14:00 to +14:00, whole minutes); named when it is one of the
    // zones above.
    static result<time_zone> from_offset(int offset_minutes)
    {
        if (offset_minutes < -14 * 60 || offset_minutes > 14 * 60)
            return make_error(errc::out_of_range, "time.offset_range",
                              {{"minutes", offset_minutes}});
        for (std::size_t i = 0; i < names.size(); ++i)
            if (named_offsets[i] == offset_minutes) return time_zone(offset_minutes, i);
        return time_zone(offset_minutes, no_name);
    }

    // "WIB", "WITA", "WIT", "UTC" (any case), or an offset "+07:00", "-05:30", "Z".
    static result<time_zone> parse(std::string_view text)
    {
        auto fail = [&] {
            return make_error(errc::invalid_value, "time.zone_form", {{"input", quote_input(text)}});
        };
        auto upper = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; };
        for (std::size_t i = 0; i < names.size(); ++i) {
            std::string_view const n = names[i];
            if (n.size() != text.size()) continue;
            bool same = true;
            for (std::size_t k = 0; k < n.size(); ++k) same = same && upper(text[k]) == n[k];
            if (same) return time_zone(named_offsets[i], i);
        }
        if (text == "Z" || text == "z") return utc();
        if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':') return fail();
        auto digit = [&](std::size_t at) { return text[at] >= '0' && text[at] <= '9'; };
        if (!digit(1) || !digit(2) || !digit(4) || !digit(5)) return fail();
        int const h = (text[1] - '0') * 10 + (text[2] - '0');
        int const m = (text[4] - '0') * 10 + (text[5] - '0');
        if (m > 59) return fail();
        auto z = from_offset((text[0] == '-' ? -1 : 1) * (h * 60 + m));
        if (!z) return fail();
        return z;
    }

    // The name when the zone has one ("WIB"), else the offset ("+05:30").
    std::string to_string() const
    {
        std::string out;
        append_to(out);
        return out;
    }
    // The same, appended to `out` (what writers call: no temporary).
    void append_to(std::string& out) const
    {
        if (name_ != no_name)
            out += names[name_];
        else
            append_offset(out);
    }
    // "+07:00".
    std::string offset_text() const
    {
        std::string out;
        append_offset(out);
        return out;
    }
    void append_offset(std::string& out) const
    {
        int const off = std::abs(offset_);
        char const text[6] = {offset_ < 0 ? '-' : '+',
                              static_cast<char>('0' + off / 600),
                              static_cast<char>('0' + off / 60 % 10),
                              ':',
                              static_cast<char>('0' + off % 60 / 10),
                              static_cast<char>('0' + off % 10)};
        out.append(text, 6);
    }

    constexpr int offset_minutes() const noexcept { return offset_; }

    // The date an instant falls on in this zone.
    date local_date(timestamp const& t) const noexcept
    {
        return date(std::chrono::year_month_day{
            std::chrono::floor<std::chrono::days>(t.utc() + std::chrono::minutes{offset_})});
    }
    // An instant written in this zone's offset (the same instant).
    constexpr timestamp in_zone(timestamp const& t) const noexcept
    {
        return timestamp(t.utc(), offset_);
    }
    // The instant at `time_of_day` on `d` in this zone, written in its offset:
    // `time_zone::wib().at("2024-03-01", 9h + 30min)` is 2024-03-01T09:30:00+07:00. A time
    // past 24h counts on into the following days, as std::chrono arithmetic does.
    constexpr timestamp at(date const& d, std::chrono::seconds time_of_day) const noexcept
    {
        auto const local = std::chrono::sys_seconds(d.days()) + time_of_day;
        return timestamp(local - std::chrono::minutes{offset_}, offset_);
    }
    // The last second of a date in this zone: a deadline that falls on `d` runs until then.
    constexpr timestamp end_of(date const& d) const noexcept
    {
        auto const local = d.days() + std::chrono::days{1} - std::chrono::seconds{1};
        return timestamp(local - std::chrono::minutes{offset_}, offset_);
    }

    friend constexpr bool operator==(time_zone const&, time_zone const&) = default;
    friend std::ostream& operator<<(std::ostream& os, time_zone const& z)
    {
        return os << z.to_string();
    }

private:
    static constexpr std::size_t no_name = 255;
    static constexpr std::array<std::string_view, 4> names{"UTC", "WIB", "WITA", "WIT"};
    static constexpr std::array<int, 4> named_offsets{0, 420, 480, 540};

    constexpr time_zone(int offset, std::size_t name) noexcept
        : offset_(offset), name_(static_cast<unsigned char>(name))
    {
    }

    int offset_ = 0;
    unsigned char name_ = 0; // an index into `names`, or no_name
};

// "Waktu Indonesia Barat (WIB, UTC+07:00)" / "Western Indonesia Time (WIB, UTC+07:00)".
SENTRA_DECL std::string to_label(time_zone const& z, lang language = lang::en);

} // namespace sentra

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/impl/time_zone.ipp>
#endif
