#include <sentra/coordination/deadlines.hpp>
#include <sentra/coordination/routing.hpp>
#include <sentra/io/json.hpp>
#include <sentra/validation.hpp>

#include "../../examples/cipayung/programme.hpp"
#include "../catch.hpp"
#include "case_helpers.hpp"

using namespace sentra;

using namespace case_test;

namespace {
category_id cat(char const* s)
{
    return category_id::parse(s).value();
}
coordination_case marketing_case()
{
    return reported_case();
}
working_calendar const calendar{{date(2020, 1, 8)}}; // a made-up holiday, a Wednesday
} // namespace

TEST_CASE("routing: the most specific rule, else the default coordinator", "[routing]")
{
    auto const t = cipayung::routing();
    auto m = route(t, case_topic::marketing);
    CHECK(m.agency == ag("disperindag-depok"));
    CHECK(m.rule == 0u);
    CHECK(m.version == "cipayung-2019-12");
    CHECK(route(t, case_topic::sales).agency == ag("disperindag-depok"));
    CHECK(route(t, case_topic::financing).agency == ag("dkum-depok"));
    CHECK(route(t, case_topic::certification, cat("kuliner")).agency == ag("dinkes-depok"));
    CHECK(route(t, case_topic::certification, cat("konveksi")).agency == ag("disperindag-depok"));
    auto none = route(t, case_topic::infrastructure);
    CHECK(none.agency == ag("kecamatan-cipayung"));
    CHECK(!none.rule);

    routing_table regional = t;
    regional.rules.push_back(
        {case_topic::infrastructure, {}, region_id("32.76"), ag("pupr-depok")});
    regional.rules.push_back(
        {case_topic::infrastructure, {}, region_id("32.76.07"), ag("kecamatan-cipayung")});
    CHECK(route(regional, case_topic::infrastructure, {}, region_id("32.76.01.1006")).agency ==
          ag("pupr-depok"));
    CHECK(route(regional, case_topic::infrastructure, {}, region_id("32.76.07.1002")).rule == 10u);
    CHECK(!route(regional, case_topic::infrastructure, {}, region_id("31.71")).rule);

    auto e = assignment(m, at("2020-01-06T10:00:00+07:00"), "camat");
    CHECK(e.routing_version == "cipayung-2019-12");
    CHECK(e.routing_rule == 0u);
    coordination_case c = marketing_case();
    CHECK(record(c, e)->lead_agency == ag("disperindag-depok"));
}

TEST_CASE("routing tables are data: JSON and validation", "[routing]")
{
    auto const t = cipayung::routing();
    auto back = io::json::parse<routing_table>(io::json::serialize(t));
    REQUIRE(back.has_value());
    CHECK(*back == t);
    auto bad = io::json::parse<routing_table>(
        R"({"version":"v1","rules":[{"topic":"weather","agency":"x"}],"default_coordinator":"Camat"})");
    REQUIRE(!bad);
    CHECK(bad.error().problems()[0].where.pointer == "/rules/0/topic");
    CHECK(bad.error().problems()[1].where.pointer == "/default_coordinator");

    document lists;
    lists.agencies = {{ag("disperindag-depok"), "Disperindag", agency_kind::dinas, {}}};
    lists.categories = cipayung::categories();
    auto const reg = make_registry(lists).value();
    auto r = validate(t, {nullptr, nullptr, &reg, {}});
    CHECK(r.error_count() == 4); // dinkes, dkum, dpmptsp and the kecamatan are not in the list
    CHECK(r.problems()[0].where.pointer == "/default_coordinator");
    routing_table empty;
    auto re = validate(empty);
    CHECK(re.problems()[0].where.pointer == "/version");
    CHECK(re.problems()[1].where.pointer == "/default_coordinator");
    routing_table wrong_cat = t;
    wrong_cat.rules[6].category = cat("batik");
    document categories_only;
    categories_only.categories = cipayung::categories();
    auto const by_category = make_registry(categories_only).value();
    CHECK(validate(wrong_cat, {nullptr, nullptr, &by_category, {}}).problems()[0].where.pointer ==
          "/rules/6/category");
}

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
