#include <sentra/coordination/deadlines.hpp>
#include <sentra/io/json.hpp>

#include "catch.hpp"
#include "case_helpers.hpp"

using namespace sentra;

using namespace case_test;

namespace {
coordination_case marketing_case()
{
    return reported_case();
}
working_calendar const calendar{{date(2020, 1, 8)}}; // a made-up holiday, a Wednesday
} // namespace

TEST_CASE("working days skip weekends and holidays", "[deadlines]")
{
    CHECK(calendar.is_working_day(date(2020, 1, 6)));
    CHECK(!calendar.is_working_day(date(2020, 1, 8)));  // the holiday
    CHECK(!calendar.is_working_day(date(2020, 1, 11))); // Saturday
    CHECK(!calendar.is_working_day(date(2020, 1, 12))); // Sunday
    CHECK(calendar.add_working_days(date(2020, 1, 6), 0) == date(2020, 1, 6));
    CHECK(calendar.add_working_days(date(2020, 1, 6), 3) == date(2020, 1, 10));  // 7, 9, 10
    CHECK(calendar.add_working_days(date(2020, 1, 10), 1) == date(2020, 1, 13)); // over the weekend
    CHECK(calendar.working_days_between(date(2020, 1, 6), date(2020, 1, 13)) == 4);
    CHECK(calendar.working_days_between(date(2020, 1, 13), date(2020, 1, 6)) == 0);
}

TEST_CASE("deadlines by policy, with holds not counted", "[deadlines]")
{
    auto const policy = deadline_policy::lapor();
    coordination_case c = marketing_case();
    auto d = deadlines(c, policy, calendar, at("2020-01-06T12:00:00+07:00")).value();
    CHECK(d.reported == date(2020, 1, 6));
    CHECK(d.response_due == date(2020, 1, 10));   // 3 working days: 7, 9, 10
    CHECK(d.resolution_due == date(2020, 1, 14)); // 5: 7, 9, 10, 13, 14

    log_entry a = entry("2020-01-06T10:00:00+07:00", case_action::assign);
    a.agency = ag("disperindag-depok");
    REQUIRE(record(c, a));
    log_entry h = entry("2020-01-07T10:00:00+07:00", case_action::hold);
    h.reason = "waiting for the bazaar schedule";
    REQUIRE(record(c, h));
    REQUIRE(record(c, entry("2020-01-10T10:00:00+07:00", case_action::resume)));
    auto held = deadlines(c, policy, calendar, at("2020-01-10T12:00:00+07:00")).value();
    CHECK(held.held_working_days == 2); // 9 and 10 (the 8th is a holiday)
    CHECK(held.resolution_due == date(2020, 1, 16));

    deadline_policy custom;
    custom.fallback = {{}, {}, 2, 20};
    custom.rules = {{case_topic::marketing, {}, 1, 10},
                    {case_topic::marketing, case_priority::urgent, 1, 2}};
    CHECK(custom.rule_for(case_topic::marketing, case_priority::normal).resolution_days == 10);
    CHECK(custom.rule_for(case_topic::marketing, case_priority::urgent).resolution_days == 2);
    CHECK(custom.rule_for(case_topic::sales, case_priority::urgent).resolution_days == 20);
    auto back = io::json::parse<deadline_policy>(io::json::serialize(custom));
    REQUIRE(back.has_value());
    CHECK(back->rules == custom.rules);
}

TEST_CASE("overdue detection at an injected now", "[deadlines]")
{
    auto const policy = deadline_policy::lapor();
    coordination_case c = marketing_case();
    // never assigned: the response deadline (the 10th) has passed on Monday the 13th
    auto r = overdue(c, policy, calendar, at("2020-01-13T09:00:00+07:00")).value();
    REQUIRE(r.has_value());
    CHECK(r->missed == deadline_kind::response);
    CHECK(r->due == date(2020, 1, 10));
    CHECK(r->working_days_late == 1);
    CHECK(r->suggested_level == 1);
    CHECK(!overdue(c, policy, calendar, at("2020-01-10T16:00:00+07:00")).value());

    log_entry a = entry("2020-01-06T10:00:00+07:00", case_action::assign);
    a.agency = ag("disperindag-depok");
    REQUIRE(record(c, a));
    log_entry esc = entry("2020-01-07T10:00:00+07:00", case_action::escalate);
    esc.level = 1;
    REQUIRE(record(c, esc));
    auto late = overdue(c, policy, calendar, at("2020-01-17T09:00:00+07:00")).value();
    REQUIRE(late.has_value());
    CHECK(late->missed == deadline_kind::resolution);
    CHECK(late->due == date(2020, 1, 14));
    CHECK(late->working_days_late == 3); // 15, 16, 17
    CHECK(late->suggested_level == 2);   // the camat had it: suggest the wali kota

    REQUIRE(record(c, entry("2020-01-17T10:00:00+07:00", case_action::resolve)));
    CHECK(!overdue(c, policy, calendar, at("2020-02-17T09:00:00+07:00")).value());

    coordination_case broken = marketing_case();
    broken.log.push_back(entry("2020-01-07T10:00:00+07:00", case_action::close));
    CHECK(!overdue(broken, policy, calendar, at("2020-01-17T09:00:00+07:00")));
    CHECK(!deadlines(broken, policy, calendar, at("2020-01-17T09:00:00+07:00")));
}
