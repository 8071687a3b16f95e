// Helpers shared by the coordination tests.
#pragma once

#include <sentra/cluster/cluster.hpp>
#include <sentra/coordination/case.hpp>
#include <sentra/enterprise.hpp>

namespace case_test {

inline sentra::timestamp at(char const* s)
{
    return sentra::timestamp::parse(s).value();
}
inline sentra::agency_id ag(char const* s)
{
    return sentra::agency_id::parse(s).value();
}

// The least a case's reporter and cluster need: an id, a name (and a village).
inline sentra::enterprise member(char const* id, char const* name, char const* village)
{
    sentra::enterprise e;
    e.id = sentra::enterprise_id::parse(id).value();
    e.name = name;
    e.village = sentra::village_code::parse(village).value();
    return e;
}
inline sentra::cluster cluster_named(char const* id, char const* name)
{
    sentra::cluster c;
    c.id = sentra::cluster_id::parse(id).value();
    c.name = name;
    return c;
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
