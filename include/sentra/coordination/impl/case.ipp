// sentra/coordination/impl/case.ipp — the definitions of sentra/coordination/case.hpp's
// functions: one log entry applied to a case's state, by the lifecycle table. Included by the
// header when sentra is header-only, compiled once in the library otherwise (sentra/src.hpp).
#pragma once

#include <sentra/coordination/case.hpp>

namespace sentra {

namespace detail {

SENTRA_DECL std::string status_name(case_status s)
{
    char const* n = boost::describe::enum_to_string(s, "?");
    return n;
}

SENTRA_DECL std::string action_name(case_action a)
{
    char const* n = boost::describe::enum_to_string(a, "?");
    return n;
}

} // namespace detail

} // namespace sentra

namespace sentra {

SENTRA_DECL result<void> apply(case_state& s, log_entry const& e, log_entry const* previous,
                          case_rules const& rules)
{
    auto fail = [](errc code, message_id why, std::vector<message_arg> args = {}) {
        return make_error(code, why, std::move(args));
    };
    if (previous == nullptr) {
        if (e.action != case_action::report)
            return fail(errc::illegal_transition, "case.starts_with_report");
        s = case_state{};
        s.reported_at = e.at;
        return {};
    }
    if (e.action == case_action::report)
        return fail(errc::illegal_transition, "case.reported_once");
    if (e.at < previous->at)
        return fail(errc::out_of_order, "case.before_previous",
                    {{"at", e.at.to_string()}, {"previous", previous->at.to_string()}});
    auto const next = next_status(s.status, e.action);
    if (!next)
        return fail(errc::illegal_transition, "case.transition",
                    {{"action", label_of(e.action)},
                     {"status", label_of(s.status)},
                     {"target", label_of(target_of(e.action))}});
    switch (e.action) {
    case case_action::hold:
        if (!e.reason || e.reason->empty()) return fail(errc::missing_key, "case.hold_reason");
        s.before_hold = s.status;
        break;
    case case_action::assign:
    case case_action::reroute:
        if (!e.agency) return fail(errc::missing_key, "case.assign_agency");
        if (e.action == case_action::reroute && (!e.reason || e.reason->empty()))
            return fail(errc::missing_key, "case.reroute_reason");
        s.lead_agency = e.agency;
        break;
    case case_action::escalate:
        if (!e.agency && !e.level)
            return fail(errc::missing_key, "case.escalate_target");
        if (e.agency) s.lead_agency = e.agency;
        s.escalation_level = e.level ? *e.level : s.escalation_level + 1;
        break;
    case case_action::reopen:
        if (!s.resolved_at || e.at.utc() - s.resolved_at->utc() > rules.reopen_window)
            return fail(errc::illegal_transition, "case.reopen_window");
        s.resolved_at.reset();
        break;
    case case_action::add_task:
        if (!e.agency || !e.task || e.task->empty())
            return fail(errc::missing_key, "case.task_fields");
        s.tasks.push_back({*e.agency, *e.task, e.state.value_or(task_state::open)});
        break;
    case case_action::update_task:
        if (!e.task_index || *e.task_index >= s.tasks.size() || !e.state)
            return fail(errc::invalid_value, "case.task_update");
        s.tasks[*e.task_index].state = *e.state;
        break;
    case case_action::resolve:
        s.resolved_at = e.at;
        break;
    case case_action::close:
        s.closed_at = e.at;
        break;
    case case_action::respond:
    case case_action::reporter_reply:
        if (!e.note || e.note->empty())
            return fail(errc::missing_key,
                        e.action == case_action::respond ? message_id("case.response_note")
                                                         : message_id("case.reply_note"));
        break;
    default:
        break;
    }
    if (e.action == case_action::resume) {
        s.status = s.before_hold.value_or(case_status::assigned);
        s.before_hold.reset();
    } else {
        s.status = *next;
    }
    return {};
}

} // namespace sentra
