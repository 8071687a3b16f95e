// sentra/coordination/deadlines.hpp — response and resolution deadlines in working days
// (Monday to Friday, less an injected holiday calendar), with time on hold not counted,
// and overdue detection at an injected "now".
//
// For reference, SP4N-LAPOR! publishes 3 working days to verify and forward a report and
// 5 for the agency's follow-up; Perpres 76/2013 sets at most 60 days for settling a public
// service complaint. `deadline_policy::lapor()` uses 3 and 5; programmes set their own
// per topic and priority.
#pragma once

#include <sentra/coordination/case.hpp>
#include <sentra/date.hpp>
#include <sentra/lang.hpp>
#include <sentra/timestamp.hpp>

#include <boost/describe/class.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace sentra {

struct working_calendar {
    std::vector<date> holidays = {}; // national and regional holidays, cuti bersama

    bool is_working_day(date const& d) const
    {
        std::chrono::weekday const wd{d.days()};
        if (wd == std::chrono::Saturday || wd == std::chrono::Sunday) return false;
        return std::find(holidays.begin(), holidays.end(), d) == holidays.end();
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
    // Working days in (from, to]; 0 when to <= from.
    std::int64_t working_days_between(date const& from, date const& to) const
    {
        std::int64_t n = 0;
        for (auto d = from.days() + std::chrono::days{1}; d <= to.days(); d += std::chrono::days{1})
            if (is_working_day(date(std::chrono::year_month_day{d}))) ++n;
        return n;
    }
    friend bool operator==(working_calendar const&, working_calendar const&) = default;
};
BOOST_DESCRIBE_STRUCT(working_calendar, (), (holidays))

template <class Topic = case_topic>
struct basic_deadline_rule {
    std::optional<Topic> topic = {};
    std::optional<case_priority> priority = {};
    std::uint32_t response_days = 3;   // working days to assign
    std::uint32_t resolution_days = 5; // working days to resolve
    friend bool operator==(basic_deadline_rule const&, basic_deadline_rule const&) = default;
    BOOST_DESCRIBE_CLASS(basic_deadline_rule, (), (topic, priority, response_days, resolution_days),
                         (), ())
};

template <class Topic = case_topic>
struct basic_deadline_policy {
    std::vector<basic_deadline_rule<Topic>> rules = {};
    basic_deadline_rule<Topic> fallback = {};

    // SP4N-LAPOR!'s published figures: 3 working days to forward, 5 to follow up.
    static basic_deadline_policy lapor() { return {{}, {{}, {}, 3, 5}}; }

    // The most specific rule: topic and priority, then topic, then priority, else fallback.
    basic_deadline_rule<Topic> const& rule_for(Topic topic, case_priority priority) const
    {
        basic_deadline_rule<Topic> const* best = &fallback;
        int best_score = -1;
        for (auto const& r : rules) {
            if ((r.topic && *r.topic != topic) || (r.priority && *r.priority != priority)) continue;
            int const score = (r.topic ? 2 : 0) + (r.priority ? 1 : 0);
            if (score > best_score) {
                best_score = score;
                best = &r;
            }
        }
        return *best;
    }
    BOOST_DESCRIBE_CLASS(basic_deadline_policy, (), (rules, fallback), (), ())
};

using deadline_policy = basic_deadline_policy<case_topic>;

struct case_deadlines {
    date reported;
    date response_due;   // by when the case is to be assigned
    date resolution_due; // by when it is to be resolved
    std::int64_t held_working_days = 0;
};

// The deadlines of a case at `now` (holds still running count up to `now`).
template <class Topic>
result<case_deadlines> deadlines(basic_case<Topic> const& c,
                                 basic_deadline_policy<Topic> const& policy,
                                 working_calendar const& calendar, timestamp const& now)
{
    auto state = replay(c);
    if (!state) return state.error();
    date const reported = c.log.front().at.local_date();
    std::int64_t held = 0;
    std::optional<date> hold_start;
    for (auto const& e : c.log) {
        if (e.action == case_action::hold)
            hold_start = e.at.local_date();
        else if (hold_start &&
                 (e.action == case_action::resume || e.action == case_action::withdraw)) {
            held += calendar.working_days_between(*hold_start, e.at.local_date());
            hold_start.reset();
        }
    }
    if (hold_start) held += calendar.working_days_between(*hold_start, now.local_date());
    auto const& rule = policy.rule_for(c.topic, c.priority);
    case_deadlines d;
    d.reported = reported;
    d.held_working_days = held;
    d.response_due =
        calendar.add_working_days(reported, rule.response_days + static_cast<std::uint32_t>(held));
    d.resolution_due = calendar.add_working_days(reported, rule.resolution_days +
                                                               static_cast<std::uint32_t>(held));
    return d;
}

enum class deadline_kind : unsigned char { response, resolution };
BOOST_DESCRIBE_ENUM(deadline_kind, response, resolution)

constexpr std::string_view to_label(deadline_kind k, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"response", "tanggapan"}, {"resolution", "penyelesaian"}};
    return detail::label_at(labels, k, language);
}

struct overdue_finding {
    deadline_kind missed = deadline_kind::response;
    date due;
    std::int64_t working_days_late = 0;
    // The escalation to suggest: one level above the case's present one (1: the camat,
    // 2: the wali kota, ...).
    std::uint32_t suggested_level = 1;
};

// Whether the case is overdue at `now`: not yet assigned after the response deadline, or
// not resolved after the resolution deadline. Closed cases (coarse status) are never
// overdue; a case on hold is judged with its hold not counted.
template <class Topic>
result<std::optional<overdue_finding>>
overdue(basic_case<Topic> const& c, basic_deadline_policy<Topic> const& policy,
        working_calendar const& calendar, timestamp const& now)
{
    auto state = replay(c);
    if (!state) return state.error();
    if (coarse(state->status) == coarse_status::closed) return std::optional<overdue_finding>{};
    auto d = deadlines(c, policy, calendar, now);
    if (!d) return d.error();
    date const today = now.local_date();
    bool const assigned = std::any_of(c.log.begin(), c.log.end(), [](log_entry const& e) {
        return e.action == case_action::assign || e.action == case_action::reroute;
    });
    overdue_finding f;
    f.suggested_level = state->escalation_level + 1;
    if (!assigned && today > d->response_due) {
        f.missed = deadline_kind::response;
        f.due = d->response_due;
    } else if (today > d->resolution_due) {
        f.missed = deadline_kind::resolution;
        f.due = d->resolution_due;
    } else {
        return std::optional<overdue_finding>{};
    }
    f.working_days_late = calendar.working_days_between(f.due, today);
    return std::optional<overdue_finding>{f};
}

} // namespace sentra
