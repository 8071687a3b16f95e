// sentra/coordination/clocks.hpp — the three clocks of a case as SP4N-LAPOR! runs them, at
// an injected "now": forward (from the report to its forwarding), follow-up (from each time
// an agency receives the case to its answer to the reporter) and resolution (from the
// report, and again from a reopening, to the resolution). Days on hold do not count. For a
// closed case, deadlines_kept says whether and by how many days each deadline was kept.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/coordination/calendar.hpp>
#include <sentra/coordination/case.hpp>
#include <sentra/coordination/deadline_policy.hpp>
#include <sentra/date.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>
#include <sentra/timestamp.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace sentra {

enum class deadline_kind : unsigned char { forward, follow_up, resolution };
BOOST_DESCRIBE_ENUM(deadline_kind, forward, follow_up, resolution)

constexpr std::string_view to_label(deadline_kind k, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"forwarding", "verifikasi dan penerusan"},
                                    {"follow-up", "tindak lanjut"},
                                    {"resolution", "penyelesaian"}};
    return detail::label_at(labels, k, language);
}

// How a clock ended: still running, met, handed on to another agency (a reroute before the
// follow-up), or stopped because the case ended another way (rejected, withdrawn, ...).
enum class clock_outcome : unsigned char { running, met, handed_on, stopped };
BOOST_DESCRIBE_ENUM(clock_outcome, running, met, handed_on, stopped)

constexpr std::string_view to_label(clock_outcome o, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"running", "berjalan"},
                                    {"met", "terpenuhi"},
                                    {"handed on", "dialihkan"},
                                    {"stopped", "dihentikan"}};
    return detail::label_at(labels, o, language);
}

struct deadline_clock {
    deadline_kind kind = deadline_kind::forward;
    std::size_t started_by = 0; // the log entry that started it
    std::optional<agency_id> agency = {}; // the agency whose clock it is (none: the administrator)
    period allowed = {};
    date start;
    date due; // the last day, held days added
    std::int64_t held = 0; // days on hold (of the period's kind), not counted
    clock_outcome outcome = clock_outcome::running;
    std::optional<std::size_t> ended_by = {}; // the entry that met, handed on or stopped it
    std::optional<date> ended = {};
    // Days of the period's kind from the day it ended (while running: the day judged) to its
    // last day: 3 when it ended 3 working days early, 0 on the last day, -2 two days late.
    std::int64_t margin = 0;

    // Met on or before its last day.
    bool met_on_time() const noexcept
    {
        return outcome == clock_outcome::met && ended && *ended <= due;
    }
};

struct case_deadlines {
    std::string policy_version;
    time_zone zone;
    std::vector<deadline_clock> clocks; // in the order they started

    // The latest clock of a kind, if one ever started.
    deadline_clock const* latest(deadline_kind kind) const noexcept
    {
        for (auto it = clocks.rbegin(); it != clocks.rend(); ++it)
            if (it->kind == kind) return &*it;
        return nullptr;
    }
};

namespace detail {

// An entry that answers the reporter: meets the follow-up clock.
inline bool answers_reporter(log_entry const& e) noexcept
{
    return e.action == case_action::respond || e.action == case_action::resolve ||
           (e.action == case_action::start_coordination && e.note && !e.note->empty());
}
// An entry that hands the case to an agency: starts a follow-up clock.
inline bool hands_to_agency(log_entry const& e) noexcept
{
    return e.action == case_action::assign || e.action == case_action::reroute ||
           (e.action == case_action::escalate && e.agency.has_value());
}

struct hold_span {
    date from;
    date to;
};

// The hold spans of a log (a hold still running ends at `today`).
template <class Topic>
std::vector<hold_span> holds(basic_case<Topic> const& c, working_calendar const& calendar,
                             date const& today)
{
    std::vector<hold_span> out;
    std::optional<date> open;
    for (auto const& e : c.log) {
        if (e.action == case_action::hold)
            open = calendar.local_date(e.at);
        else if (open && (e.action == case_action::resume || e.action == case_action::withdraw)) {
            out.push_back({*open, calendar.local_date(e.at)});
            open.reset();
        }
    }
    if (open) out.push_back({*open, std::max(*open, today)});
    return out;
}

SENTRA_DECL void settle(deadline_clock& k, std::vector<hold_span> const& spans,
                   working_calendar const& calendar, date const& today);

// A `now` before the case's last entry would judge clocks by entries not yet made: a usage
// error, not "nothing overdue".
template <class Topic>
std::optional<error> now_before_log(basic_case<Topic> const& c, timestamp const& now)
{
    // Instants compared, whatever offsets they are written in.
    if (c.log.empty() || now.utc() >= c.log.back().at.utc()) return std::nullopt;
    bool const before_report = now.utc() < c.log.front().at.utc();
    return make_error(errc::invalid_argument,
                      before_report ? message_id("case.now_before_report")
                                    : message_id("case.now_before_last"),
                      {{"now", now.to_string()},
                       {"at", (before_report ? c.log.front().at : c.log.back().at).to_string()}});
}

} // namespace detail

// Every clock of a case at `now` (a running hold counts up to `now`); the log must replay.
template <class Topic>
result<case_deadlines> deadlines(basic_case<Topic> const& c,
                                 basic_deadline_policy<Topic> const& policy,
                                 working_calendar const& calendar, timestamp const& now)
{
    if (auto bad = detail::now_before_log(c, now)) return *bad;
    auto state = replay(c);
    if (!state) return state.error();
    auto const& rule = policy.rule_for(c.topic, c.priority);
    date const today = calendar.local_date(now);
    case_deadlines out;
    out.policy_version = policy.version;
    out.zone = calendar.zone();
    std::optional<agency_id> lead;
    auto start = [&](deadline_kind kind, period allowed, std::size_t i,
                     std::optional<agency_id> whose) {
        deadline_clock k;
        k.kind = kind;
        k.started_by = i;
        k.agency = std::move(whose);
        k.allowed = allowed;
        k.start = calendar.local_date(c.log[i].at);
        out.clocks.push_back(std::move(k));
    };
    auto end = [&](deadline_kind kind, clock_outcome how, std::size_t i) {
        for (auto& k : out.clocks)
            if (k.kind == kind && k.outcome == clock_outcome::running) {
                k.outcome = how;
                k.ended_by = i;
                k.ended = calendar.local_date(c.log[i].at);
            }
    };
    for (std::size_t i = 0; i < c.log.size(); ++i) {
        auto const& e = c.log[i];
        switch (e.action) {
        case case_action::report:
            start(deadline_kind::forward, rule.forward, i, std::nullopt);
            start(deadline_kind::resolution, rule.resolution, i, std::nullopt);
            break;
        case case_action::reject: // a verification outcome: the administrator acted
            end(deadline_kind::forward, clock_outcome::met, i);
            end(deadline_kind::follow_up, clock_outcome::stopped, i);
            end(deadline_kind::resolution, clock_outcome::stopped, i);
            break;
        case case_action::withdraw:
        case case_action::mark_duplicate:
        case case_action::close:
            end(deadline_kind::forward, clock_outcome::stopped, i);
            end(deadline_kind::follow_up, clock_outcome::stopped, i);
            end(deadline_kind::resolution, clock_outcome::stopped, i);
            break;
        case case_action::reopen:
            start(deadline_kind::follow_up, rule.follow_up, i, lead);
            start(deadline_kind::resolution, rule.resolution, i, lead);
            break;
        default:
            break;
        }
        if (detail::hands_to_agency(e)) {
            lead = e.agency;
            end(deadline_kind::forward, clock_outcome::met, i);
            end(deadline_kind::follow_up, clock_outcome::handed_on, i);
            start(deadline_kind::follow_up, rule.follow_up, i, lead);
        }
        if (detail::answers_reporter(e)) end(deadline_kind::follow_up, clock_outcome::met, i);
        if (e.action == case_action::resolve) {
            end(deadline_kind::forward, clock_outcome::met, i); // settled at verification
            end(deadline_kind::resolution, clock_outcome::met, i);
        }
    }
    auto const spans = detail::holds(c, calendar, today);
    for (auto& k : out.clocks) detail::settle(k, spans, calendar, today);
    return out;
}

// How a case kept its deadlines, judged on the day of its last entry: for a closed case every
// clock has ended, and met_on_time() and `margin` say whether and by how many days (of the
// period's kind: working days for most rules) each deadline was kept.
template <class Topic>
result<case_deadlines> deadlines_kept(basic_case<Topic> const& c,
                                      basic_deadline_policy<Topic> const& policy,
                                      working_calendar const& calendar)
{
    if (c.log.empty())
        return make_error(errc::empty_value, "case.no_log");
    return deadlines(c, policy, calendar, c.log.back().at);
}

} // namespace sentra

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/coordination/impl/clocks.ipp>
#endif
