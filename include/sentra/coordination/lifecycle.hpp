// sentra/coordination/lifecycle.hpp — the states of a coordination case, the actions that
// move it, and the one table of allowed transitions (usable at compile time).
//
//   reported -> assigned -> in_coordination -> resolved -> closed
//   with on_hold (pauses deadline clocks), escalated, reopened (a resolved case, within a
//   window), and the ends rejected, withdrawn, duplicate. How these map to SP4N-LAPOR!'s
//   stages: docs/cases.md ("arsipkan" is rejected; "selesai" is closed).
#pragma once

#include <sentra/lang.hpp>

#include <boost/describe/enum.hpp>

#include <array>
#include <optional>
#include <string_view>

namespace sentra {

enum class case_status : unsigned char {
    reported,
    assigned,
    in_coordination,
    on_hold,
    resolved,
    closed,
    escalated,
    reopened,
    rejected,
    withdrawn,
    duplicate,
};
BOOST_DESCRIBE_ENUM(case_status, reported, assigned, in_coordination, on_hold, resolved, closed,
                    escalated, reopened, rejected, withdrawn, duplicate)

enum class case_action : unsigned char {
    report,             // creates the case
    assign,             // to the responsible agency
    start_coordination, // the agencies work on it together
    hold,               // with a reason; pauses the deadline clocks
    resume,             // back to the state before the hold
    resolve,
    close,
    escalate,       // functionally (another agency) or hierarchically (camat -> wali kota)
    reopen,         // a resolved case, within the reopening window
    reject,         // not a valid case
    withdraw,       // by the reporter
    mark_duplicate, // of another case
    reroute,        // "not our authority": to another agency
    note,           // a follow-up without a change of state
    add_task,       // a co-handling agency's task
    update_task,
    respond,        // the agency's follow-up to the reporter (tindak lanjut), with its text
    reporter_reply, // the reporter's answer to a follow-up (tanggapan pelapor)
};
BOOST_DESCRIBE_ENUM(case_action, report, assign, start_coordination, hold, resume, resolve, close,
                    escalate, reopen, reject, withdraw, mark_duplicate, reroute, note, add_task,
                    update_task, respond, reporter_reply)

constexpr std::string_view to_label(case_action a, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"report", "lapor"},
                                    {"assign", "tetapkan penanggung jawab"},
                                    {"start coordination", "mulai koordinasi"},
                                    {"hold", "tunda"},
                                    {"resume", "lanjutkan"},
                                    {"resolve", "selesaikan"},
                                    {"close", "tutup"},
                                    {"escalate", "eskalasi"},
                                    {"reopen", "buka kembali"},
                                    {"reject", "tolak"},
                                    {"withdraw", "tarik kembali"},
                                    {"mark duplicate", "tandai duplikat"},
                                    {"reroute", "alihkan"},
                                    {"note", "catatan"},
                                    {"add task", "tambah tugas"},
                                    {"update task", "perbarui tugas"},
                                    {"respond to the reporter", "tindak lanjut ke pelapor"},
                                    {"reporter's reply", "tanggapan pelapor"}};
    return detail::label_at(labels, a, language);
}

// Open311's coarse status.
enum class coarse_status : unsigned char { open, closed };
BOOST_DESCRIBE_ENUM(coarse_status, open, closed)

constexpr std::string_view to_label(coarse_status s, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"open", "terbuka"}, {"closed", "tertutup"}};
    return detail::label_at(labels, s, language);
}

constexpr coarse_status coarse(case_status s) noexcept
{
    switch (s) {
    case case_status::resolved:
    case case_status::closed:
    case case_status::rejected:
    case case_status::withdrawn:
    case case_status::duplicate:
        return coarse_status::closed;
    default:
        return coarse_status::open;
    }
}

// No action but a note leads out of these.
constexpr bool is_terminal(case_status s) noexcept
{
    return s == case_status::closed || s == case_status::rejected || s == case_status::withdrawn ||
           s == case_status::duplicate;
}

struct case_transition {
    case_status from;
    case_action action;
    case_status to;
};

// The one table. `resume` leaves on_hold for the state before the hold (the log knows
// it); actions that change no state (note, add_task, update_task, respond, reporter_reply)
// are allowed in every state that is not terminal and are not listed. `reported ->
// resolve`: the administrator settles a report at verification (an answered question), and
// a request closed elsewhere imports that way.
inline constexpr std::array<case_transition, 41> case_transitions{{
    {case_status::reported, case_action::assign, case_status::assigned},
    {case_status::reported, case_action::hold, case_status::on_hold},
    {case_status::reported, case_action::escalate, case_status::escalated},
    {case_status::reported, case_action::reject, case_status::rejected},
    {case_status::reported, case_action::withdraw, case_status::withdrawn},
    {case_status::reported, case_action::mark_duplicate, case_status::duplicate},
    {case_status::reported, case_action::resolve, case_status::resolved},

    {case_status::assigned, case_action::assign, case_status::assigned},
    {case_status::assigned, case_action::start_coordination, case_status::in_coordination},
    {case_status::assigned, case_action::hold, case_status::on_hold},
    {case_status::assigned, case_action::resolve, case_status::resolved},
    {case_status::assigned, case_action::escalate, case_status::escalated},
    {case_status::assigned, case_action::reroute, case_status::assigned},
    {case_status::assigned, case_action::reject, case_status::rejected},
    {case_status::assigned, case_action::withdraw, case_status::withdrawn},
    {case_status::assigned, case_action::mark_duplicate, case_status::duplicate},

    {case_status::in_coordination, case_action::hold, case_status::on_hold},
    {case_status::in_coordination, case_action::resolve, case_status::resolved},
    {case_status::in_coordination, case_action::escalate, case_status::escalated},
    {case_status::in_coordination, case_action::reroute, case_status::assigned},
    {case_status::in_coordination, case_action::withdraw, case_status::withdrawn},

    {case_status::on_hold, case_action::resume, case_status::on_hold}, // to the state before
    {case_status::on_hold, case_action::withdraw, case_status::withdrawn},

    {case_status::escalated, case_action::assign, case_status::assigned},
    {case_status::escalated, case_action::start_coordination, case_status::in_coordination},
    {case_status::escalated, case_action::hold, case_status::on_hold},
    {case_status::escalated, case_action::resolve, case_status::resolved},
    {case_status::escalated, case_action::escalate, case_status::escalated},
    {case_status::escalated, case_action::reroute, case_status::assigned},
    {case_status::escalated, case_action::withdraw, case_status::withdrawn},

    {case_status::resolved, case_action::close, case_status::closed},
    {case_status::resolved, case_action::reopen, case_status::reopened},

    {case_status::reopened, case_action::assign, case_status::assigned},
    {case_status::reopened, case_action::start_coordination, case_status::in_coordination},
    {case_status::reopened, case_action::hold, case_status::on_hold},
    {case_status::reopened, case_action::resolve, case_status::resolved},
    {case_status::reopened, case_action::escalate, case_status::escalated},
    {case_status::reopened, case_action::reroute, case_status::assigned},
    {case_status::reopened, case_action::withdraw, case_status::withdrawn},
    {case_status::reopened, case_action::mark_duplicate, case_status::duplicate},
    {case_status::reopened, case_action::reject, case_status::rejected},
}};

constexpr bool changes_no_state(case_action a) noexcept
{
    return a == case_action::note || a == case_action::add_task || a == case_action::update_task ||
           a == case_action::respond || a == case_action::reporter_reply;
}

// The state `action` leads to from `from`, or nullopt when the table forbids it. For
// `resume` the answer is on_hold: the caller returns to the state before the hold.
constexpr std::optional<case_status> next_status(case_status from, case_action action) noexcept
{
    if (changes_no_state(action)) {
        if (is_terminal(from)) return std::nullopt;
        return from;
    }
    for (auto const& t : case_transitions)
        if (t.from == from && t.action == action) return t.to;
    return std::nullopt;
}

// The state an action aims at, for messages about a refused transition.
constexpr case_status target_of(case_action a) noexcept
{
    switch (a) {
    case case_action::assign:
    case case_action::reroute:
        return case_status::assigned;
    case case_action::start_coordination:
        return case_status::in_coordination;
    case case_action::hold:
        return case_status::on_hold;
    case case_action::resolve:
        return case_status::resolved;
    case case_action::close:
        return case_status::closed;
    case case_action::escalate:
        return case_status::escalated;
    case case_action::reopen:
        return case_status::reopened;
    case case_action::reject:
        return case_status::rejected;
    case case_action::withdraw:
        return case_status::withdrawn;
    case case_action::mark_duplicate:
        return case_status::duplicate;
    default:
        return case_status::reported;
    }
}

constexpr std::string_view to_label(case_status s, lang language = lang::en) noexcept
{
    constexpr bilingual labels[] = {{"reported", "dilaporkan"},
                                    {"assigned", "diteruskan ke instansi"},
                                    {"in coordination", "dalam koordinasi"},
                                    {"on hold", "ditunda"},
                                    {"resolved", "selesai ditangani"},
                                    {"closed", "selesai"},
                                    {"escalated", "dieskalasi"},
                                    {"reopened", "dibuka kembali"},
                                    {"rejected", "diarsipkan"},
                                    {"withdrawn", "dicabut pelapor"},
                                    {"duplicate", "duplikat"}};
    return detail::label_at(labels, s, language);
}

} // namespace sentra
