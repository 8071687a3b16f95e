#include <sentra/coordination/deadlines.hpp>
#include <sentra/io/json.hpp>

#include "catch.hpp"
#include "case_helpers.hpp"

using namespace sentra;

using namespace case_test;

namespace {
// WIB, with New Year's Day 2020, a Wednesday (a national holiday: SKB Menteri Agama,
// Menteri Ketenagakerjaan dan Menteri PANRB No. 728, 213 and 01 of 2019).
working_calendar const calendar{time_zone::wib(), {date(2020, 1, 1)}};

// A marketing case reported on Monday 2019-12-30 at 09:00 WIB.
coordination_case reported()
{
    coordination_case c = reported_case();
    c.log.front().at = at("2019-12-30T09:00:00+07:00");
    return c;
}
auto const policy = deadline_policy::lapor();

log_entry with_agency(char const* when, case_action a, char const* agency)
{
    log_entry e = entry(when, a);
    e.agency = ag(agency);
    if (a == case_action::reroute) e.reason = "bukan wewenang";
    return e;
}
log_entry with_note(char const* when, case_action a, char const* note)
{
    log_entry e = entry(when, a);
    e.note = note;
    return e;
}
} // namespace

TEST_CASE("working days skip weekends and holidays, in the calendar's zone", "[deadlines]")
{
    CHECK(calendar.zone() == time_zone::wib());
    CHECK(calendar.is_working_day(date(2019, 12, 30)));
    CHECK(!calendar.is_working_day(date(2020, 1, 1)));  // the holiday
    CHECK(!calendar.is_working_day(date(2020, 1, 4))); // Saturday
    CHECK(!calendar.is_working_day(date(2020, 1, 5))); // Sunday
    CHECK(calendar.add_working_days(date(2019, 12, 30), 0) == date(2019, 12, 30));
    CHECK(calendar.add_working_days(date(2019, 12, 30), 3) == date(2020, 1, 3));  // Dec 31, Jan 2, Jan 3
    CHECK(calendar.add_working_days(date(2020, 1, 3), 1) == date(2020, 1, 6)); // over the weekend
    CHECK(calendar.advance(date(2019, 12, 30), {3, day_kind::working}) == date(2020, 1, 3));
    CHECK(calendar.advance(date(2019, 12, 30), {60, day_kind::calendar}) == date(2020, 2, 28));
    CHECK(calendar.working_days_between(date(2019, 12, 30), date(2020, 1, 6)) == 4);
    CHECK(calendar.working_days_between(date(2020, 1, 6), date(2019, 12, 30)) == 0);
    CHECK(calendar.days_between(date(2019, 12, 30), date(2020, 1, 6), day_kind::calendar) == 7);
    CHECK(calendar.days_between(date(2020, 1, 6), date(2019, 12, 30), day_kind::calendar) == 0);
    // The same instant is the same day, whatever offset it is written in.
    CHECK(calendar.local_date(at("2019-12-31T03:00:00+07:00")) == date(2019, 12, 31));
    CHECK(calendar.local_date(at("2019-12-30T20:00:00Z")) == date(2019, 12, 31));
    // Holidays are kept sorted and once (Nyepi, 25 March 2020, and New Year's Day).
    working_calendar const twice{time_zone::wita(),
                                 {date(2020, 3, 25), date(2020, 1, 1), date(2020, 3, 25)}};
    CHECK(twice.holidays().size() == 2);
    CHECK(twice.holidays()[0] == date(2020, 1, 1));
    CHECK(!twice.is_working_day(date(2020, 3, 25)));
    CHECK(!(twice == calendar));
}

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
    CHECK(early.error().detail ==
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
    CHECK(before_last.error().detail.find("before the case's last entry (2020-01-02T10:00:00+07:00)") !=
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

TEST_CASE("overdue: which clock, how late, and the programme's next escalation step",
          "[deadlines]")
{
    deadline_policy chain = deadline_policy::lapor();
    chain.version = "depok-2020";
    chain.escalation = {{"Kepala dinas", "Head of the agency", {}},
                        {"Sekretaris daerah", "City secretary", ag("setda-depok")},
                        {"Wali kota", "Mayor", ag("wali-kota-depok")}};
    coordination_case c = reported();
    // never forwarded: the forwarding deadline (3 January) passed on Monday the 6th
    auto r = overdue(c, chain, calendar, at("2020-01-06T09:00:00+07:00")).value();
    REQUIRE(r.size() == 1);
    CHECK(r[0].missed == deadline_kind::forward);
    CHECK(r[0].due == date(2020, 1, 3));
    CHECK(r[0].days_late == 1);
    CHECK(r[0].next_level == 0); // forward it: not an escalation
    CHECK(!r[0].next_step);
    CHECK(!r[0].agency);
    CHECK(overdue(c, chain, calendar, at("2020-01-03T16:00:00+07:00")).value().empty());

    REQUIRE(record(c, with_agency("2019-12-30T10:00:00+07:00", case_action::assign, "disperindag-depok")));
    auto late = overdue(c, chain, calendar, at("2020-01-10T09:00:00+07:00")).value();
    REQUIRE(late.size() == 1);
    CHECK(late[0].missed == deadline_kind::follow_up);
    CHECK(late[0].agency == ag("disperindag-depok"));
    CHECK(late[0].due == date(2020, 1, 7)); // Dec 31, Jan 2, 3, 6, 7
    CHECK(late[0].days_late == 3);           // 8, 9, 10
    CHECK(late[0].next_level == 1);
    REQUIRE(late[0].next_step);
    CHECK(late[0].next_step->label(lang::en) == "Head of the agency");
    CHECK(!late[0].next_step->agency);

    log_entry esc = entry("2020-01-10T10:00:00+07:00", case_action::escalate);
    esc.level = 1;
    REQUIRE(record(c, esc));
    late = overdue(c, chain, calendar, at("2020-01-13T09:00:00+07:00")).value();
    REQUIRE(late.size() == 1);
    CHECK(late[0].next_level == 2);
    CHECK(late[0].next_step->agency == ag("setda-depok"));
    // past the chain: no step to suggest
    esc.at = at("2020-01-13T10:00:00+07:00");
    esc.level = 3;
    REQUIRE(record(c, esc));
    late = overdue(c, chain, calendar, at("2020-01-14T09:00:00+07:00")).value();
    REQUIRE(late.size() == 1);
    CHECK(late[0].next_level == 4);
    CHECK(!late[0].next_step);

    // both follow-up and resolution late, 70 days on
    auto both = overdue(c, chain, calendar, at("2020-03-09T09:00:00+07:00")).value();
    REQUIRE(both.size() == 2);
    CHECK(both[1].missed == deadline_kind::resolution);
    CHECK(both[1].due == date(2020, 2, 28));
    CHECK(both[1].days_late == 10);
    CHECK(both[1].allowed == period{60, day_kind::calendar});

    REQUIRE(record(c, entry("2020-03-09T10:00:00+07:00", case_action::resolve)));
    CHECK(overdue(c, chain, calendar, at("2020-04-10T09:00:00+07:00")).value().empty());

    coordination_case broken = reported();
    broken.log.push_back(entry("2019-12-31T10:00:00+07:00", case_action::close));
    CHECK(!overdue(broken, chain, calendar, at("2020-01-10T09:00:00+07:00")));
    CHECK(!deadlines(broken, chain, calendar, at("2020-01-10T09:00:00+07:00")));
    CHECK(!due_for_completion(broken, chain, calendar, at("2020-01-10T09:00:00+07:00")));
}

TEST_CASE("the same instant gives the same overdue list whatever its offset", "[deadlines]")
{
    coordination_case c = reported(); // forwarding due 2020-01-03 (WIB)
    // 2020-01-04T03:00+07:00 and 2020-01-03T20:00Z are the same instant, Saturday in WIB.
    auto a = overdue(c, policy, calendar, at("2020-01-04T03:00:00+07:00")).value();
    auto b = overdue(c, policy, calendar, at("2020-01-03T20:00:00Z")).value();
    CHECK(a.size() == 1);
    CHECK(b.size() == a.size());
    // A time written in UTC is still counted in the programme's zone: 16:59Z is 23:59 WIB
    // on the 3rd, not late.
    CHECK(overdue(c, policy, calendar, at("2020-01-03T16:59:00Z")).value().empty());
    // In WIT the same instant is already the 4th.
    working_calendar const papua{time_zone::wit()};
    CHECK(overdue(c, policy, papua, at("2020-01-03T15:30:00Z")).value().size() == 1);
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

TEST_CASE("cases due to be completed after the reporter's silence", "[deadlines]")
{
    coordination_case c = reported();
    REQUIRE(record(c, with_agency("2019-12-30T10:00:00+07:00", case_action::assign, "disperindag-depok")));
    CHECK(!due_for_completion(c, policy, calendar, at("2020-01-30T10:00:00+07:00")).value());
    REQUIRE(record(c, with_note("2019-12-31T10:00:00+07:00", case_action::respond, "a stand is booked")));
    // 10 calendar days after 31 December: due on 10 January, not before
    CHECK(!due_for_completion(c, policy, calendar, at("2020-01-09T23:00:00+07:00")).value());
    auto due = due_for_completion(c, policy, calendar, at("2020-01-10T09:00:00+07:00")).value();
    REQUIRE(due);
    CHECK(due->followed_up_by == 2);
    CHECK(due->followed_up == date(2019, 12, 31));
    CHECK(due->due == date(2020, 1, 10));
    CHECK(due->days_silent == 10);
    CHECK(due->actions == std::vector<case_action>{case_action::resolve, case_action::close});
    // Nothing changed by itself: the caller records the entries.
    CHECK(c.log.size() == 3);
    for (auto& e : completion_entries(*due, at("2020-01-10T10:00:00+07:00"), "admin"))
        REQUIRE(record(c, e));
    CHECK(replay(c).value().status == case_status::closed);
    CHECK(c.log.back().note->find("no reply from the reporter") != std::string::npos);

    // A reply from the reporter restarts the wait for a new follow-up.
    coordination_case replied = reported();
    REQUIRE(record(replied, with_agency("2019-12-30T10:00:00+07:00", case_action::assign, "disperindag-depok")));
    REQUIRE(record(replied, entry("2019-12-31T10:00:00+07:00", case_action::resolve)));
    REQUIRE(record(replied, with_note("2020-01-02T10:00:00+07:00", case_action::reporter_reply,
                                      "the stand was too small")));
    CHECK(!due_for_completion(replied, policy, calendar, at("2020-02-13T10:00:00+07:00")).value());
    REQUIRE(record(replied, with_note("2020-01-03T10:00:00+07:00", case_action::respond, "a bigger one")));
    auto again = due_for_completion(replied, policy, calendar, at("2020-01-13T10:00:00+07:00")).value();
    REQUIRE(again);
    CHECK(again->actions == std::vector<case_action>{case_action::close}); // resolved already

    // On hold: not due.
    coordination_case held = reported();
    REQUIRE(record(held, with_agency("2019-12-30T10:00:00+07:00", case_action::assign, "disperindag-depok")));
    REQUIRE(record(held, with_note("2019-12-31T10:00:00+07:00", case_action::respond, "noted")));
    log_entry h = entry("2020-01-01T10:00:00+07:00", case_action::hold);
    h.reason = "waiting";
    REQUIRE(record(held, h));
    CHECK(!due_for_completion(held, policy, calendar, at("2020-02-13T10:00:00+07:00")).value());
}

TEST_CASE("deadline policies: most specific rule, JSON round trip", "[deadlines]")
{
    deadline_policy custom;
    custom.version = "custom-1";
    custom.fallback = {{}, {}, {2, day_kind::working}, {4, day_kind::working}, {20, day_kind::calendar}};
    custom.rules = {{case_topic::marketing, {}, {1, day_kind::working}, {3, day_kind::working}, {10, day_kind::working}},
                    {case_topic::marketing, case_priority::urgent, {1, day_kind::working}, {1, day_kind::working}, {2, day_kind::working}},
                    {{}, case_priority::urgent, {1, day_kind::working}, {2, day_kind::working}, {5, day_kind::working}}};
    custom.escalation = {{"Kepala dinas", "", {}}};
    CHECK(custom.rule_for(case_topic::marketing, case_priority::normal).resolution.days == 10);
    CHECK(custom.rule_for(case_topic::marketing, case_priority::urgent).resolution.days == 2);
    CHECK(custom.rule_for(case_topic::sales, case_priority::urgent).resolution.days == 5);
    CHECK(custom.rule_for(case_topic::sales, case_priority::low).resolution.days == 20);
    CHECK(custom.escalation[0].label(lang::en) == "Kepala dinas"); // no English: the Indonesian
    auto back = io::json::parse<deadline_policy>(io::json::serialize(custom));
    REQUIRE(back.has_value());
    CHECK(*back == custom);
    auto bad = io::json::parse<deadline_policy>(
        R"({"version":"x","rules":[],"fallback":{"forward":{"days":-1,"kind":"working"},)"
        R"("follow_up":{"days":5,"kind":"weekdays"},"resolution":{"days":60,"kind":"calendar"}},)"
        R"("completion_silence":{"days":10,"kind":"calendar"},"escalation":[]})");
    REQUIRE(!bad);
    auto const problems = bad.error().problems();
    REQUIRE(problems.size() == 2); // a negative count, a kind that does not exist
    CHECK(problems[0].where.pointer == "/fallback/forward/days");
    CHECK(problems[1].where.pointer == "/fallback/follow_up/kind");
    CHECK(to_label(deadline_kind::follow_up, lang::id) == "tindak lanjut");
    CHECK(to_label(day_kind::working, lang::id) == "hari kerja");
    CHECK(to_label(clock_outcome::handed_on) == "handed on");
}

TEST_CASE("a count of days in words, singular and plural, in both languages", "[deadlines]")
{
    CHECK(days_label(1, day_kind::working) == "1 working day");
    CHECK(days_label(2, day_kind::working) == "2 working days");
    CHECK(days_label(1, day_kind::calendar) == "1 day");
    CHECK(days_label(0, day_kind::calendar) == "0 days");
    CHECK(days_label(1, day_kind::working, lang::id) == "1 hari kerja");
    CHECK(days_label(60, day_kind::calendar, lang::id) == "60 hari");
}
