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
//
// The parts: calendar.hpp (working days and periods), deadline_policy.hpp, clocks.hpp
// (deadlines, deadlines_kept) and overdue.hpp (overdue, due_for_completion).
#pragma once

#include <sentra/coordination/calendar.hpp>
#include <sentra/coordination/clocks.hpp>
#include <sentra/coordination/deadline_policy.hpp>
#include <sentra/coordination/overdue.hpp>
