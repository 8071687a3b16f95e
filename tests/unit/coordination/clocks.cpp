#include <sentra/coordination/clocks.hpp>
#include <sentra/io/json.hpp>

#include "catch.hpp"
#include "deadline_helpers.hpp"

using namespace sentra;
using namespace case_test;
using namespace deadline_test;

TEST_CASE("SP4N-LAPOR! clocks: forward 3 working days, follow-up 5 from receipt, resolution 60 days",
          "[deadlines]")
{
    coordination_case c = reported(); // Monday 2019-12-30 09:00 WIB
    auto d = deadlines(c, policy, calendar, at("2019-12-30T12:00:00+07:00")).value();
    CHECK(d.policy_version == "sp4n-lapor");
    CHECK(d.zone == time_zone::wib());
    REQUIRE(d.clocks.size() == 2);
    auto const* forward = d.latest(deadline_kind::forward);
    REQUIRE(forward);
    CHECK(forward->due == date(2020, 1, 3)); // Dec 31, Jan 2, Jan 3
    CHECK(forward->outcome == clock_outcome::running);
    auto const* resolution = d.latest(deadline_kind::resolution);
    REQUIRE(resolution);
    CHECK(resolution->due == date(2020, 2, 28)); // 60 calendar days
    CHECK(d.latest(deadline_kind::follow_up) == nullptr);

    // Forwarded on Thursday 2 January: the agency's 5 working days run from then.
    REQUIRE(record(c, with_agency("2020-01-02T10:00:00+07:00", case_action::assign, "disperindag-depok")));
    d = deadlines(c, policy, calendar, at("2020-01-02T12:00:00+07:00")).value();
    CHECK(d.latest(deadline_kind::forward)->outcome == clock_outcome::met);
    CHECK(d.latest(deadline_kind::forward)->met_on_time());
    auto const* follow = d.latest(deadline_kind::follow_up);
    REQUIRE(follow);
    CHECK(follow->agency == ag("disperindag-depok"));
    CHECK(follow->start == date(2020, 1, 2));
    CHECK(follow->due == date(2020, 1, 9)); // 3, 6, 7, 8, 9

    // "Bukan wewenang": the new agency's clock starts anew on the 8th.
    REQUIRE(record(c, with_agency("2020-01-08T10:00:00+07:00", case_action::reroute, "dkum-depok")));
    d = deadlines(c, policy, calendar, at("2020-01-08T12:00:00+07:00")).value();
    REQUIRE(d.clocks.size() == 4);
    CHECK(d.clocks[2].outcome == clock_outcome::handed_on);
    CHECK(d.latest(deadline_kind::follow_up)->agency == ag("dkum-depok"));
    CHECK(d.latest(deadline_kind::follow_up)->due == date(2020, 1, 15));

    // A note to the reporter meets it; resolution is separate.
    REQUIRE(record(c, with_note("2020-01-10T10:00:00+07:00", case_action::respond,
                                "we have booked a bazaar stand for you")));
    d = deadlines(c, policy, calendar, at("2020-01-10T12:00:00+07:00")).value();
    CHECK(d.latest(deadline_kind::follow_up)->outcome == clock_outcome::met);
    CHECK(d.latest(deadline_kind::follow_up)->met_on_time());
    CHECK(d.latest(deadline_kind::resolution)->outcome == clock_outcome::running);
    REQUIRE(record(c, entry("2020-01-13T10:00:00+07:00", case_action::resolve)));
    d = deadlines(c, policy, calendar, at("2020-01-13T12:00:00+07:00")).value();
    CHECK(d.latest(deadline_kind::resolution)->met_on_time());
}

TEST_CASE("a closed case: whether, and by how many days, each deadline was kept",
          "[deadlines]")
{
    coordination_case c = reported(); // Monday 2019-12-30 09:00 WIB
    REQUIRE(record(c, with_agency("2020-01-02T10:00:00+07:00", case_action::assign, "disperindag-depok")));
    REQUIRE(record(c, with_agency("2020-01-08T10:00:00+07:00", case_action::reroute, "dkum-depok")));
    REQUIRE(record(c, with_note("2020-01-17T10:00:00+07:00", case_action::respond, "stand booked")));
    REQUIRE(record(c, entry("2020-01-20T10:00:00+07:00", case_action::resolve)));
    REQUIRE(record(c, entry("2020-01-21T10:00:00+07:00", case_action::close)));
    auto const d = deadlines_kept(c, policy, calendar).value();
    REQUIRE(d.clocks.size() == 4);
    // Forwarded on 2 January, due the 3rd: kept with 1 working day to spare.
    CHECK(d.clocks[0].kind == deadline_kind::forward);
    CHECK(d.clocks[0].met_on_time());
    CHECK(d.clocks[0].margin == 1);
    // The first agency handed it on (bukan wewenang) on the 8th, a day before its last (9th).
    CHECK(d.clocks[2].outcome == clock_outcome::handed_on);
    CHECK(d.clocks[2].margin == 1);
    // The second agency answered on Friday the 17th, due Wednesday the 15th: 2 working days late.
    CHECK(d.clocks[3].kind == deadline_kind::follow_up);
    CHECK(d.clocks[3].outcome == clock_outcome::met);
    CHECK(!d.clocks[3].met_on_time());
    CHECK(d.clocks[3].margin == -2);
    // Resolved on 20 January, due 28 February: 39 calendar days early.
    CHECK(d.clocks[1].kind == deadline_kind::resolution);
    CHECK(d.clocks[1].met_on_time());
    CHECK(d.clocks[1].margin == 39);
    // The same figures as deadlines() judged on the day of the last entry.
    auto const same = deadlines(c, policy, calendar, c.log.back().at).value();
    CHECK(same.clocks[3].margin == -2);
    // A running clock's margin counts to the day judged: negative once it is overdue.
    coordination_case open = reported();
    CHECK(deadlines(open, policy, calendar, at("2020-01-07T12:00:00+07:00"))
              .value()
              .latest(deadline_kind::forward)
              ->margin == -2); // due the 3rd; the 6th and 7th are past it
    CHECK(!deadlines_kept(coordination_case{}, policy, calendar));
}

TEST_CASE("a `now` before the case's entries is a usage error, not \"nothing overdue\"",
          "[deadlines]")
{
    coordination_case c = reported(); // 2019-12-30 09:00 WIB
    auto const early = overdue(c, policy, calendar, at("2019-12-01T09:00:00+07:00"));
    REQUIRE(!early);
    CHECK(early.error().code == errc::invalid_argument);
    CHECK(early.error().detail() ==
          "now (2019-12-01T09:00:00+07:00) is before the case was reported "
          "(2019-12-30T09:00:00+07:00): deadlines are judged at or after the last entry");
    CHECK(deadlines(c, policy, calendar, at("2019-12-30T08:59:59+07:00")).error().code ==
          errc::invalid_argument);
    CHECK(due_for_completion(c, policy, calendar, at("2019-12-29T09:00:00+07:00")).error().code ==
          errc::invalid_argument);
    // The same instant written in another offset is not before it.
    CHECK(overdue(c, policy, calendar, at("2019-12-30T02:00:00Z")));
    REQUIRE(record(c, with_agency("2020-01-02T10:00:00+07:00", case_action::assign, "disperindag-depok")));
    auto const before_last = overdue(c, policy, calendar, at("2020-01-01T10:00:00+07:00"));
    REQUIRE(!before_last);
    CHECK(before_last.error().detail().find("before the case's last entry (2020-01-02T10:00:00+07:00)") !=
          std::string::npos);
}

TEST_CASE("the follow-up is an answer to the reporter, not a plain start of coordination",
          "[deadlines]")
{
    coordination_case c = reported();
    REQUIRE(record(c, with_agency("2019-12-30T10:00:00+07:00", case_action::assign, "disperindag-depok")));
    REQUIRE(record(c, entry("2019-12-31T10:00:00+07:00", case_action::start_coordination)));
    auto d = deadlines(c, policy, calendar, at("2019-12-31T12:00:00+07:00")).value();
    CHECK(d.latest(deadline_kind::follow_up)->outcome == clock_outcome::running);
    coordination_case noted = reported();
    REQUIRE(record(noted, with_agency("2019-12-30T10:00:00+07:00", case_action::assign, "disperindag-depok")));
    REQUIRE(record(noted, with_note("2019-12-31T10:00:00+07:00", case_action::start_coordination,
                                    "coordination with DKUM has started")));
    d = deadlines(noted, policy, calendar, at("2019-12-31T12:00:00+07:00")).value();
    CHECK(d.latest(deadline_kind::follow_up)->outcome == clock_outcome::met);
    // respond needs its text
    CHECK(!record(noted, entry("2019-12-31T13:00:00+07:00", case_action::respond)));
    CHECK(!record(noted, entry("2019-12-31T13:00:00+07:00", case_action::reporter_reply)));
}

TEST_CASE("holds are not counted, in the clock's own kind of days", "[deadlines]")
{
    coordination_case c = reported();
    REQUIRE(record(c, with_agency("2019-12-30T10:00:00+07:00", case_action::assign, "disperindag-depok")));
    log_entry h = entry("2019-12-31T10:00:00+07:00", case_action::hold);
    h.reason = "waiting for the bazaar schedule";
    REQUIRE(record(c, h));
    // running hold: counted up to now
    auto d = deadlines(c, policy, calendar, at("2020-01-02T12:00:00+07:00")).value();
    CHECK(d.latest(deadline_kind::follow_up)->held == 1); // 2 January (the 1st is a holiday)
    REQUIRE(record(c, entry("2020-01-03T10:00:00+07:00", case_action::resume)));
    d = deadlines(c, policy, calendar, at("2020-01-03T12:00:00+07:00")).value();
    auto const* follow = d.latest(deadline_kind::follow_up);
    CHECK(follow->held == 2); // 2 and 3 January
    CHECK(follow->due == date(2020, 1, 9)); // 5 + 2 working days: Dec 31, Jan 2, 3, 6, 7, 8, 9
    auto const* resolution = d.latest(deadline_kind::resolution);
    CHECK(resolution->held == 3); // 1, 2, 3 January: calendar days
    CHECK(resolution->due == date(2020, 3, 2));
}

TEST_CASE("a reopened case starts its clocks again", "[deadlines]")
{
    coordination_case c = reported();
    REQUIRE(record(c, with_agency("2019-12-30T10:00:00+07:00", case_action::assign, "disperindag-depok")));
    REQUIRE(record(c, entry("2019-12-31T10:00:00+07:00", case_action::resolve)));
    REQUIRE(record(c, entry("2020-01-13T09:00:00+07:00", case_action::reopen)));
    // An hour after reopening, nothing is late.
    auto late = overdue(c, policy, calendar, at("2020-01-13T10:00:00+07:00")).value();
    CHECK(late.empty());
    auto d = deadlines(c, policy, calendar, at("2020-01-13T10:00:00+07:00")).value();
    CHECK(d.latest(deadline_kind::follow_up)->start == date(2020, 1, 13));
    CHECK(d.latest(deadline_kind::follow_up)->agency == ag("disperindag-depok"));
    CHECK(d.latest(deadline_kind::resolution)->due == date(2020, 3, 13));
    CHECK(overdue(c, policy, calendar, at("2020-01-21T10:00:00+07:00")).value().size() == 1);
}
