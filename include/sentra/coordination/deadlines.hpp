// sentra/coordination/deadlines.hpp — the clocks of a case as SP4N-LAPOR! runs them, in
// the programme's time zone, and what is due at an injected "now": which cases are late
// (and the next step of the programme's escalation chain), and which are due to be
// completed because the reporter has not answered a follow-up.
//
// Three clocks (docs/cases.md, "Deadlines"):
// - forward: from the report, the administrator verifies and forwards it (assign);
// - follow-up: from each time an agency receives the case (assign, reroute, an escalation
//   to another agency, a reopening), that agency answers the reporter (respond, or a
//   start of coordination or a resolution with a note) — a new agency's clock starts anew;
// - resolution: from the report (and again from a reopening), the case is resolved.
// Days are working days (Monday to Friday less the calendar's holidays) or calendar days,
// as the policy says; days on hold do not count. Policies are data, versioned like the
// routing rules; `deadline_policy::lapor()` holds SP4N-LAPOR!'s figures.
#pragma once

#include <sentra/coordination/case.hpp>
#include <sentra/date.hpp>
#include <sentra/id.hpp>
#include <sentra/lang.hpp>
#include <sentra/time_zone.hpp>
#include <sentra/timestamp.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
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
inline std::string days_label(std::int64_t n, day_kind kind, lang language = lang::en)
{
    std::string_view unit = to_label(kind, language);
    if (language == lang::en && (n == 1 || n == -1)) unit.remove_suffix(1); // "days" -> "day"
    return detail::cat(std::to_string(n), " ", unit);
}

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

template <class Topic = case_topic>
struct basic_deadline_rule {
    std::optional<Topic> topic = {};
    std::optional<case_priority> priority = {};
    period forward = {3, day_kind::working};     // to verify and forward the report
    period follow_up = {5, day_kind::working};   // for the agency to answer the reporter
    period resolution = {60, day_kind::calendar}; // to resolve it
    friend bool operator==(basic_deadline_rule const&, basic_deadline_rule const&) = default;
    BOOST_DESCRIBE_CLASS(basic_deadline_rule, (),
                         (topic, priority, forward, follow_up, resolution), (), ())
};

// One step of a programme's escalation chain: who a late case goes to next. The chain is
// the programme's (for Depok: the head of the agency, the city secretary, the mayor); a
// camat coordinates but has no authority over a dinas, so is not a step above it.
struct escalation_step {
    std::string label_id; // "Kepala dinas"
    std::string label_en; // "Head of the agency"
    // Who: none is the head of the agency that holds the case.
    std::optional<agency_id> agency = {};

    std::string_view label(lang language = lang::id) const noexcept
    {
        return language == lang::en && !label_en.empty() ? label_en : label_id;
    }
    friend bool operator==(escalation_step const&, escalation_step const&) = default;
};
BOOST_DESCRIBE_STRUCT(escalation_step, (), (label_id, label_en, agency))

template <class Topic = case_topic>
struct basic_deadline_policy {
    std::string version;
    std::vector<basic_deadline_rule<Topic>> rules = {};
    basic_deadline_rule<Topic> fallback = {};
    // A case the agency has followed up, with no reply from the reporter for this long, is
    // due to be completed ("selesai").
    period completion_silence = {10, day_kind::calendar};
    std::vector<escalation_step> escalation = {};

    // SP4N-LAPOR!'s figures (docs/cases.md cites them): 3 working days to forward, 5 to
    // follow up, 60 days to resolve (Perpres 76/2013), 10 days of silence to complete.
    static basic_deadline_policy lapor()
    {
        basic_deadline_policy p;
        p.version = "sp4n-lapor";
        return p;
    }

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
    friend bool operator==(basic_deadline_policy const&, basic_deadline_policy const&) = default;
    BOOST_DESCRIBE_CLASS(basic_deadline_policy, (),
                         (version, rules, fallback, completion_silence, escalation), (), ())
};

using deadline_policy = basic_deadline_policy<case_topic>;

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

inline void settle(deadline_clock& k, std::vector<hold_span> const& spans,
                   working_calendar const& calendar, date const& today)
{
    date const until = k.ended ? *k.ended : today;
    k.held = 0;
    for (auto const& h : spans) {
        if (h.from < k.start || h.from >= until) continue;
        k.held += calendar.days_between(h.from, std::min(h.to, until), k.allowed.kind);
    }
    k.due = calendar.advance(
        k.start, period{k.allowed.days + static_cast<std::uint32_t>(k.held), k.allowed.kind});
    k.margin = until <= k.due ? calendar.days_between(until, k.due, k.allowed.kind)
                              : -calendar.days_between(k.due, until, k.allowed.kind);
}

// A `now` before the case's last entry would judge clocks by entries not yet made: a usage
// error, not "nothing overdue".
template <class Topic>
std::optional<error> now_before_log(basic_case<Topic> const& c, timestamp const& now)
{
    // Instants compared, whatever offsets they are written in.
    if (c.log.empty() || now.utc() >= c.log.back().at.utc()) return std::nullopt;
    bool const before_report = now.utc() < c.log.front().at.utc();
    return make_error(errc::invalid_argument,
                      cat("now (", now.to_string(), ") is before ",
                          before_report ? "the case was reported (" : "the case's last entry (",
                          (before_report ? c.log.front().at : c.log.back().at).to_string(),
                          "): deadlines are judged at or after the last entry"));
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
        return make_error(errc::empty_value, "the case has no log: no deadline has started");
    return deadlines(c, policy, calendar, c.log.back().at);
}

struct overdue_finding {
    deadline_kind missed = deadline_kind::forward;
    date due;
    period allowed = {};
    std::int64_t days_late = 0; // of the period's kind
    std::optional<agency_id> agency = {}; // whose clock (none: the administrator's)
    // The step to take: 0 is "forward it" (the administrator's clock); otherwise the level
    // of the programme's escalation chain above the case's present one, with that step
    // when the chain has it (none: the chain is exhausted, or the programme has none).
    std::uint32_t next_level = 0;
    std::optional<escalation_step> next_step = {};
};

// The clocks running past their last day at `now`: forwarding, follow-up, resolution. A case that is
// closed (coarse status) has none; a case on hold is judged with its hold not counted.
template <class Topic>
result<std::vector<overdue_finding>> overdue(basic_case<Topic> const& c,
                                             basic_deadline_policy<Topic> const& policy,
                                             working_calendar const& calendar,
                                             timestamp const& now)
{
    if (auto bad = detail::now_before_log(c, now)) return *bad;
    auto state = replay(c);
    if (!state) return state.error();
    std::vector<overdue_finding> out;
    if (coarse(state->status) == coarse_status::closed) return out;
    auto d = deadlines(c, policy, calendar, now);
    if (!d) return d.error();
    date const today = calendar.local_date(now);
    for (auto const& k : d->clocks) {
        if (k.outcome != clock_outcome::running || today <= k.due) continue;
        overdue_finding f;
        f.missed = k.kind;
        f.due = k.due;
        f.allowed = k.allowed;
        f.days_late = calendar.days_between(k.due, today, k.allowed.kind);
        f.agency = k.agency;
        if (k.kind != deadline_kind::forward) {
            f.next_level = state->escalation_level + 1;
            if (f.next_level <= policy.escalation.size())
                f.next_step = policy.escalation[f.next_level - 1];
        }
        out.push_back(std::move(f));
    }
    std::stable_sort(out.begin(), out.end(), [](overdue_finding const& a, overdue_finding const& b) {
        return a.missed < b.missed;
    });
    return out;
}

// A case the agency has followed up and the reporter has not answered for the policy's
// silence: due to be completed. The caller records `completion_entries` (nothing changes a
// case by itself).
struct completion_due {
    std::size_t followed_up_by = 0; // the log entry of the follow-up
    date followed_up;
    date due; // the day completion became due
    std::int64_t days_silent = 0; // of the policy's kind
    // What to record: resolve (unless resolved already), then close.
    std::vector<case_action> actions = {};
};

template <class Topic>
result<std::optional<completion_due>>
due_for_completion(basic_case<Topic> const& c, basic_deadline_policy<Topic> const& policy,
                   working_calendar const& calendar, timestamp const& now)
{
    if (auto bad = detail::now_before_log(c, now)) return *bad;
    auto state = replay(c);
    if (!state) return state.error();
    if (is_terminal(state->status) || state->status == case_status::on_hold)
        return std::optional<completion_due>{};
    // The last answer to the reporter since the agency that holds the case received it,
    // with no reply from the reporter after it.
    constexpr std::size_t none = static_cast<std::size_t>(-1); // (GCC 12 warns of optional here)
    std::size_t answer = none;
    for (std::size_t i = 0; i < c.log.size(); ++i) {
        auto const& e = c.log[i];
        if (detail::hands_to_agency(e) || e.action == case_action::reopen ||
            e.action == case_action::reporter_reply)
            answer = none;
        if (detail::answers_reporter(e)) answer = i;
    }
    if (answer == none) return std::optional<completion_due>{};
    date const today = calendar.local_date(now);
    deadline_clock k;
    k.allowed = policy.completion_silence;
    k.start = calendar.local_date(c.log[answer].at);
    detail::settle(k, detail::holds(c, calendar, today), calendar, today);
    if (today < k.due) return std::optional<completion_due>{};
    completion_due d;
    d.followed_up_by = answer;
    d.followed_up = k.start;
    d.due = k.due;
    d.days_silent = calendar.days_between(k.start, today, k.allowed.kind) - k.held;
    if (state->status != case_status::resolved) d.actions.push_back(case_action::resolve);
    d.actions.push_back(case_action::close);
    return std::optional<completion_due>{d};
}

// The entries that record a completion, at `at` by `actor`, each with a note that says why.
inline std::vector<log_entry> completion_entries(completion_due const& d, timestamp at,
                                                 std::string const& actor)
{
    std::vector<log_entry> out;
    for (auto a : d.actions) {
        log_entry e;
        e.at = at;
        e.actor = actor;
        e.action = a;
        e.note = detail::cat("no reply from the reporter since the follow-up of ",
                             d.followed_up.to_string(), " (", std::to_string(d.days_silent),
                             " days): completed by the programme's rule");
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace sentra
