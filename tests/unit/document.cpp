// The document as a value: its registry, the edition its codes follow, its history.
#include <sentra/document.hpp>

#include "catch.hpp"
#include "case_helpers.hpp"
#include "cluster/programme_helpers.hpp"

using namespace sentra;
using namespace cluster_test;

TEST_CASE("a document's registry indexes its lists without copying them", "[document]")
{
    document const& d = programme_data();
    auto reg = make_registry(d);
    REQUIRE(reg.has_value());
    CHECK(reg->enterprises().data() == d.enterprises.data());
    CHECK(reg->categories().size() == d.categories.size());
    CHECK(&*reg->find(id<agency_id>("disperindag")) == &d.agencies[0]);

    document twice = d;
    twice.agencies.push_back(d.agencies[0]);
    twice.categories.push_back(programme_category{});
    auto const bad = make_registry(twice);
    REQUIRE(!bad);
    std::vector<std::string> pointers;
    for (auto const& p : bad.error().problems()) pointers.push_back(p.where.pointer);
    CHECK(pointers == std::vector<std::string>{"/categories/4/id", "/agencies/2/id"});
    CHECK(bad.error().problems()[0].code == errc::empty_value);
    CHECK(bad.error().problems()[1].code == errc::duplicate_code);
}

TEST_CASE("the edition a document's codes are checked against", "[document]")
{
    document d;
    CHECK(edition_to_check(d, "2025") == "2025"); // not stated: the caller's
    d.region_edition = "2022";
    CHECK(edition_to_check(d, "2025") == "2022");
    d.region_edition = "1999"; // not one sentra has: the document's own error, not this one's
    CHECK(edition_to_check(d, "2025") == "2025");
    CHECK(document{}.format == document_format_name);
    CHECK(document{}.format_version == document_format_version);
}

TEST_CASE("a new version may add to the history, not rewrite it", "[document]")
{
    document before;
    before.cases = {case_test::reported_case()};
    document after = before;
    CHECK(check_history(before, after).empty());
    after.cases[0].log.push_back(
        case_test::entry("2020-01-06T10:00:00+07:00", case_action::assign));
    after.cases[0].log.back().agency = case_test::ag("disperindag-depok");
    CHECK(check_history(before, after).empty()); // the log grew

    document dropped;
    auto const r = check_history(before, dropped);
    REQUIRE(r.error_count() == 1);
    CHECK(r.problems()[0].code == errc::history_rewritten);
    CHECK(r.problems()[0].where.pointer == "/cases");

    document rewritten = before;
    rewritten.cases[0].log[0].actor = "someone else";
    auto const w = check_history(before, rewritten);
    REQUIRE(w.error_count() == 1);
    CHECK(w.problems()[0].where.pointer.rfind("/cases/0/log/0", 0) == 0);
}

TEST_CASE("a programme's time zone: stated, else from its regions", "[document][time_zone]")
{
    document d = programme_data(); // Kota Depok's agencies and cluster: WIB
    CHECK(programme_time_zone(d).value() == time_zone::wib());
    d.time_zone = time_zone::wita(); // stated: it wins
    CHECK(programme_time_zone(d).value() == time_zone::wita());
    d.time_zone.reset();
    // A partner in Makassar (WITA) beside Depok (WIB): say which.
    d.agencies.push_back({id<agency_id>("unhas"), "Universitas Hasanuddin",
                          agency_kind::perguruan_tinggi, region_id("73.71")});
    auto two = programme_time_zone(d);
    REQUIRE(!two);
    CHECK(two.error().where.pointer == "/time_zone");
    CHECK(two.error().detail() == "the programme's regions are in several time zones (WIB, "
                                  "WITA): state which time_zone it counts days in");
    CHECK(two.error().detail(lang::id).starts_with("wilayah program ini berada di beberapa"));
    // Nothing to go by.
    document empty;
    auto none = programme_time_zone(empty);
    REQUIRE(!none);
    CHECK(none.error().code == errc::missing_key);
    CHECK(!calendar_of(empty));

    document with_holidays = programme_data();
    with_holidays.holidays = std::vector<date>{date(2020, 1, 1), date(2020, 1, 25)};
    auto const calendar = calendar_of(with_holidays).value();
    CHECK(calendar.zone() == time_zone::wib());
    CHECK(!calendar.is_working_day(date(2020, 1, 1)));
    CHECK(deadline_policy_of(with_holidays) == deadline_policy::lapor());
    with_holidays.deadlines = deadline_policy{"depok-2020", {}, {}, {5, day_kind::calendar}, {}};
    CHECK(deadline_policy_of(with_holidays).version == "depok-2020");
}
