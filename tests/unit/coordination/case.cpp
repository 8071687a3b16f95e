#include <sentra/coordination/case.hpp>
#include <sentra/coordination/lifecycle.hpp>
#include <sentra/io/json.hpp>
#include <sentra/timestamp.hpp>

#include "catch.hpp"
#include "case_helpers.hpp"

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <set>
#include <string_view>

using namespace sentra;


using namespace case_test;

TEST_CASE("a case followed to resolution, the log replays to the same state", "[coordination]")
{
    coordination_case c = reported_case();
    log_entry a = entry("2020-01-06T10:00:00+07:00", case_action::assign);
    a.agency = ag("disperindag-depok");
    REQUIRE(record(c, a).has_value());
    log_entry t = entry("2020-01-06T11:00:00+07:00", case_action::add_task);
    t.agency = ag("dkum-depok");
    t.task = "business matching with buyers";
    REQUIRE(record(c, t).has_value());
    REQUIRE(
        record(c, entry("2020-01-07T09:00:00+07:00", case_action::start_coordination)).has_value());
    log_entry h = entry("2020-01-08T09:00:00+07:00", case_action::hold);
    h.reason = "waiting for the bazaar schedule";
    REQUIRE(record(c, h)->status == case_status::on_hold);
    REQUIRE(record(c, entry("2020-01-10T09:00:00+07:00", case_action::resume))->status ==
            case_status::in_coordination);
    log_entry u = entry("2020-01-13T09:00:00+07:00", case_action::update_task);
    u.task_index = 0;
    u.state = task_state::done;
    REQUIRE(record(c, u).has_value());
    auto s = record(c, entry("2020-01-14T09:00:00+07:00", case_action::resolve));
    REQUIRE(s.has_value());
    CHECK(s->status == case_status::resolved);
    CHECK(s->lead_agency == ag("disperindag-depok"));
    REQUIRE(s->tasks.size() == 1);
    CHECK(s->tasks[0].state == task_state::done);
    CHECK(s->resolved_at == at("2020-01-14T09:00:00+07:00"));
    CHECK(s->reported_at == at("2020-01-06T09:00:00+07:00"));

    auto const replayed = replay(c);
    REQUIRE(replayed.has_value());
    CHECK(*replayed == *s);

    auto const text = io::json::serialize(c);
    auto back = io::json::parse<coordination_case>(text);
    REQUIRE(back.has_value());
    CHECK(*back == c);
    CHECK(replay(*back).value() == *s);
}

TEST_CASE("refused entries say why and leave the case unchanged", "[coordination]")
{
    coordination_case c = reported_case();
    auto const before = c;
    auto bad = record(c, entry("2020-01-06T10:00:00+07:00", case_action::close));
    REQUIRE(!bad);
    CHECK(bad.error().code == errc::illegal_transition);
    CHECK(bad.error().detail().find("reported -> closed") != std::string::npos);
    CHECK(c == before);

    CHECK(record(c, entry("2020-01-05T10:00:00+07:00", case_action::note)).error().code ==
          errc::out_of_order);
    CHECK(record(c, entry("2020-01-06T10:00:00+07:00", case_action::assign)).error().code ==
          errc::missing_key);
    CHECK(record(c, entry("2020-01-06T10:00:00+07:00", case_action::hold)).error().code ==
          errc::missing_key);
    CHECK(record(c, entry("2020-01-06T10:00:00+07:00", case_action::report)).error().code ==
          errc::illegal_transition);
    CHECK(record(c, entry("2020-01-06T10:00:00+07:00", case_action::escalate)).error().code ==
          errc::missing_key);
    CHECK(record(c, entry("2020-01-06T10:00:00+07:00", case_action::add_task)).error().code ==
          errc::missing_key);
    CHECK(record(c, entry("2020-01-06T10:00:00+07:00", case_action::update_task)).error().code ==
          errc::invalid_value);
    CHECK(c == before);

    coordination_case empty;
    CHECK(record(empty, entry("2020-01-06T10:00:00+07:00", case_action::assign)).error().code ==
          errc::illegal_transition);
    CHECK(replay(empty).error().where.pointer == "/log");

    coordination_case broken = reported_case();
    broken.log.push_back(entry("2020-01-07T10:00:00+07:00", case_action::close));
    auto r = replay(broken);
    REQUIRE(!r);
    CHECK(r.error().where.pointer == "/log/1");
}

TEST_CASE("reopening within the window, escalation levels, rerouting", "[coordination]")
{
    coordination_case c = reported_case();
    log_entry a = entry("2020-01-06T10:00:00+07:00", case_action::assign);
    a.agency = ag("disperindag-depok");
    REQUIRE(record(c, a));
    log_entry rr = entry("2020-01-06T11:00:00+07:00", case_action::reroute);
    rr.agency = ag("dkum-depok");
    CHECK(record(c, rr).error().code == errc::missing_key); // needs the reason
    rr.reason = "financing is not our authority";
    CHECK(record(c, rr)->lead_agency == ag("dkum-depok"));
    log_entry esc = entry("2020-01-07T10:00:00+07:00", case_action::escalate);
    esc.level = 2;
    CHECK(record(c, esc)->escalation_level == 2);
    REQUIRE(record(c, entry("2020-01-08T10:00:00+07:00", case_action::resolve)));
    coordination_case late = c;
    CHECK(record(c, entry("2020-01-20T10:00:00+07:00", case_action::reopen))->status ==
          case_status::reopened);
    auto refused = record(late, entry("2020-01-23T10:00:00+07:00", case_action::reopen));
    REQUIRE(!refused);
    CHECK(refused.error().detail().find("window") != std::string::npos);
    case_rules longer;
    longer.reopen_window = std::chrono::days{30};
    CHECK(record(late, entry("2020-01-23T10:00:00+07:00", case_action::reopen), longer));
}
