// The calendar, the policy and the case the deadline tests share.
#pragma once

#include <sentra/coordination/deadlines.hpp>

#include "case_helpers.hpp"

namespace deadline_test {

using namespace sentra;
using namespace case_test;

// WIB, with New Year's Day 2020, a Wednesday (a national holiday: SKB Menteri Agama,
// Menteri Ketenagakerjaan dan Menteri PANRB No. 728, 213 and 01 of 2019).
inline working_calendar const calendar{time_zone::wib(), {date(2020, 1, 1)}};

// A marketing case reported on Monday 2019-12-30 at 09:00 WIB.
inline coordination_case reported()
{
    coordination_case c = reported_case();
    c.log.front().at = at("2019-12-30T09:00:00+07:00");
    return c;
}
inline auto const policy = deadline_policy::lapor();

inline log_entry with_agency(char const* when, case_action a, char const* agency)
{
    log_entry e = entry(when, a);
    e.agency = ag(agency);
    if (a == case_action::reroute) e.reason = "bukan wewenang";
    return e;
}
inline log_entry with_note(char const* when, case_action a, char const* note)
{
    log_entry e = entry(when, a);
    e.note = note;
    return e;
}
} // namespace deadline_test
