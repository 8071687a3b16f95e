#include <sentra/coordination/overdue.hpp>
#include <sentra/io/file.hpp>
#include <sentra/io/json.hpp>

#include "catch.hpp"
#include "deadline_helpers.hpp"

using namespace sentra;
using namespace case_test;
using namespace deadline_test;

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

TEST_CASE("what_is_due: a case's overdue clocks, then its completion, as one described list",
          "[deadlines]")
{
    coordination_case c = reported();
    REQUIRE(record(c, with_agency("2019-12-30T10:00:00+07:00", case_action::assign, "disperindag-depok")));
    REQUIRE(record(c, with_note("2019-12-31T10:00:00+07:00", case_action::respond, "a stand is booked")));
    // 10 days of silence after the answer, and the resolution clock still running
    auto due = what_is_due(c, policy, calendar, at("2020-01-10T09:00:00+07:00")).value();
    REQUIRE(!due.empty());
    CHECK(due.back().finding == due_kind::completion);
    REQUIRE(due.back().completion);
    CHECK(due.back().completion->due == date(2020, 1, 10));
    CHECK(!due.back().overdue);
    for (auto const& f : due) CHECK(f.case_ == c.id);
    auto late = overdue(c, policy, calendar, at("2020-01-10T09:00:00+07:00")).value();
    REQUIRE(due.size() == late.size() + 1);
    for (std::size_t i = 0; i < late.size(); ++i) {
        CHECK(due[i].finding == due_kind::overdue);
        CHECK(due[i].overdue->due == late[i].due);
    }
    // The JSON form: "case", the kind, then the finding of that kind.
    std::string const json = io::json::serialize(due.back());
    CHECK(json.starts_with("{\"case\":\"" + c.id.to_string() +
                           "\",\"finding\":\"completion\",\"completion\":{\"followed_up_by\":2,"
                           "\"followed_up\":\"2019-12-31\",\"due\":\"2020-01-10\",\"days_silent\":10,"
                           "\"actions\":[\"resolve\",\"close\"]}}"));
    CHECK(to_label(due_kind::completion, lang::id) == "waktunya ditutup");
    // An error of either half is the result's.
    coordination_case broken = reported();
    CHECK(!what_is_due(broken, policy, calendar, at("2019-01-01T09:00:00+07:00")));
}

TEST_CASE("what_is_due over the test cases is what sentra case overdue --format json writes",
          "[deadlines]")
{
    // tests/data/cli_json/overdue.json holds the CLI's line for `sentra case overdue
    // tests/data/cases.json --now 2020-01-15T09:00:00+07:00 --format json`; the CLI contract
    // test compares the program's output with the same file.
    std::string text, expected;
    io::read_file_into(std::string(SENTRA_TEST_DIR) + "/data/cases.json", text).value();
    io::read_file_into(std::string(SENTRA_TEST_DIR) + "/data/cli_json/overdue.json", expected).value();
    auto const cases = io::json::parse<std::vector<coordination_case>>(text).value();
    working_calendar const wib{time_zone::wib()};
    std::vector<due_finding> all;
    for (auto const& c : cases) {
        auto d = what_is_due(c, deadline_policy::lapor(), wib, at("2020-01-15T09:00:00+07:00")).value();
        all.insert(all.end(), d.begin(), d.end());
    }
    CHECK(all.size() == 2);
    CHECK(io::json::serialize(all) + "\n" == expected);
}
