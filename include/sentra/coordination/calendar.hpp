// sentra/coordination/calendar.hpp — days as deadlines count them: working days (Monday to
// Friday less the given holidays, in the programme's time zone) or calendar days, a period
// of either ("5 working days", "60 days"), and the calendar that counts them.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/date.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>
#include <sentra/time_zone.hpp>
#include <sentra/timestamp.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sentra {

enum class day_kind : unsigned char { working, calendar };
BOOST_DESCRIBE_ENUM(day_kind, working, calendar)

constexpr std::string_view to_label(day_kind k, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"working days", "hari kerja"}, {"days", "hari"}};
    return detail::label_at(labels, k, language);
}

// "1 working day", "5 working days", "60 hari": a count of days of a kind, for messages.
SENTRA_DECL std::string days_label(std::int64_t n, day_kind kind, lang language = lang::en);

// A length of time in whole days: "5 working days", "60 days".
struct period {
    std::uint32_t days = 0;
    day_kind kind = day_kind::working;
    friend bool operator==(period const&, period const&) = default;
};
BOOST_DESCRIBE_STRUCT(period, (), (days, kind))

// Working days in the programme's time zone: Monday to Friday, less the holidays (national
// holidays and cuti bersama change every year, so they are given, as dates in that zone).
class working_calendar {
public:
    explicit working_calendar(time_zone in, std::vector<date> holidays = {})
        : zone_(in), holidays_(std::move(holidays))
    {
        std::sort(holidays_.begin(), holidays_.end());
        holidays_.erase(std::unique(holidays_.begin(), holidays_.end()), holidays_.end());
    }

    time_zone const& zone() const noexcept { return zone_; }
    std::span<date const> holidays() const noexcept { return holidays_; }
    // The date of an instant in the calendar's zone.
    date local_date(timestamp const& t) const noexcept { return zone_.local_date(t); }

    bool is_working_day(date const& d) const
    {
        std::chrono::weekday const wd{d.days()};
        if (wd == std::chrono::Saturday || wd == std::chrono::Sunday) return false;
        return !std::binary_search(holidays_.begin(), holidays_.end(), d);
    }
    // The n-th working day after `from` (n = 0: `from` itself).
    date add_working_days(date const& from, std::uint32_t n) const
    {
        date d = from;
        while (n > 0) {
            d = date(std::chrono::year_month_day{d.days() + std::chrono::days{1}});
            if (is_working_day(d)) --n;
        }
        return d;
    }
    // `from` moved on by a period.
    date advance(date const& from, period const& p) const
    {
        if (p.kind == day_kind::working) return add_working_days(from, p.days);
        return date(std::chrono::year_month_day{from.days() + std::chrono::days{p.days}});
    }
    // Working days in (from, to]; 0 when to <= from.
    std::int64_t working_days_between(date const& from, date const& to) const
    {
        std::int64_t n = 0;
        for (auto d = from.days() + std::chrono::days{1}; d <= to.days(); d += std::chrono::days{1})
            if (is_working_day(date(std::chrono::year_month_day{d}))) ++n;
        return n;
    }
    // Days of a kind in (from, to]; 0 when to <= from.
    std::int64_t days_between(date const& from, date const& to, day_kind kind) const
    {
        if (kind == day_kind::working) return working_days_between(from, to);
        return std::max<std::int64_t>(0, (to.days() - from.days()).count());
    }

    friend bool operator==(working_calendar const&, working_calendar const&) = default;

private:
    time_zone zone_;
    std::vector<date> holidays_; // sorted, unique
};

} // namespace sentra

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/coordination/impl/calendar.ipp>
#endif
