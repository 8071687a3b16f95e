// sentra/coordination/overdue.hpp — what is due at an injected "now": which clocks of a case
// are late, by how much and the next step of the programme's escalation chain (overdue),
// and whether a case is due to be completed because the reporter has not answered a
// follow-up (due_for_completion, completion_entries); both, case by case, as what_is_due.
// The results are described: io::json writes them.
#pragma once

#include <sentra/detail/config.hpp>
#include <sentra/coordination/calendar.hpp>
#include <sentra/coordination/case.hpp>
#include <sentra/coordination/clocks.hpp>
#include <sentra/coordination/deadline_policy.hpp>
#include <sentra/date.hpp>
#include <sentra/error.hpp>
#include <sentra/lang.hpp>
#include <sentra/timestamp.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sentra {

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
BOOST_DESCRIBE_STRUCT(overdue_finding, (),
                      (missed, due, allowed, days_late, agency, next_level, next_step))

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
BOOST_DESCRIBE_STRUCT(completion_due, (), (followed_up_by, followed_up, due, days_silent, actions))

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

enum class due_kind : unsigned char {
    overdue,    // a clock past its last day
    completion, // the reporter silent past the policy's silence
};
BOOST_DESCRIBE_ENUM(due_kind, overdue, completion)

constexpr std::string_view to_label(due_kind k, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"overdue", "terlambat"},
                                    {"due for completion", "waktunya ditutup"}};
    return detail::label_at(labels, k, language);
}

// One thing due in a case at "now", as a list of a programme's cases reports it: the case,
// and the finding of its kind (`overdue` or `completion` is there, as `finding` says).
struct due_finding {
    case_id case_; // in JSON "case"
    due_kind finding = due_kind::overdue;
    std::optional<overdue_finding> overdue = {};
    std::optional<completion_due> completion = {};
};
BOOST_DESCRIBE_STRUCT(due_finding, (), (case_, finding, overdue, completion))

// Everything due in `c` at `now`: its overdue clocks (as overdue() orders them), then its
// completion when due (due_for_completion). An error is the first either gave.
template <class Topic>
result<std::vector<due_finding>> what_is_due(basic_case<Topic> const& c,
                                             basic_deadline_policy<Topic> const& policy,
                                             working_calendar const& calendar,
                                             timestamp const& now)
{
    auto late = overdue(c, policy, calendar, now);
    if (!late) return late.error();
    std::vector<due_finding> out;
    for (auto& f : *late) out.push_back(due_finding{c.id, due_kind::overdue, std::move(f), {}});
    auto done = due_for_completion(c, policy, calendar, now);
    if (!done) return done.error();
    if (*done) out.push_back(due_finding{c.id, due_kind::completion, {}, std::move(**done)});
    return out;
}

// The entries that record a completion, at `at` by `actor`, each with a note that says why.
SENTRA_DECL std::vector<log_entry> completion_entries(completion_due const& d, timestamp at,
                                                 std::string const& actor);


} // namespace sentra

#if defined(SENTRA_HEADER_ONLY)
#include <sentra/coordination/impl/overdue.ipp>
#endif
