// Helpers shared by the coordination tests.
#pragma once

#include <sentra/coordination/case.hpp>

namespace case_test {

inline sentra::timestamp at(char const* s)
{
    return sentra::timestamp::parse(s).value();
}
inline sentra::agency_id ag(char const* s)
{
    return sentra::agency_id::parse(s).value();
}

inline sentra::log_entry entry(char const* when, sentra::case_action a)
{
    sentra::log_entry e;
    e.at = at(when);
    e.actor = "tester";
    e.action = a;
    return e;
}

// A marketing case reported on Monday 2020-01-06 at 09:00 WIB.
inline sentra::coordination_case reported_case()
{
    sentra::coordination_case c;
    c.id = sentra::case_id::parse("case-001").value();
    c.topic = sentra::case_topic::marketing;
    c.title = "Pemasaran produk konveksi";
    c.log = {entry("2020-01-06T09:00:00+07:00", sentra::case_action::report)};
    return c;
}

} // namespace case_test
